// From a window of analysed frames to the vision checks of the report (pure).
import type { MessageKey, MessageParams } from '../i18n/translate';
import type { CheckId, CheckResult, Measurements } from '../report/types';
import { aggregateFindings, median, medianMotion, share } from './aggregate';
import { FRAME_CHECK_IDS, FRAME_JUDGES, type FrameCheckId, type Finding } from './judge';
import { CAMERA, STABILITY, WINDOW } from './thresholds';
import type { FrameMetrics } from './types';

export interface FrameRecord {
  faceCount: number;
  /** Present when exactly one face was seen. */
  metrics?: FrameMetrics;
}

export interface CameraInfo {
  width: number;
  height: number;
  /** What the track reports, when it does. */
  frameRate?: number;
  /** Frames the video actually delivered per second during the window. */
  measuredFps?: number;
}

export interface AnalysisWindow {
  frames: readonly FrameRecord[];
  camera: CameraInfo;
}

const SCENARIO: Partial<Record<CheckId, number>> = {
  'face-count': 7,
  'head-pose': 2,
  distance: 2,
  'face-position': 2,
  lighting: 1,
  backlight: 1,
  occlusion: 3,
  glare: 9,
  background: 7,
};

const round = (value: number | undefined, digits = 1): number =>
  value === undefined ? NaN : Math.round(value * 10 ** digits) / 10 ** digits;

function med(frames: readonly FrameMetrics[], pick: (m: FrameMetrics) => number | undefined, digits = 1): number {
  return round(median(frames.map(pick).filter((v): v is number => v !== undefined)), digits);
}

/** Medians a person can read, per check (also the message parameters). */
const MEASURE: Record<FrameCheckId, (frames: readonly FrameMetrics[]) => Measurements> = {
  'head-pose': (f) => ({ yaw: med(f, (m) => m.yaw), pitch: med(f, (m) => m.pitch), roll: med(f, (m) => m.roll) }),
  distance: (f) => ({ cm: med(f, (m) => m.distanceCm, 0), method: 'interpupillary distance, 65° assumed field of view' }),
  'face-position': (f) => ({
    offCentre: med(f, (m) => m.offCentre, 2),
    cutOffShare: round(share(f, (m) => m.cutOff), 2),
    eyeTilt: med(f, (m) => m.eyeTiltDeg),
  }),
  lighting: (f) => ({
    mean: med(f, (m) => m.faceMean, 0),
    under: med(f, (m) => m.underShare, 2),
    over: med(f, (m) => m.overShare, 2),
    uniformity: med(f, (m) => m.uniformity, 2),
  }),
  backlight: (f) => ({ ratio: med(f, (m) => m.backlightRatio, 2) }),
  sharpness: (f) => ({ score: med(f, (m) => m.sharpness, 2) }),
  'eyes-open': (f) => ({ blink: med(f, (m) => m.blink, 2), eyeAspect: med(f, (m) => m.eyeAspect, 3) }),
  occlusion: (f) => ({
    eyeBand: med(f, (m) => m.eyeBandRatio, 2),
    lowerFace: med(f, (m) => m.lowerFaceChroma, 3),
    forehead: med(f, (m) => m.foreheadRatio, 2),
  }),
  glare: (f) => ({ share: med(f, (m) => m.glareShare, 3) }),
  background: (f) => ({ clutter: med(f, (m) => m.clutter, 2) }),
};

function messageKey(id: CheckId, code: string, suffix = ''): MessageKey {
  return `vision.${id}.${code}${suffix}` as MessageKey;
}

/** Why a check could not be decided: one message per reason, shared by every check. */
export type SkipCode = 'no-camera' | 'model-failed' | 'no-frames' | 'no-face' | 'several-faces' | 'no-matrix' | 'no-eyes' | 'no-blendshapes' | 'no-fps' | 'face-cut-off' | 'camera-lost' | 'no-webgl' | 'analysis-failed';

function paramsOf(measured: Measurements): MessageParams {
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(measured)) if (typeof value !== 'boolean') params[name] = value;
  return params;
}

export function toCheck(id: CheckId, finding: Finding, raw: Measurements): CheckResult {
  // A value that could not be measured is left out rather than stored as NaN (JSON has no NaN).
  const measured = Object.fromEntries(
    Object.entries(raw).filter(([, value]) => typeof value !== 'number' || Number.isFinite(value)),
  );
  const params = paramsOf(measured);
  return {
    id,
    status: finding.status,
    summary:
      finding.status === 'skip'
        ? { key: `vision.skip.${finding.code}` as MessageKey, params }
        : { key: messageKey(id, finding.code), params },
    ...(finding.status === 'pass' || finding.status === 'skip'
      ? {}
      : { fix: { key: messageKey(id, finding.code, '.fix'), params } }),
    ...(SCENARIO[id] ? { scenario: SCENARIO[id] } : {}),
    measured,
  };
}

export function faceCountFinding(frames: readonly FrameRecord[]): Finding {
  if (frames.length === 0) return { status: 'skip', code: 'no-frames' };
  // Another face in a third of the frames is enough: FaceTec locks onto whichever face it likes.
  if (share(frames, (f) => f.faceCount >= 2) >= 0.3) return { status: 'fail', code: 'several' };
  if (share(frames, (f) => f.faceCount === 0) >= WINDOW.failShare) return { status: 'fail', code: 'none' };
  return { status: 'pass', code: 'ok' };
}

export function stabilityFinding(frames: readonly FrameMetrics[], aspect: number): { finding: Finding; motion?: number } {
  const motion = medianMotion(frames.map((m) => ({ x: m.centreX, y: m.centreY, width: m.faceWidth })), aspect);
  if (motion === undefined) return { finding: { status: 'skip', code: 'no-face' } };
  const status = motion > STABILITY.motionFail ? 'fail' : motion > STABILITY.motionWarn ? 'warn' : 'pass';
  return { finding: { status, code: status === 'pass' ? 'ok' : 'moving' }, motion };
}

export function cameraFinding(camera: CameraInfo): Finding {
  if (camera.width < CAMERA.minWidth || camera.height < CAMERA.minHeight) return { status: 'fail', code: 'low-resolution' };
  const fps = Math.max(camera.frameRate ?? 0, camera.measuredFps ?? 0);
  if (fps === 0) return { status: 'skip', code: 'no-fps' };
  if (fps < CAMERA.minFps) return { status: 'warn', code: 'low-fps' };
  return { status: 'pass', code: 'ok' };
}

export const VISION_CHECK_IDS: readonly CheckId[] = ['face-count', ...FRAME_CHECK_IDS, 'stability', 'camera-quality'];

/** Every vision check skipped for one reason (no camera, model failed to load...). */
export function skippedVisionChecks(code: SkipCode): CheckResult[] {
  return VISION_CHECK_IDS.map((id) => toCheck(id, { status: 'skip', code }, {}));
}

/** Every vision check, in report order. Checks that need a face skip (with the reason) without one. */
export function visionChecks(window: AnalysisWindow): CheckResult[] {
  const { frames, camera } = window;
  const aspect = camera.width > 0 && camera.height > 0 ? camera.width / camera.height : 4 / 3;
  const single = frames.flatMap((f) => (f.faceCount === 1 && f.metrics ? [f.metrics] : []));
  const count = faceCountFinding(frames);
  const results: CheckResult[] = [
    toCheck('face-count', count, {
      frames: frames.length,
      faces: median(frames.map((f) => f.faceCount)) ?? 0,
      singleFaceFrames: single.length,
    }),
  ];
  const enough = single.length >= Math.ceil(WINDOW.minFrames / 2);
  const skipCode = frames.length === 0 ? 'no-frames' : count.code === 'several' ? 'several-faces' : 'no-face';
  for (const id of FRAME_CHECK_IDS) {
    if (!enough) {
      results.push(toCheck(id, { status: 'skip', code: skipCode }, { frames: single.length }));
      continue;
    }
    const judge = FRAME_JUDGES[id] as (m: FrameMetrics) => Finding;
    results.push(toCheck(id, aggregateFindings(single.map(judge)), MEASURE[id](single)));
  }
  const stability = enough ? stabilityFinding(single, aspect) : { finding: { status: 'skip', code: skipCode } as Finding };
  results.push(toCheck('stability', stability.finding, { motion: round(stability.motion, 3) }));
  results.push(
    toCheck('camera-quality', cameraFinding(camera), {
      width: camera.width,
      height: camera.height,
      fps: round(Math.max(camera.frameRate ?? 0, camera.measuredFps ?? 0), 0),
    }),
  );
  return results;
}
