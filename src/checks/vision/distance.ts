// distance (guide scenario 2): 30–50 cm passes; closer than 25 cm the lens distorts the face (nose
// looks larger), which FaceTec's 3D liveness treats as a spoof signal.
import { DISTANCE_CM } from '../../figures/facts';
import type { FrameMetrics } from '../../vision/types';
import { defineCheck, type Finding } from '../define';
import { fail, frameJudging, med, ok, pair, skip, warn } from './judging';
import { VISION_SKIP_TEXT } from './skips';

export const DISTANCE = {
  tooCloseFailCm: DISTANCE_CM.distorts,
  passMinCm: DISTANCE_CM.min,
  passMaxCm: DISTANCE_CM.max,
  /** Beyond ~65 cm the face is under ~100 px wide at 640x480: too little detail for a 95 score. */
  tooFarFailCm: 65,
} as const;

export function judgeDistance(m: FrameMetrics): Finding {
  const d = m.distanceCm;
  if (!Number.isFinite(d)) return skip('no-eyes');
  if (d < DISTANCE.tooCloseFailCm) return fail('too-close');
  if (d < DISTANCE.passMinCm) return warn('too-close');
  if (d > DISTANCE.tooFarFailCm) return fail('too-far');
  if (d > DISTANCE.passMaxCm) return warn('too-far');
  return ok;
}

export const DISTANCE_CHECK = defineCheck({
  id: 'distance',
  family: 'vision',
  causes: ['too-close', 'too-far'],
  text: {
    ...VISION_SKIP_TEXT,
    'too-close': pair('vision.distance.too-close', 'vision.distance.too-close.fix'),
    'too-far': pair('vision.distance.too-far', 'vision.distance.too-far.fix'),
  },
  topic: 2,
  tier: 3,
  live: 4,
  shown: { cm: 'number' },
  ticks: ['app-pose'],
  window: frameJudging({
    frame: judgeDistance,
    measure: (f) => ({ cm: med(f, (m) => m.distanceCm, 0), method: 'interpupillary distance, 65° assumed field of view' }),
    passKey: 'vision.distance.ok',
  }),
});
