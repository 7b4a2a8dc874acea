// head-pose (guide scenario 2): FaceTec rejects a head turned more than about 15°.
import { ANGLE_LIMIT_DEG } from '../../figures/facts';
import type { MessageKey } from '../../i18n/translate';
import { worstAngle } from '../../vision/pose';
import type { FrameMetrics } from '../../vision/types';
import { defineCheck, type CauseText, type Finding } from '../define';
import type { Measurements } from '../row';
import { frameJudging, high, med, num, ok, paramsOf, skip } from './judging';
import { VISION_SKIP_TEXT } from './skips';

/** Head pose in degrees. */
export const POSE = {
  failDeg: ANGLE_LIMIT_DEG,
  /** Beyond 10° FaceTec's own oval already asks to straighten up: warn before it costs an attempt. */
  warnDeg: 10,
  /**
   * Pitch read from a single camera is the least certain angle: the canonical face's "level" depends
   * on face shape and camera height. Photos a person calls frontal read -16°…+10° here, so pitch
   * gets 5° more room before it warns or fails.
   */
  pitchWarnDeg: 15,
  pitchFailDeg: 20,
} as const;

export function judgePose(m: FrameMetrics): Finding {
  if (m.yaw === undefined || m.pitch === undefined || m.roll === undefined) return skip('no-matrix');
  // Pitch has its own, wider limits (POSE); the worst axis relative to its limit names the problem.
  const sideways = worstAngle({ yaw: m.yaw, pitch: 0, roll: m.roll });
  const axis = Math.abs(m.yaw) >= Math.abs(m.roll) ? 'turned' : 'rolled';
  const turned = high(sideways, POSE.warnDeg, POSE.failDeg, axis);
  const nodded = high(Math.abs(m.pitch), POSE.pitchWarnDeg, POSE.pitchFailDeg, 'tilted');
  if (turned?.status === 'fail' || (turned && nodded?.status !== 'fail')) return turned;
  return nodded ?? ok;
}

/**
 * A direction-dependent pose message: `positive` when the angle is above 0. Signs (pose.ts):
 * yaw > 0 the nose points to the image's right, i.e. the user looks to their own left; pitch > 0
 * the chin is raised; roll > 0 the head leans to the image's right, the user's left shoulder.
 */
function direction(angle: 'yaw' | 'pitch' | 'roll', positive: [MessageKey, MessageKey], negative: [MessageKey, MessageKey]): CauseText {
  const pick = (m: Measurements) => (num(m, angle) > 0 ? positive : negative);
  const params = (m: Measurements) => ({ ...paramsOf(m), angle: Math.abs(num(m, angle)) });
  return {
    summary: (m) => ({ key: pick(m)[0], params: params(m) }),
    fix: (m) => ({ key: pick(m)[1], params: params(m) }),
  };
}

export const HEAD_POSE = defineCheck({
  id: 'head-pose',
  family: 'vision',
  causes: ['turned', 'tilted', 'rolled'],
  text: {
    ...VISION_SKIP_TEXT,
    turned: direction('yaw', ['vision.head-pose.turned.left', 'vision.head-pose.turned.left.fix'], ['vision.head-pose.turned.right', 'vision.head-pose.turned.right.fix']),
    tilted: direction('pitch', ['vision.head-pose.tilted.up', 'vision.head-pose.tilted.up.fix'], ['vision.head-pose.tilted.down', 'vision.head-pose.tilted.down.fix']),
    rolled: direction('roll', ['vision.head-pose.rolled.left', 'vision.head-pose.rolled.fix'], ['vision.head-pose.rolled.right', 'vision.head-pose.rolled.fix']),
  },
  topic: 2,
  tier: 3,
  live: 3,
  shown: { yaw: 'number', pitch: 'number', roll: 'number' },
  ticks: ['app-pose'],
  window: frameJudging({
    frame: judgePose,
    measure: (f) => ({ yaw: med(f, (m) => m.yaw), pitch: med(f, (m) => m.pitch), roll: med(f, (m) => m.roll) }),
    passKey: 'vision.head-pose.ok',
  }),
});
