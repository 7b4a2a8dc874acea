// camera-permission: the extension's own grant (its pre-flight needs the camera) and binance.com's
// (FaceTec needs it), as reported by the content script. Guide scenario 4.
import type { SiteCameraPermission } from '../messaging/protocol';
import type { CheckResult, Measurements } from '../report/types';
import { BINANCE_ORIGIN, browserRepairActions, type RepairContext } from './repair';

export type OwnCameraPermission = PermissionState | 'unsupported';

export interface PermissionInput extends RepairContext {
  extension: OwnCameraPermission;
  site?: { state: SiteCameraPermission; at: number };
  /** e.g. chrome-extension://<id>: lets the repair button open the extension's own site settings. */
  extensionOrigin?: string;
}

const SCENARIO = 4;

export function cameraPermissionCheck(input: PermissionInput): CheckResult {
  const site = input.site?.state;
  const measured: Measurements = { extension: input.extension, site: site ?? 'unknown' };
  if (input.site && Number.isFinite(input.site.at)) measured.siteCheckedAt = input.site.at;
  const base = { id: 'camera-permission', scenario: SCENARIO, measured } as const;

  if (input.extension === 'denied') {
    const origins = input.extensionOrigin ? [input.extensionOrigin, BINANCE_ORIGIN] : [BINANCE_ORIGIN];
    return {
      ...base,
      status: 'fail',
      summary: { key: 'checks.permission.extensionDenied' },
      fix: { key: 'checks.permission.extensionDeniedFix' },
      actions: browserRepairActions(input, origins),
    };
  }
  if (site === 'denied') {
    return {
      ...base,
      status: 'fail',
      summary: { key: 'checks.permission.siteDenied' },
      fix: { key: 'checks.permission.siteDeniedFix' },
      actions: browserRepairActions(input),
    };
  }
  if (input.extension === 'unsupported' && (site === undefined || site === 'unsupported')) {
    return { ...base, status: 'skip', summary: { key: 'checks.permission.unknown' } };
  }
  const summaryKey =
    input.extension === 'prompt'
      ? 'checks.permission.willAsk'
      : site === 'granted'
        ? 'checks.permission.granted'
        : site === 'prompt'
          ? 'checks.permission.grantedSiteWillAsk'
          : 'checks.permission.grantedSiteUnknown';
  return { ...base, status: 'pass', summary: { key: summaryKey } };
}

/** The extension origin's own camera permission; 'unsupported' where the browser cannot say (never throws). */
export async function queryOwnCameraPermission(): Promise<OwnCameraPermission> {
  try {
    const status = await navigator.permissions.query({ name: 'camera' as PermissionName });
    return status.state;
  } catch {
    return 'unsupported';
  }
}
