// lighting (guide scenario 1): face exposure on the 0–255 luma scale, measured on the inner face.
// OFIQ's luminance-mean measure peaks for a mean around the middle of the range and drops at both
// ends; its under/over-exposure measures count the shares of very dark / clipped pixels.
import type { FrameMetrics } from '../../vision/types';
import { median } from '../../vision/aggregate';
import type { MessageKey } from '../../i18n/translate';
import { defineCheck, type CauseText, type Finding, type WindowJudging } from '../define';
import type { Measurements } from '../row';
import { cut, fail, frameJudging, high, low, med, num, ok, pair, paramsOf, warn } from './judging';
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
  /**
   * Colour cast (FrameMetrics.colourCast: the face's warm–blue axis less natural skin's, 0 in white light). The
   * fixture faces in their own light read −0.08…+0.04; the ideal clip under a warm-white lamp (4500 K) +0.21 and
   * under a tungsten bulb (2700 K) +0.98; in a screen's blue glow −0.71. Warm warns halfway between the lamp and
   * the bulb, leaving room for skin darker and warmer than any fixture face; blue halfway between the faces and
   * the glow (skin is never bluer than white light makes it). Warn only: the face is still seen, but one colour
   * channel carries little of its texture.
   */
  warmCastWarn: 0.6,
  blueCastWarn: -0.4,
} as const;

/** An orange or blue light over the whole face: the light to change, not the exposure. */
function colourCast(m: FrameMetrics): Finding | undefined {
  return m.colourCast > LIGHTING.warmCastWarn || m.colourCast < LIGHTING.blueCastWarn ? warn('colour-cast') : undefined;
}

/**
 * A face too dark or too bright overall says so first. Otherwise one side much darker than the other
 * is named before a mild darkness it causes (a lamp to one side: "face the light", not "more light").
 * A colour cast comes last, once the exposure is right: a face too dark, too bright or unevenly lit says that first
 * (an over-exposed face also loses its colour, which is no cast).
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
    colourCast(m) ??
    ok
  );
}

/** Which way the cast goes names the light to change: an orange bulb, or a screen's blue glow. */
function castText(warm: [MessageKey, MessageKey], blue: [MessageKey, MessageKey]): CauseText {
  const pick = (m: Measurements) => (num(m, 'cast') < 0 ? blue : warm);
  return { summary: (m) => ({ key: pick(m)[0], params: paramsOf(m) }), fix: (m) => ({ key: pick(m)[1], params: paramsOf(m) }) };
}

export const LIGHTING_CHECK = defineCheck({
  id: 'lighting',
  family: 'vision',
  causes: ['dark', 'bright', 'uneven', 'colour-cast'],
  text: {
    ...VISION_SKIP_TEXT,
    dark: pair('vision.lighting.dark', 'vision.lighting.dark.fix'),
    bright: pair('vision.lighting.bright', 'vision.lighting.bright.fix'),
    uneven: pair('vision.lighting.uneven', 'vision.lighting.uneven.fix'),
    'colour-cast': castText(
      ['vision.lighting.colour-cast.warm', 'vision.lighting.colour-cast.warm.fix'],
      ['vision.lighting.colour-cast.blue', 'vision.lighting.colour-cast.blue.fix'],
    ),
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
        cast: med(f, (m) => m.colourCast, 2),
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
