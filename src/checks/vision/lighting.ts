// lighting (guide scenario 1): face exposure on the 0–255 luma scale, measured on the inner face.
// OFIQ's luminance-mean measure peaks for a mean around the middle of the range and drops at both
// ends; its under/over-exposure measures count the shares of very dark / clipped pixels.
import type { FrameMetrics } from '../../vision/types';
import { median } from '../../vision/aggregate';
import { defineCheck, type Finding, type WindowJudging } from '../define';
import { cut, fail, frameJudging, high, low, med, ok, pair } from './judging';
import { VISION_SKIP_TEXT } from './skips';

export const LIGHTING = {
  darkFailMean: 55,
  darkWarnMean: 80,
  brightWarnMean: 190,
  brightFailMean: 215,
  /** More than a quarter of the face crushed or clipped loses the texture liveness relies on. */
  exposedShareFail: 0.25,
  exposedShareWarn: 0.1,
  /**
   * Illumination uniformity: darker cheek side / brighter side (guide scenario 1, "one side much
   * darker"). Soft window light on the fixtures reads 0.6–0.97; a lamp to one side reads < 0.4.
   */
  uniformityFail: 0.4,
  uniformityWarn: 0.55,
} as const;

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

export const LIGHTING_CHECK = defineCheck({
  id: 'lighting',
  family: 'vision',
  causes: ['dark', 'bright', 'uneven'],
  text: {
    ...VISION_SKIP_TEXT,
    dark: pair('vision.lighting.dark', 'vision.lighting.dark.fix'),
    bright: pair('vision.lighting.bright', 'vision.lighting.bright.fix'),
    uneven: pair('vision.lighting.uneven', 'vision.lighting.uneven.fix'),
  },
  topic: 1,
  tier: 2,
  live: 1,
  shown: { mean: 'number', under: 'percent', over: 'percent', uniformity: 'percent' },
  ticks: ['env-light'],
  window: tooDarkForAFace(
    frameJudging({
      frame: judgeLighting,
      measure: (f) => ({
        mean: med(f, (m) => m.faceMean, 0),
        under: med(f, (m) => m.underShare, 2),
        over: med(f, (m) => m.overShare, 2),
        uniformity: med(f, (m) => m.uniformity, 2),
      }),
      passKey: 'vision.lighting.ok',
    }),
  ),
});

/**
 * When face-count found nobody in a picture too dark to find a face in (faceSkip "light"), lighting is the
 * finding: it fails "dark" with the whole picture's brightness, so the person is told to turn on a light,
 * not that nobody is there.
 */
function tooDarkForAFace<J extends WindowJudging>(judging: J): J {
  return {
    ...judging,
    judge: (context) => {
      if (context.faceSkip !== 'light') return judging.judge(context);
      const lumas = context.window.frames.flatMap((f) => (f.sceneLuma === undefined ? [] : [f.sceneLuma]));
      return { finding: fail('dark'), measured: { mean: Math.round(median(lumas) ?? 0), frames: 0 } };
    },
  };
}
