// The troubleshooting guide's success rates by device and browser route. They are context, not a
// verdict: a low figure never fails the check, it suggests the better route.
import type { BrowserFinding, DetectedBrowser } from './types';
import { ROUTE_SUCCESS } from '../figures/facts';

/** The figures live in src/figures/facts.ts (one copy); this module only maps a browser to its route. */
export const APP_SUCCESS_RATE = ROUTE_SUCCESS.app;
/** Below this the user is told about the routes that do better. */
const LOW_RATE = 90;

export type Route = 'iphone-safari' | 'android-chrome' | 'mac-safari' | 'tablet' | 'windows-chrome';

export const ROUTE_RATES: Record<Route, number> = {
  'iphone-safari': ROUTE_SUCCESS['iphone-safari'],
  'android-chrome': ROUTE_SUCCESS['android-chrome'],
  'mac-safari': ROUTE_SUCCESS['mac-safari'],
  tablet: ROUTE_SUCCESS.tablet,
  'windows-chrome': ROUTE_SUCCESS['windows-chrome'],
};

export function routeOf(found: DetectedBrowser): Route | undefined {
  if (found.device === 'tablet') return 'tablet';
  const { family, device } = found;
  const os = found.os.name;
  if (os === 'iOS' && device === 'mobile' && family === 'safari') return 'iphone-safari';
  if (os === 'Android' && device === 'mobile' && family === 'chrome') return 'android-chrome';
  if (os === 'macOS' && family === 'safari') return 'mac-safari';
  if (os === 'Windows' && family === 'chrome') return 'windows-chrome';
  return undefined;
}

export function successRateOf(found: DetectedBrowser): number | undefined {
  const route = routeOf(found);
  return route ? ROUTE_RATES[route] : undefined;
}

export function routeFindings(rate: number | undefined): BrowserFinding[] {
  if (rate === undefined) return [];
  const findings: BrowserFinding[] = [
    { code: 'success-rate', severity: 'info', message: { key: 'checks.browser.successRate', params: { rate } } },
  ];
  if (rate < LOW_RATE) {
    findings.push({
      code: 'better-route',
      severity: 'info',
      message: { key: 'checks.browser.betterRoute', params: { app: APP_SUCCESS_RATE, iphone: ROUTE_RATES['iphone-safari'] } },
    });
  }
  return findings;
}
