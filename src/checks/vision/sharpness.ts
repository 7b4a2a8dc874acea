// sharpness (guide scenario 1): mean absolute Laplacian of the face crop resampled to a fixed size
// (so face size does not matter), divided by the crop's luma standard deviation (so contrast does
// not matter).
import type { FrameMetrics } from '../../vision/types';
import { defineCheck, type Finding } from '../define';
import { cut, frameJudging, low, med, ok, pair } from './judging';
import { VISION_SKIP_TEXT } from './skips';

/** Calibrated on the fixtures: sharp photos score 0.28–0.46; ffmpeg gblur sigma 2.5 at 640x480 scores 0.15 and sigma 5 scores 0.09. */
export const SHARPNESS = {
  warnBelow: 0.22,
  failBelow: 0.16,
} as const;

export function judgeSharpness(m: FrameMetrics): Finding {
  return cut(m) ?? low(m.sharpness, SHARPNESS.failBelow, SHARPNESS.warnBelow, 'blurry') ?? ok;
}

export const SHARPNESS_CHECK = defineCheck({
  id: 'sharpness',
  family: 'vision',
  causes: ['blurry'],
  text: { ...VISION_SKIP_TEXT, blurry: pair('vision.sharpness.blurry', 'vision.sharpness.blurry.fix') },
  topic: 1,
  live: 6,
  shown: { score: 'number' },
  ticks: ['dev-real-camera'],
  window: frameJudging({
    frame: judgeSharpness,
    measure: (f) => ({ score: med(f, (m) => m.sharpness, 2) }),
    passKey: 'vision.sharpness.ok',
  }),
});
