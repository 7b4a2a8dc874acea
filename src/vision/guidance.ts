// Live guidance: from the latest frame, whether the face frame is green, and the single most
// important thing to do, in the order that unblocks the rest (find the face, frame it, light it).
import type { MessageKey } from '../i18n/translate';
import { judgeBacklight, judgeDistance, judgeEyes, judgeLighting, judgePose, judgePosition, judgeSharpness } from './judge';
import type { FrameMetrics } from './types';

export interface Guidance {
  /** Pose, distance and position are right: FaceTec's own oval would be satisfied. */
  frameOk: boolean;
  instruction: MessageKey;
}

/**
 * Directions are the user's own left and right. The raw frame is not mirrored: a face at the
 * image's right is displaced toward the user's left, and positive yaw means the nose points to
 * the image's right, i.e. the user looks to their left.
 */
export function guidanceFor(faceCount: number, m: FrameMetrics | undefined): Guidance {
  if (faceCount === 0 || !m) return { frameOk: false, instruction: 'vision.guide.findFace' };
  if (faceCount > 1) return { frameOk: false, instruction: 'vision.guide.onlyYou' };
  const position = judgePosition(m);
  const distance = judgeDistance(m);
  const pose = judgePose(m);
  const frameOk = position.status === 'pass' && distance.status === 'pass' && pose.status !== 'fail';
  const instruction = ((): MessageKey => {
    if (position.code === 'cut-off' || position.code === 'off-centre') {
      if (Math.abs(m.centreX - 0.5) >= Math.abs(m.centreY - 0.5)) {
        return m.centreX > 0.5 ? 'vision.guide.moveRight' : 'vision.guide.moveLeft';
      }
      return m.centreY > 0.5 ? 'vision.guide.moveUp' : 'vision.guide.moveDown';
    }
    if (distance.code === 'too-close') return 'vision.guide.moveBack';
    if (distance.code === 'too-far') return 'vision.guide.moveCloser';
    if (pose.code === 'turned') return (m.yaw ?? 0) > 0 ? 'vision.guide.turnRight' : 'vision.guide.turnLeft';
    if (pose.code === 'tilted') return (m.pitch ?? 0) > 0 ? 'vision.guide.chinDown' : 'vision.guide.chinUp';
    if (pose.code === 'rolled') return 'vision.guide.levelHead';
    const light = judgeLighting(m);
    if (judgeBacklight(m).status !== 'pass') return 'vision.guide.backlit';
    if (light.code === 'dark') return 'vision.guide.moreLight';
    if (light.code === 'bright') return 'vision.guide.lessLight';
    if (light.code === 'uneven') return 'vision.guide.faceLight';
    if (judgeEyes(m).status === 'fail') return 'vision.guide.openEyes';
    if (judgeSharpness(m).status === 'fail') return 'vision.guide.holdStill';
    return 'vision.guide.good';
  })();
  return { frameOk, instruction };
}
