// camera-permission: one truth about the camera (guide scenario 4). It is decided from the
// extension's own grant *after* the pre-flight tried the camera (a prompt answered "Block" turns
// "prompt" into "denied"), from what getUserMedia said (a NotAllowedError while the browser has
// granted the camera is the operating system's block), and from binance.com's grant as the content
// script reported it. So this row and camera-device never contradict: a blocked extension fails
// both, and both offer the same first action — the extension's own camera setting.
import type { MessageKey } from '../../i18n/translate';
import type { CameraFailure } from '../camera-errors';
import type { OwnCameraPermission } from '../permission';
import { defineCheck, sayCause } from '../define';
import { browserRepairActions, extensionRepairActions, osRepairActions, type RepairContext } from '../repair';
import type { Measurements, RepairAction, Row, SkipCause } from '../row';

/** binance.com's camera permission as the content script reports it. */
export type SiteCameraPermission = PermissionState | 'unsupported';


/** How the pre-flight's own attempt to open the camera ended, when there was one. */
export type CameraAttempt = 'opened' | CameraFailure;

export interface PermissionInput extends RepairContext {
  /** The extension origin's camera permission, queried after the camera attempt when there was one. */
  extension: OwnCameraPermission;
  site?: { state: SiteCameraPermission; at: number };
  /** e.g. chrome-extension://<id>: lets the repair button open the extension's own camera setting. */
  extensionOrigin?: string;
  camera?: CameraAttempt;
}

const fixed = (key: MessageKey) => () => ({ key });

export const CAMERA_PERMISSION = defineCheck({
  id: 'camera-permission',
  family: 'environment',
  causes: ['blocked-extension', 'blocked-site', 'blocked-os', 'not-asked'],
  text: {
    'blocked-extension': { summary: fixed('checks.permission.extensionDenied'), fix: fixed('checks.permission.extensionDeniedFix') },
    'blocked-site': { summary: fixed('checks.permission.siteDenied'), fix: fixed('checks.permission.siteDeniedFix') },
    'blocked-os': { summary: fixed('checks.permission.osBlocked'), fix: fixed('checks.permission.osBlockedFix') },
    'not-asked': { summary: fixed('checks.permission.notAsked'), fix: fixed('checks.permission.notAskedFix') },
    'not-judgeable': { summary: fixed('checks.permission.unknown') },
  },
  topic: 4,
  tier: 0,
  ticks: ['dev-camera'],
});

export type PermissionCause = (typeof CAMERA_PERMISSION.causes)[number];

/** Why the camera permission stands in the way, if it does (pure; the table of the unit tests). */
export function permissionCause(input: Pick<PermissionInput, 'extension' | 'site' | 'camera'>): PermissionCause | undefined {
  const { extension, camera } = input;
  if (camera === 'permission-os') return 'blocked-os';
  // A camera that opened proves the grant, whatever an earlier query said.
  if (camera !== 'opened' && (extension === 'denied' || camera === 'permission-browser')) return 'blocked-extension';
  if (input.site?.state === 'denied') return 'blocked-site';
  // Never asked, or the question went unanswered (no camera to ask for, prompt ignored).
  if (extension === 'prompt' && camera !== 'opened') return 'not-asked';
  return undefined;
}

function unique(actions: RepairAction[]): RepairAction[] {
  const seen = new Set<string>();
  return actions.filter((action) => {
    const id = action.kind === 'open-url' ? action.url : action.title.key;
    return seen.has(id) ? false : (seen.add(id), true);
  });
}

/** The repair shortcuts for a permission cause; camera-device offers the same ones first. */
export function permissionActions(cause: PermissionCause, input: PermissionInput): RepairAction[] {
  switch (cause) {
    case 'blocked-extension':
      // When binance.com is blocked as well, its shortcuts follow: both must be allowed.
      return unique([
        ...extensionRepairActions(input, input.extensionOrigin),
        ...(input.site?.state === 'denied' ? browserRepairActions(input) : []),
      ]);
    case 'blocked-site':
      return browserRepairActions(input);
    case 'blocked-os':
      return osRepairActions(input.os);
    case 'not-asked':
      return [];
  }
}

export function cameraPermissionCheck(input: PermissionInput): Row<'camera-permission', PermissionCause | SkipCause> {
  const site = input.site?.state;
  const measured: Measurements = { extension: input.extension, site: site ?? 'unknown' };
  if (input.site && Number.isFinite(input.site.at)) measured.siteCheckedAt = input.site.at;
  if (input.camera) measured.camera = input.camera;
  const base = { id: 'camera-permission', measured } as const;

  const cause = permissionCause(input);
  if (cause) {
    const actions = permissionActions(cause, input);
    return {
      ...base,
      status: cause === 'not-asked' ? 'warn' : 'fail',
      cause,
      ...sayCause(CAMERA_PERMISSION, cause, measured),
      ...(actions.length ? { actions } : {}),
    };
  }
  // A camera that opened proves the extension's grant (an earlier query may have said "prompt").
  const extension = input.camera === 'opened' ? 'granted' : input.extension;
  if (extension === 'unsupported' && (site === undefined || site === 'unsupported')) {
    return { ...base, status: 'skip', cause: 'not-judgeable', ...sayCause(CAMERA_PERMISSION, 'not-judgeable', measured) };
  }
  const summaryKey: MessageKey =
    site === 'granted'
        ? 'checks.permission.granted'
        : site === 'prompt'
          ? 'checks.permission.grantedSiteWillAsk'
          : 'checks.permission.grantedSiteUnknown';
  return { ...base, status: 'pass', summary: { key: summaryKey } };
}

