// From a window of analysed frames to the vision checks of the report (pure).
import type { CauseId, SkipCause } from '../report/causes';
import type { CheckId, CheckResult, Measurements } from '../report/types';
import { aggregateFindings, median, medianMotion, share } from './aggregate';
import { causeText, paramsOf } from './cause-text';
import type { Message } from '../i18n/translate';
import { FRAME_CHECK_IDS, FRAME_JUDGES, type FrameCheckId, type Finding } from './judge';
import { CAMERA } from '../camera/limits';
import { FACES, STABILITY, WINDOW } from './thresholds';
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

/** What the small-face scan (small-faces.ts) found over the window, beside the landmarker. */
export interface ScanSummary {
  /** Distinct faces the tiled detector found anywhere in the frame. */
  faces: number;
  /** Of those, faces away from the face(s) the landmarker tracks: someone else in view. */
  others: number;
  /** Tiles scanned (a full sweep is 9). */
  tiles: number;
}

export interface AnalysisWindow {
  frames: readonly FrameRecord[];
  camera: CameraInfo;
  /** Absent when the scan did not run (its detector failed to load): the landmarker alone decides. */
  scan?: ScanSummary;
}

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
    lowerFaceEdges: med(f, (m) => m.lowerFaceEdges, 2),
    forehead: med(f, (m) => m.foreheadRatio, 2),
  }),
  glare: (f) => ({ share: med(f, (m) => m.glareShare, 3) }),
  background: (f) => ({ clutter: med(f, (m) => m.clutter, 2) }),
};

/** Why a check could not be decided: the precise reason, kept in `measured.skipped`. */
export type SkipCode =
  | 'no-camera' | 'model-failed' | 'no-frames' | 'no-face' | 'several-faces' | 'no-matrix' | 'no-eyes'
  | 'no-blendshapes' | 'no-fps' | 'face-cut-off' | 'camera-lost' | 'light' | 'no-webgl' | 'analysis-failed';

/** Each precise skip reason within the report's skip-cause vocabulary. */
const SKIP_CAUSE: Record<SkipCode, SkipCause> = {
  'no-camera': 'no-camera',
  'no-frames': 'no-camera',
  'camera-lost': 'no-camera',
  'model-failed': 'model-failed',
  'no-face': 'no-face',
  'several-faces': 'several-faces',
  light: 'not-judgeable',
  'face-cut-off': 'not-judgeable',
  'no-matrix': 'not-judgeable',
  'no-eyes': 'not-judgeable',
  'no-blendshapes': 'not-judgeable',
  'no-fps': 'not-judgeable',
  'no-webgl': 'no-webgl',
  'analysis-failed': 'analysis-failed',
};

export function causeOf(finding: Finding): CauseId | undefined {
  if (finding.status === 'pass') return undefined;
  if (finding.status === 'skip') return SKIP_CAUSE[finding.code as SkipCode] ?? 'not-judgeable';
  return finding.code as CauseId;
}

export function toCheck(id: CheckId, finding: Finding, raw: Measurements): CheckResult {
  // A value that could not be measured is left out rather than stored as NaN (JSON has no NaN).
  const measured: Measurements = Object.fromEntries(
    Object.entries(raw).filter(([, value]) => typeof value !== 'number' || Number.isFinite(value)),
  );
  if (finding.status === 'skip') measured.skipped = finding.code;
  const cause = causeOf(finding);
  const text = cause ? causeText(id, cause, measured) : undefined;
  return {
    id,
    status: finding.status,
    ...(cause ? { cause } : {}),
    // Pass rows say what was measured; every other row's message comes from its cause.
    summary: text?.summary ?? { key: `vision.${id}.ok` as Message['key'], params: paramsOf(measured) },
    ...(text?.fix ? { fix: text.fix } : {}),
    measured,
  };
}

/**
 * Faces in view. The landmarker's own detector is short-range (BlazeFace at 128 px): it misses faces
 * under about 60 px, so a group or a person far behind the user reads as nobody or as one. The
 * small-face scan fills that gap: any face it finds away from the tracked face(s) is another person,
 * and two or more faces anywhere are several, never "no face".
 */
export function faceCountFinding(frames: readonly FrameRecord[], scan?: ScanSummary): Finding {
  if (frames.length === 0) return { status: 'skip', code: 'no-frames' };
  // Another face in a third of the frames is enough: FaceTec locks onto whichever face it likes.
  if (share(frames, (f) => f.faceCount >= 2) >= FACES.severalShare) return { status: 'fail', code: 'several' };
  const nobodyTracked = share(frames, (f) => f.faceCount === 0) >= WINDOW.failShare;
  // With a face tracked, scan hits near it are that face (even when it moves between tiles): only a
  // face clear of it is someone else. With nobody tracked, two faces anywhere are a group.
  if (scan && (scan.others >= 1 || (nobodyTracked && scan.faces >= 2))) return { status: 'fail', code: 'several' };
  if (nobodyTracked) return { status: 'fail', code: 'none' };
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

/** The window is long enough: enough frames over a long enough time, or the time is up (pure, for the engine). */
export function windowDone(frames: number, elapsedMs: number): boolean {
  return (frames >= WINDOW.minFrames && elapsedMs >= WINDOW.minMs) || elapsedMs >= WINDOW.maxMs;
}

/** Checks that need a lit face to see anything: with the light failing they would only guess. */
const NEEDS_LIGHT: readonly FrameCheckId[] = ['eyes-open', 'occlusion', 'glare'];
/** Too dark or too bright to see the face; an unevenly lit face is still lit and is judged. */
const UNLIT = (lighting: Finding | undefined) => lighting?.status === 'fail' && (lighting.code === 'dark' || lighting.code === 'bright');

/** Every vision check, in report order. Checks that need a face skip (with the reason) without one. */
export function visionChecks(window: AnalysisWindow): CheckResult[] {
  const { frames, camera, scan } = window;
  const aspect = camera.width > 0 && camera.height > 0 ? camera.width / camera.height : 4 / 3;
  const single = frames.flatMap((f) => (f.faceCount === 1 && f.metrics ? [f.metrics] : []));
  const count = faceCountFinding(frames, scan);
  const results: CheckResult[] = [
    toCheck('face-count', count, {
      frames: frames.length,
      faces: Math.max(median(frames.map((f) => f.faceCount)) ?? 0, scan?.faces ?? 0),
      singleFaceFrames: single.length,
      ...(scan ? { scanFaces: scan.faces, scanOthers: scan.others, scanTiles: scan.tiles } : {}),
    }),
  ];
  const enough = single.length >= Math.ceil(WINDOW.minFrames / 2) && count.code !== 'several';
  const skipCode: SkipCode = frames.length === 0 ? 'no-frames' : count.code === 'several' ? 'several-faces' : 'no-face';
  const found = new Map<FrameCheckId, Finding>();
  for (const id of FRAME_CHECK_IDS) {
    if (!enough) {
      results.push(toCheck(id, { status: 'skip', code: skipCode }, { frames: single.length }));
      continue;
    }
    const judge = FRAME_JUDGES[id] as (m: FrameMetrics) => Finding;
    // Judged only once the light is right: a dark face reads as covered, a washed-out one as glare.
    const unlit = NEEDS_LIGHT.includes(id) && (UNLIT(found.get('lighting')) || found.get('backlight')?.status === 'fail');
    const finding = unlit ? { status: 'skip' as const, code: 'light' } : aggregateFindings(single.map(judge));
    found.set(id, finding);
    results.push(toCheck(id, finding, MEASURE[id](single)));
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
