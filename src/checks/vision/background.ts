// background (guide scenario 7): edge density outside the face on the downscaled frame.
import type { FrameMetrics } from '../../vision/types';
import { defineCheck, type Finding } from '../define';
import { frameJudging, med, ok, pair, warn } from './judging';
import { VISION_SKIP_TEXT } from './skips';

export const BACKGROUND = {
  /** Share of background pixels that are edges (vision/limits.ts MEASURING.edgeLuma): a plain wall is ~0.02, a busy shelf > 0.15. */
  clutterWarn: 0.14,
} as const;

export function judgeBackground(m: FrameMetrics): Finding {
  return m.clutter > BACKGROUND.clutterWarn ? warn('busy') : ok;
}

export const BACKGROUND_CHECK = defineCheck({
  id: 'background',
  family: 'vision',
  causes: ['busy'],
  text: { ...VISION_SKIP_TEXT, busy: pair('vision.background.busy', 'vision.background.busy.fix') },
  topic: 7,
  shown: { clutter: 'percent' },
  ticks: ['env-background'],
  window: frameJudging({
    frame: judgeBackground,
    measure: (f) => ({ clutter: med(f, (m) => m.clutter, 2) }),
    passKey: 'vision.background.ok',
  }),
});
