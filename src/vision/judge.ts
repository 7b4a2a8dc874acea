// Per-frame judgement: one finding (status + what is wrong) per vision check, from one frame's
// metrics. The window's verdict aggregates these (aggregate.ts), so one odd frame cannot decide.
import type { CheckId, CheckStatus } from '../report/types';
import { worstAngle } from './pose';
import {
  BACKGROUND,
  BACKLIGHT,
  DISTANCE,
  EYES,
  GLARE,
  LIGHTING,
  OCCLUSION,
  POSE,
  POSITION,
  SHARPNESS,
} from './thresholds';
import type { FrameMetrics } from './types';

export interface Finding {
  status: CheckStatus;
  /**
   * What was found: 'ok' when passing; for warn and fail the cause id of src/report/causes.ts
   * (which chooses the row's message, see cause-text.ts); for skip the precise reason, mapped to a
   * skip cause by checks.ts.
   */
  code: string;
}

const ok: Finding = { status: 'pass', code: 'ok' };
const warn = (code: string): Finding => ({ status: 'warn', code });
const fail = (code: string): Finding => ({ status: 'fail', code });

/** Lower is worse: fail below `failBelow`, warn below `warnBelow`. */
function low(value: number, failBelow: number, warnBelow: number, code: string): Finding | undefined {
  if (value < failBelow) return fail(code);
  if (value < warnBelow) return warn(code);
  return undefined;
}

/** Higher is worse: fail above `failAbove`, warn above `warnAbove`. */
function high(value: number, warnAbove: number, failAbove: number, code: string): Finding | undefined {
  if (value > failAbove) return fail(code);
  if (value > warnAbove) return warn(code);
  return undefined;
}

/** The more severe of two findings for the same cause (fail over warn). */
function worse(a: Finding | undefined, b: Finding | undefined): Finding | undefined {
  if (!a || !b) return a ?? b;
  return b.status === 'fail' && a.status !== 'fail' ? b : a;
}

/**
 * Pixel measures need the whole face in the frame: regions past the edge would read as black.
 * Such frames do not vote (skip), and face-position fails for them.
 */
function cut(m: FrameMetrics): Finding | undefined {
  return m.cutOff ? { status: 'skip', code: 'face-cut-off' } : undefined;
}

export function judgePose(m: FrameMetrics): Finding {
  if (m.yaw === undefined || m.pitch === undefined || m.roll === undefined) return { status: 'skip', code: 'no-matrix' };
  // Pitch has its own, wider limits (see thresholds); the worst axis relative to its limit names the problem.
  const sideways = worstAngle({ yaw: m.yaw, pitch: 0, roll: m.roll });
  const axis = Math.abs(m.yaw) >= Math.abs(m.roll) ? 'turned' : 'rolled';
  const turned = high(sideways, POSE.warnDeg, POSE.failDeg, axis);
  const nodded = high(Math.abs(m.pitch), POSE.pitchWarnDeg, POSE.pitchFailDeg, 'tilted');
  if (turned?.status === 'fail' || (turned && nodded?.status !== 'fail')) return turned;
  return nodded ?? ok;
}

export function judgeDistance(m: FrameMetrics): Finding {
  const d = m.distanceCm;
  if (!Number.isFinite(d)) return { status: 'skip', code: 'no-eyes' };
  if (d < DISTANCE.tooCloseFailCm) return fail('too-close');
  if (d < DISTANCE.passMinCm) return warn('too-close');
  if (d > DISTANCE.tooFarFailCm) return fail('too-far');
  if (d > DISTANCE.passMaxCm) return warn('too-far');
  return ok;
}

/** Eye-line tilt is not judged here: it is head roll, which head-pose reports (never the same problem twice). */
export function judgePosition(m: FrameMetrics): Finding {
  if (m.cutOff) return fail('cut-off');
  if (m.offCentre > POSITION.offCentreWarn) return warn('off-centre');
  return ok;
}

/**
 * A face too dark or too bright overall says so first. Otherwise one side much darker than the other
 * is named before a mild darkness it causes (a lamp to one side: "face the light", not "more light").
 */
export function judgeLighting(m: FrameMetrics): Finding {
  const dark = low(m.faceMean, LIGHTING.darkFailMean, LIGHTING.darkWarnMean, 'dark');
  const bright = high(m.faceMean, LIGHTING.brightWarnMean, LIGHTING.brightFailMean, 'bright');
  if (cut(m)) return cut(m)!;
  if (dark?.status === 'fail') return dark;
  if (bright?.status === 'fail') return bright;
  return (
    low(m.uniformity, LIGHTING.uniformityFail, LIGHTING.uniformityWarn, 'uneven') ??
    dark ??
    bright ??
    // Clipped patches are too much light, crushed shadows too little: the same two causes.
    high(m.overShare, LIGHTING.exposedShareWarn, LIGHTING.exposedShareFail, 'bright') ??
    high(m.underShare, LIGHTING.exposedShareWarn, LIGHTING.exposedShareFail, 'dark') ??
    ok
  );
}

export function judgeBacklight(m: FrameMetrics): Finding {
  return cut(m) ?? high(m.backlightRatio, BACKLIGHT.ratioWarn, BACKLIGHT.ratioFail, 'backlit') ?? ok;
}

export function judgeSharpness(m: FrameMetrics): Finding {
  return cut(m) ?? low(m.sharpness, SHARPNESS.failBelow, SHARPNESS.warnBelow, 'blurry') ?? ok;
}

export function judgeEyes(m: FrameMetrics): Finding {
  if (m.blink === undefined && m.eyeAspect === undefined) return { status: 'skip', code: 'no-blendshapes' };
  if (m.eyeAspect !== undefined && m.eyeAspect < EYES.failAspect) return fail('closed');
  return (m.blink === undefined ? undefined : high(m.blink, EYES.warnBlink, EYES.failBlink, 'closed')) ?? ok;
}

export function judgeOcclusion(m: FrameMetrics): Finding {
  return (
    cut(m) ??
    low(m.eyeBandRatio, OCCLUSION.eyeBandFail, OCCLUSION.eyeBandWarn, 'eyes') ??
    worse(
      high(m.lowerFaceChroma, OCCLUSION.lowerFaceWarn, OCCLUSION.lowerFaceFail, 'lower-face'),
      high(m.lowerFaceEdges, OCCLUSION.lowerFaceEdgesWarn, OCCLUSION.lowerFaceEdgesFail, 'lower-face'),
    ) ??
    (m.foreheadRatio < OCCLUSION.foreheadWarn ? warn('forehead') : undefined) ??
    ok
  );
}

export function judgeGlare(m: FrameMetrics): Finding {
  return cut(m) ?? high(m.glareShare, GLARE.shareWarn, GLARE.shareFail, 'glare') ?? ok;
}

export function judgeBackground(m: FrameMetrics): Finding {
  return m.clutter > BACKGROUND.clutterWarn ? warn('busy') : ok;
}

/** The per-frame checks, in the order the report lists them. */
export const FRAME_JUDGES = {
  'head-pose': judgePose,
  distance: judgeDistance,
  'face-position': judgePosition,
  lighting: judgeLighting,
  backlight: judgeBacklight,
  sharpness: judgeSharpness,
  'eyes-open': judgeEyes,
  occlusion: judgeOcclusion,
  glare: judgeGlare,
  background: judgeBackground,
} satisfies Partial<Record<CheckId, (m: FrameMetrics) => Finding>>;

export type FrameCheckId = keyof typeof FRAME_JUDGES;
export const FRAME_CHECK_IDS = Object.keys(FRAME_JUDGES) as FrameCheckId[];
