// PLACEHOLDER owned by the browser/camera checks issue: the real assessBrowser replaces this.
export interface BrowserInput {
  userAgent: string;
  brands?: { brand: string; version: string }[];
  platform?: string;
  mobile?: boolean;
}

export interface BrowserAssessment {
  status: 'pass' | 'warn' | 'fail';
  browser: { name?: string; version?: string; major?: number };
  engine: { name?: string; version?: string };
  os: { name?: string; version?: string };
  device: 'desktop' | 'mobile' | 'tablet' | 'unknown';
  /** Human-readable reasons, in English (for tooltips and logs); UI uses the check's Message. */
  reasons: string[];
}

export function assessBrowser(_input: BrowserInput, _now: Date = new Date()): BrowserAssessment {
  return { status: 'pass', browser: {}, engine: {}, os: {}, device: 'unknown', reasons: [] };
}
