// The one home of the camera-device row. Every way the pre-flight can learn something about the
// camera ends here: what an opened camera delivers (resolution, frame rate, virtual or infrared),
// how opening it failed (camera-errors.ts maps the browser's error to a failure and its repairs),
// that it never answered, that it went away mid-run, and the frame rate measured while the face
// window ran. The numbers it judges by live in camera/limits.ts, shared with camera-quality.
// Its words, topic, tier and checklist items are declared in CAMERA_DEVICE below.
import { CAMERA } from '../../camera/limits';
import type { Message, MessageKey, MessageParams } from '../../i18n/translate';
import { cameraFailureOf, cameraRepairActions, errorName, FAILURE_CAUSE, type CameraErrorContext, type CameraFailure } from '../camera-errors';
import { classifyCameraLabel } from '../camera-label';
import { defineCheck, sayCause, type CauseText } from '../define';
import type { Measurements, RepairAction, Row, SkipCause } from '../row';

const text = (value: Measurements[string] | undefined, fallback = ''): string => (value === undefined ? fallback : String(value));
const fixed = (key: MessageKey) => (): Message => ({ key });

// measured.failure names the getUserMedia outcome (camera-errors.ts): it picks the sentence within a cause.
function cameraFailure(key: string): CauseText {
  return {
    summary: (m) => ({ key: `checks.camera.${key}` as MessageKey, params: { error: text(m.error, '—') } }),
    fix: fixed(`checks.camera.${key}Fix` as MessageKey),
  };
}

/** One cause, several failures: the measured failure picks the sentence, `fallback` when absent. */
function cameraCause(allowed: readonly string[], fallback: string): CauseText {
  const pick = (m: Measurements) => cameraFailure(allowed.includes(text(m.failure)) ? text(m.failure) : fallback);
  return { summary: (m) => pick(m).summary(m), fix: (m) => pick(m).fix!(m) };
}

function deliveredParams(m: Measurements): MessageParams {
  return { label: text(m.label) || '—', width: text(m.width, '?'), height: text(m.height, '?'), fps: text(m.fps, '?') };
}

const delivered = (key: string): CauseText => ({
  summary: (m) => ({ key: `checks.camera.${key}` as MessageKey, params: { ...deliveredParams(m), ...(m.product ? { product: text(m.product) } : {}) } }),
  fix: fixed(`checks.camera.${key}Fix` as MessageKey),
});

export const CAMERA_DEVICE = defineCheck({
  id: 'camera-device',
  family: 'camera',
  // After the five: a camera lost mid-run, an infrared (Windows Hello) camera, an unanswered
  // prompt, a page that cannot ask at all, any other open error, and what a working camera delivers.
  causes: ['blocked', 'busy', 'not-found', 'no-frames', 'virtual', 'lost', 'infrared', 'not-answered', 'unsupported', 'failed', 'low-resolution', 'low-fps'],
  text: {
    blocked: cameraCause(['permission-browser', 'permission-os', 'insecure'], 'permission-browser'),
    busy: cameraCause(['busy', 'aborted'], 'busy'),
    'not-found': cameraFailure('no-camera'),
    'no-frames': cameraFailure('no-frames'),
    'not-answered': cameraFailure('timeout'),
    unsupported: cameraFailure('unsupported'),
    failed: cameraCause(['overconstrained', 'unknown'], 'unknown'),
    lost: { summary: fixed('vision.camera-lost'), fix: fixed('vision.camera-lost.fix') },
    virtual: delivered('virtual'),
    infrared: delivered('infrared'),
    'low-resolution': delivered('lowResolution'),
    'low-fps': delivered('lowFps'),
  },
  topic: 4,
  // FaceTec's replay detection rejects a virtual camera: the replay topic explains it.
  causeTopics: { virtual: 9 },
  tier: 0,
  ticks: ['dev-camera', 'dev-real-camera'],
});

export type CameraDeviceCause = (typeof CAMERA_DEVICE.causes)[number];
type CameraDeviceRow = Row<'camera-device', CameraDeviceCause | SkipCause>;

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

function row(status: CameraDeviceRow['status'], cause: CameraDeviceCause, measured: Measurements, actions: RepairAction[] = []): CameraDeviceRow {
  return {
    id: 'camera-device',
    status,
    cause,
    ...sayCause(CAMERA_DEVICE, cause, measured),
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
export function deliveredCameraCheck(video: DeliveredVideo): CameraDeviceRow {
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
export function cameraErrorCheck(error: unknown, context: CameraErrorContext): CameraDeviceRow {
  const failure = cameraFailureOf(error, context.permission);
  const constraint = error && typeof error === 'object' ? (error as { constraint?: unknown }).constraint : undefined;
  const measured: Measurements = { error: errorName(error).slice(0, 64), failure };
  if (typeof constraint === 'string' && constraint) measured.constraint = constraint.slice(0, 64);
  return row('fail', FAILURE_CAUSE[failure], measured, cameraRepairActions(failure, context));
}

/** Opening the camera never answered (a prompt left open, a hung driver). */
export function cameraNotAnsweredCheck(): CameraDeviceRow {
  const failure: CameraFailure = 'timeout';
  return row('fail', FAILURE_CAUSE[failure], { error: 'TimeoutError', failure });
}

/** The camera went away during the face window (unplugged, switched off, permission withdrawn). */
export function cameraLostCheck(): CameraDeviceRow {
  return row('fail', 'lost', { failure: 'disconnected' });
}

/**
 * The row once the face window has run: the opening's row re-decided with the frame rate measured
 * from the frames the window sampled (the opening skips its own frame count to save ~0.5 s).
 * Without delivered video (the opening failed) the opening's row stands.
 */
export function finalCameraCheck<R extends { id: string }>(opened: { check: R; delivered?: DeliveredVideo }, measuredFps: number | undefined): R | CameraDeviceRow {
  return opened.delivered ? deliveredCameraCheck({ ...opened.delivered, measuredFps: measuredFps ?? opened.delivered.measuredFps }) : opened.check;
}
