// The browser rules' shared vocabulary. Every module in src/browser/ imports its types from here
// and none from each other's types, so the folder has no import circles.
import type { Message } from '../i18n/translate';

export interface Brand {
  brand: string;
  version: string;
}

export interface ClientHints {
  brands: Brand[];
  /** High-entropy brands with full versions ("126.0.6478.127"). */
  fullVersionList: Brand[];
  platform?: string;
  platformVersion?: string;
  mobile?: boolean;
  /** The "Chromium" brand's version: the Blink engine version. */
  chromiumVersion?: string;
}

export interface BrowserFeatures {
  secureContext?: boolean;
  getUserMedia?: boolean;
  webAssembly?: boolean;
  wasmSimd?: boolean;
  workers?: boolean;
  webgl?: boolean;
}

export type BrowserFamily =
  | 'chrome' | 'edge' | 'edge-legacy' | 'brave' | 'opera' | 'vivaldi' | 'samsung' | 'yandex'
  | 'chromium-other' | 'firefox' | 'safari' | 'ie' | '360' | 'qq' | 'uc' | 'in-app' | 'other' | 'unknown';

export type DeviceType = 'desktop' | 'mobile' | 'tablet' | 'unknown';

export interface DetectedBrowser {
  family: BrowserFamily;
  name?: string;
  version?: string;
  major?: number;
  engine: { name?: string; version?: string; major?: number };
  os: { name?: string; version?: string; major?: number };
  device: DeviceType;
  /** The app whose built-in browser this is (WeChat, Instagram...), when it is one. */
  inApp?: string;
}

export interface BrowserInput {
  userAgent: string;
  brands?: Brand[];
  platform?: string;
  mobile?: boolean;
  /** High-entropy client hints (getHighEntropyValues), where the browser has them. */
  fullVersionList?: Brand[];
  platformVersion?: string;
  /** Feature detection; a feature left undefined was not measurable in this context. */
  features?: BrowserFeatures;
}

export type Severity = 'fail' | 'warn' | 'info';

/** The browser row's causes (the browser check module, src/checks/environment/browser.ts, lists the same). */
export type BrowserCause = 'unsupported' | 'outdated' | 'in-app' | 'no-webgl';

export interface BrowserFinding {
  code: string;
  severity: Severity;
  /** The report row's cause id when this finding decides it (warn/fail). */
  cause?: BrowserCause;
  message: Message;
  fix?: Message;
}

/** A finding as a rule names it; its words come from finding-text.ts unless the rule words it itself. */
export type BrowserRuleFinding = Omit<BrowserFinding, 'message' | 'fix'> & Partial<Pick<BrowserFinding, 'message' | 'fix'>>;

export interface BrowserAssessment {
  status: 'pass' | 'warn' | 'fail';
  browser: { name?: string; version?: string; major?: number };
  engine: { name?: string; version?: string };
  os: { name?: string; version?: string };
  device: DeviceType;
  family: BrowserFamily;
  inApp?: string;
  /** Every finding, worst first; `summary`/`fix` are the first one's. */
  findings: BrowserFinding[];
  summary: Message;
  fix?: Message;
  /** Information worth acting on that does not lower the status ("a few versions old"), with its fix. */
  advice?: { message: Message; fix: Message };
  /** Estimated current stable major of this browser's release train (no network: from the calendar). */
  latestMajor?: number;
  /** How many majors behind that estimate this browser is (0 when current). */
  behind?: number;
  /** The guide's success rate for this device and browser route, percent. */
  successRate?: number;
  /** The first finding's cause id, when the status is warn or fail. */
  cause?: BrowserCause;
}
