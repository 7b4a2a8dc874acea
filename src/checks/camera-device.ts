// The one home of the camera-device row. Every way the pre-flight can learn something about the
// camera ends here: what an opened camera delivers (resolution, frame rate, virtual or infrared),
// how opening it failed (camera-errors.ts maps the browser's error to a failure and its repairs),
// that it never answered, that it went away mid-run, and the frame rate measured while the face
// window ran. The numbers it judges by live in camera/limits.ts, shared with camera-quality.
import { causeText } from '../report/cause-text';
import type { CauseId } from '../report/causes';
import type { CheckResult, Measurements, RepairAction } from '../report/types';
import { CAMERA } from '../camera/limits';
import { cameraFailureOf, cameraRepairActions, errorName, FAILURE_CAUSE, type CameraErrorContext, type CameraFailure } from './camera-errors';
import { classifyCameraLabel } from './camera-label';

/** What an opened camera actually delivers (not what was asked for). */
export interface DeliveredVideo {
  label: string;
  width?: number;
  height?: number;
  /** track.getSettings().frameRate: what the camera was configured to deliver. */
  frameRate?: number;
  /** Frames counted over a short window, where the browser can count them. */
  measuredFps?: number;
  firstFrameMs?: number;
}

function row(status: CheckResult['status'], cause: CauseId, measured: Measurements, actions: RepairAction[] = []): CheckResult {
  return {
    id: 'camera-device',
    status,
    cause,
    ...causeText('camera-device', cause, measured),
    measured,
    ...(actions.length ? { actions } : {}),
  };
}

function round(value: number | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? Math.round(value * 10) / 10 : undefined;
}

/**
 * An opened camera that delivered frames: FaceTec refuses virtual and infrared cameras outright;
 * a short side under VGA's 480 px (portrait cameras count) or a frame rate under the limit warns.
 */
export function deliveredCameraCheck(video: DeliveredVideo): CheckResult {
  const { virtual, infrared } = classifyCameraLabel(video.label);
  const fps = round(video.measuredFps) ?? round(video.frameRate);
  const width = round(video.width);
  const height = round(video.height);
  const measured: Measurements = { label: video.label.slice(0, 128), virtual: Boolean(virtual), infrared };
  for (const [key, value] of Object.entries({ width, height, fps, frameRate: round(video.frameRate), firstFrameMs: round(video.firstFrameMs) })) {
    if (value !== undefined) measured[key] = value;
  }
  if (virtual) return row('fail', 'virtual', { ...measured, product: virtual });
  if (infrared) return row('fail', 'infrared', measured);
  if (width !== undefined && height !== undefined && Math.min(width, height) < CAMERA.minHeight) return row('warn', 'low-resolution', measured);
  if (fps !== undefined && fps < CAMERA.minFps) return row('warn', 'low-fps', measured);
  const params = { label: video.label || '—', width: width ?? '?', height: height ?? '?', fps: fps ?? '?' };
  return { id: 'camera-device', status: 'pass', summary: { key: 'checks.camera.ok', params }, measured };
}

/** Opening or reading the camera threw: the browser's error, mapped to its cause and this browser's repairs. */
export function cameraErrorCheck(error: unknown, context: CameraErrorContext): CheckResult {
  const failure = cameraFailureOf(error, context.permission);
  const constraint = error && typeof error === 'object' ? (error as { constraint?: unknown }).constraint : undefined;
  const measured: Measurements = { error: errorName(error).slice(0, 64), failure };
  if (typeof constraint === 'string' && constraint) measured.constraint = constraint.slice(0, 64);
  return row('fail', FAILURE_CAUSE[failure], measured, cameraRepairActions(failure, context));
}

/** Opening the camera never answered (a prompt left open, a hung driver). */
export function cameraNotAnsweredCheck(): CheckResult {
  const failure: CameraFailure = 'timeout';
  return row('fail', FAILURE_CAUSE[failure], { error: 'TimeoutError', failure });
}

/** The camera went away during the face window (unplugged, switched off, permission withdrawn). */
export function cameraLostCheck(): CheckResult {
  return row('fail', 'lost', { failure: 'disconnected' });
}

/**
 * The row once the face window has run: the opening's row re-decided with the frame rate measured
 * from the frames the window sampled (the opening skips its own frame count to save ~0.5 s).
 * Without delivered video (the opening failed) the opening's row stands.
 */
export function finalCameraCheck(opened: { check: CheckResult; delivered?: DeliveredVideo }, measuredFps: number | undefined): CheckResult {
  return opened.delivered ? deliveredCameraCheck({ ...opened.delivered, measuredFps: measuredFps ?? opened.delivered.measuredFps }) : opened.check;
}
