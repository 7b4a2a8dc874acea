// Every way opening the camera can fail, mapped to its cause and fix (guide scenario 4). The names
// are the DOMException names browsers throw from getUserMedia; the legacy Chrome names
// (PermissionDeniedError, DevicesNotFoundError, TrackStartError...) map to the same causes.
import type { MessageKey } from '../i18n/translate';
import type { CheckResult, RepairAction } from '../report/types';
import { browserRepairActions, osRepairActions, type RepairContext } from './repair';

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
}

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

function nameOf(error: unknown): string {
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
  const failure = BY_NAME[nameOf(error)] ?? 'unknown';
  // Chrome says "Permission denied by system" when macOS/Windows privacy blocks the browser; any
  // NotAllowedError while the browser itself has granted the camera is the same situation.
  if (failure === 'permission-browser' && (permission === 'granted' || /by system/i.test(messageOf(error)))) {
    return 'permission-os';
  }
  return failure;
}

function actionsFor(failure: CameraFailure, context: CameraErrorContext): RepairAction[] {
  switch (failure) {
    case 'permission-browser':
      return browserRepairActions(context);
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

/** The failing camera-device check for an error thrown while opening or reading the camera. */
export function cameraErrorCheck(error: unknown, context: CameraErrorContext): CheckResult {
  const failure = cameraFailureOf(error, context.permission);
  const constraint = error && typeof error === 'object' ? (error as { constraint?: unknown }).constraint : undefined;
  const measured: Record<string, string> = { error: nameOf(error).slice(0, 64), cause: failure };
  if (typeof constraint === 'string' && constraint) measured.constraint = constraint.slice(0, 64);
  const actions = actionsFor(failure, context);
  return {
    id: 'camera-device',
    status: 'fail',
    scenario: 4,
    summary: { key: `checks.camera.${failure}` as MessageKey, params: { error: measured.error! } },
    fix: { key: `checks.camera.${failure}Fix` as MessageKey },
    measured,
    ...(actions.length ? { actions } : {}),
  };
}
