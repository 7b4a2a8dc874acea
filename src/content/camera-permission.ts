// binance.com's own camera permission, as the page sees it (a content script queries in the page's
// origin). Reported once and again on every change; Firefox cannot query "camera" → 'unsupported'.
import type { SiteCameraPermission } from '../storage/environment';

export type PermissionReport = (state: { state: SiteCameraPermission; at: number }) => void;

export async function watchSiteCameraPermission(report: PermissionReport, signal: AbortSignal): Promise<void> {
  let status: PermissionStatus;
  try {
    status = await navigator.permissions.query({ name: 'camera' as PermissionName });
  } catch {
    report({ state: 'unsupported', at: Date.now() });
    return;
  }
  report({ state: status.state, at: Date.now() });
  status.addEventListener('change', () => report({ state: status.state, at: Date.now() }), { signal });
}
