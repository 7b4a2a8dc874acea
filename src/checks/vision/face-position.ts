// face-position (guide scenario 2): centred in FaceTec's oval, and whole in the frame.
import { share } from '../../vision/aggregate';
import type { FrameMetrics } from '../../vision/types';
import { defineCheck, type Finding } from '../define';
import { fail, frameJudging, med, ok, pair, round, warn } from './judging';
import { VISION_SKIP_TEXT } from './skips';

/** Position in the frame, as fractions of the frame (normalised landmark coordinates). */
export const POSITION = {
  /** FaceTec's oval is centred; a face centre more than 15% of the frame away is visibly off. */
  offCentreWarn: 0.15,
} as const;

/** Eye-line tilt is not judged here: it is head roll, which head-pose reports (never the same problem twice). */
export function judgePosition(m: FrameMetrics): Finding {
  if (m.cutOff) return fail('cut-off');
  if (m.offCentre > POSITION.offCentreWarn) return warn('off-centre');
  return ok;
}

export const FACE_POSITION = defineCheck({
  id: 'face-position',
  family: 'vision',
  causes: ['off-centre', 'cut-off'],
  text: {
    ...VISION_SKIP_TEXT,
    'off-centre': pair('vision.face-position.off-centre', 'vision.face-position.off-centre.fix'),
    'cut-off': pair('vision.face-position.cut-off', 'vision.face-position.cut-off.fix'),
  },
  topic: 2,
  tier: 3,
  live: 5,
  shown: { offCentre: 'percent', cutOffShare: 'percent', eyeTilt: 'number' },
  ticks: ['app-pose'],
  window: frameJudging({
    frame: judgePosition,
    measure: (f) => ({
      offCentre: med(f, (m) => m.offCentre, 2),
      cutOffShare: round(share(f, (m) => m.cutOff), 2),
      eyeTilt: med(f, (m) => m.eyeTiltDeg),
    }),
    passKey: 'vision.face-position.ok',
  }),
});
