// Every way opening the camera can fail, mapped to its cause and this browser's repairs; the row
// itself is built in camera-device.ts. The names are the DOMException names browsers throw from
// getUserMedia; the legacy Chrome names (PermissionDeniedError, DevicesNotFoundError,
// TrackStartError...) map to the same causes.
import type { RepairAction } from './row';
import { extensionRepairActions, osRepairActions, type RepairContext } from './repair';

export type CameraFailure =
  | 'permission-browser'
  | 'permission-os'
  | 'no-camera'
  | 'busy'
  | 'overconstrained'
  | 'aborted'
  | 'insecure'
  | 'unsupported'
  | 'no-frames'
  | 'timeout'
  | 'unknown';

export interface CameraErrorContext extends RepairContext {
  /** The extension's camera permission when the error happened: 'granted' + NotAllowedError = OS block. */
  permission?: PermissionState | 'unsupported';
  /** chrome-extension://<id>: a blocked camera's first shortcut is the extension's own setting. */
  extensionOrigin?: string;
}

/** The row's cause for each failure; the measured failure keeps the precise one. */
export const FAILURE_CAUSE: Record<CameraFailure, 'blocked' | 'busy' | 'not-found' | 'no-frames' | 'not-answered' | 'unsupported' | 'failed'> = {
  'permission-browser': 'blocked',
  'permission-os': 'blocked',
  insecure: 'blocked',
  'no-camera': 'not-found',
  busy: 'busy',
  aborted: 'busy',
  'no-frames': 'no-frames',
  timeout: 'not-answered',
  unsupported: 'unsupported',
  overconstrained: 'failed',
  unknown: 'failed',
};

const BY_NAME: Record<string, CameraFailure> = {
  NotAllowedError: 'permission-browser',
  PermissionDeniedError: 'permission-browser',
  NotFoundError: 'no-camera',
  DevicesNotFoundError: 'no-camera',
  NotReadableError: 'busy',
  TrackStartError: 'busy',
  OverconstrainedError: 'overconstrained',
  ConstraintNotSatisfiedError: 'overconstrained',
  AbortError: 'aborted',
  SecurityError: 'insecure',
  TypeError: 'unsupported',
  NoFramesError: 'no-frames',
  TimeoutError: 'timeout',
};

/** The error's name (DOMException names), or the string thrown. */
export function errorName(error: unknown): string {
  if (error && typeof error === 'object' && typeof (error as { name?: unknown }).name === 'string') {
    return (error as { name: string }).name;
  }
  return typeof error === 'string' ? error : 'Error';
}

function messageOf(error: unknown): string {
  const message = error && typeof error === 'object' ? (error as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : '';
}

export function cameraFailureOf(error: unknown, permission?: CameraErrorContext['permission']): CameraFailure {
  const failure = BY_NAME[errorName(error)] ?? 'unknown';
  // Chrome says "Permission denied by system" when macOS/Windows privacy blocks the browser; any
  // NotAllowedError while the browser itself has granted the camera is the same situation.
  if (failure === 'permission-browser' && (permission === 'granted' || /by system/i.test(messageOf(error)))) {
    return 'permission-os';
  }
  return failure;
}

/** The one-click repairs for a failure, where this browser and OS have any. */
export function cameraRepairActions(failure: CameraFailure, context: CameraErrorContext): RepairAction[] {
  switch (failure) {
    case 'permission-browser':
      // The pre-flight asks from the extension's page: its own permission is the one to change
      // (the same first action as the camera-permission row).
      return extensionRepairActions(context, context.extensionOrigin);
    case 'permission-os':
    case 'no-camera':
    case 'busy':
    case 'no-frames':
      // A camera switched off in the OS privacy settings also shows up as "not found", "busy" or a
      // stream that never delivers a frame: the OS camera settings are the place to look.
      return osRepairActions(context.os);
    default:
      return [];
  }
}
