// glare (guide scenario 8, glasses): clipped, colourless specks on the eyes (glasses, screen reflections).
import type { FrameMetrics } from '../../vision/types';
import { defineCheck, type Finding } from '../define';
import { cut, frameJudging, high, med, ok, pair } from './judging';
import { VISION_SKIP_TEXT } from './skips';

/** Share of the eye band's pixels that are specular (vision/limits.ts MEASURING.glareLuma). */
export const GLARE = {
  /** A catchlight in each eye is ~1%; lens glare is far more. */
  shareWarn: 0.04,
  shareFail: 0.1,
} as const;

export function judgeGlare(m: FrameMetrics): Finding {
  return cut(m) ?? high(m.glareShare, GLARE.shareWarn, GLARE.shareFail, 'glare') ?? ok;
}

export const GLARE_CHECK = defineCheck({
  id: 'glare',
  family: 'vision',
  causes: ['glare'],
  text: { ...VISION_SKIP_TEXT, glare: pair('vision.glare.glare', 'vision.glare.glare.fix') },
  topic: 8,
  live: 9,
  shown: { share: 'percent' },
  ticks: ['app-glasses'],
  window: frameJudging({
    frame: judgeGlare,
    measure: (f) => ({ share: med(f, (m) => m.glareShare, 3) }),
    passKey: 'vision.glare.ok',
    needsLight: true,
  }),
});
