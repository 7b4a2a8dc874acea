// backlight (guide scenario 1): the background much brighter than the face, a silhouette.
import type { FrameMetrics } from '../../vision/types';
import { defineCheck, type Finding } from '../define';
import { cut, frameJudging, high, med, ok, pair } from './judging';
import { VISION_SKIP_TEXT } from './skips';

/** Background mean luma / face mean luma. */
export const BACKLIGHT = {
  ratioWarn: 1.5,
  ratioFail: 2.0,
} as const;

export function judgeBacklight(m: FrameMetrics): Finding {
  return cut(m) ?? high(m.backlightRatio, BACKLIGHT.ratioWarn, BACKLIGHT.ratioFail, 'backlit') ?? ok;
}

export const BACKLIGHT_CHECK = defineCheck({
  id: 'backlight',
  family: 'vision',
  causes: ['backlit'],
  text: { ...VISION_SKIP_TEXT, backlit: pair('vision.backlight.backlit', 'vision.backlight.backlit.fix') },
  topic: 1,
  tier: 2,
  live: 2,
  shown: { ratio: 'number' },
  ticks: ['env-no-backlight'],
  window: frameJudging({
    frame: judgeBacklight,
    measure: (f) => ({ ratio: med(f, (m) => m.backlightRatio, 2) }),
    passKey: 'vision.backlight.ok',
  }),
});
