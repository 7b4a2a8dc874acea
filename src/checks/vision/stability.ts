// stability (guide scenario 2): head movement across the window, relative to the face's own width.
import { medianMotion } from '../../vision/aggregate';
import type { FrameMetrics } from '../../vision/types';
import { defineCheck, windowJudging, type Finding } from '../define';
import type { Measurements } from '../row';
import { pair, round, skip } from './judging';
import { VISION_SKIP_TEXT } from './skips';

export const STABILITY = {
  /** Median frame-to-frame centre motion (face widths): FaceTec needs a still face to zoom in on. */
  motionWarn: 0.04,
  motionFail: 0.1,
} as const;

export function stabilityFinding(frames: readonly FrameMetrics[], aspect: number): { finding: Finding; motion?: number } {
  const motion = medianMotion(frames.map((m) => ({ x: m.centreX, y: m.centreY, width: m.faceWidth })), aspect);
  if (motion === undefined) return { finding: skip('no-face') };
  const status = motion > STABILITY.motionFail ? 'fail' : motion > STABILITY.motionWarn ? 'warn' : 'pass';
  return { finding: { status, code: status === 'pass' ? 'ok' : 'moving' }, motion };
}

const NONE: Measurements = {};

export const STABILITY_CHECK = defineCheck({
  id: 'stability',
  family: 'vision',
  causes: ['moving'],
  text: { ...VISION_SKIP_TEXT, moving: pair('vision.stability.moving', 'vision.stability.moving.fix') },
  topic: 2,
  shown: { motion: 'percent' },
  ticks: [],
  window: windowJudging({
    passKey: 'vision.stability.ok',
    judge: ({ single, aspect, faceSkip }) => {
      if (faceSkip) return { finding: skip(faceSkip), measured: NONE };
      const { finding, motion } = stabilityFinding(single, aspect);
      return { finding, measured: { motion: round(motion, 3) } };
    },
  }),
});
