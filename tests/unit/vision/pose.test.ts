import { describe, expect, it } from 'vitest';
import { PITCH_SIGN, poseFromMatrix, worstAngle, YAW_SIGN, ROLL_SIGN } from '../../../src/vision/pose';
import { matrixOf } from './helpers';

describe('poseFromMatrix', () => {
  it.each([
    [0, 0, 0],
    [20, 0, 0],
    [-28, 3, -3],
    [0, -10.5, 4.5],
    [5, 12, -25],
    [-40, -20, 10],
  ])('recovers yaw %d, pitch %d, roll %d (with the calibrated signs)', (yaw, pitch, roll) => {
    const pose = poseFromMatrix(matrixOf(yaw, pitch, roll))!;
    expect(pose.yaw).toBeCloseTo(YAW_SIGN * yaw, 6);
    expect(pose.pitch).toBeCloseTo(PITCH_SIGN * pitch, 6);
    expect(pose.roll).toBeCloseTo(ROLL_SIGN * roll, 6);
  });

  it('ignores the translation column and rejects a short array', () => {
    const m = matrixOf(10, 0, 0);
    m[12] = 3;
    m[13] = -2;
    m[14] = -45;
    expect(poseFromMatrix(m)!.yaw).toBeCloseTo(10, 6);
    expect(poseFromMatrix([1, 0, 0])).toBeUndefined();
  });

  it.each([
    [{ yaw: 3, pitch: -17, roll: 2 }, 17],
    [{ yaw: -30, pitch: 5, roll: 2 }, 30],
    [{ yaw: 0, pitch: 0, roll: 0 }, 0],
  ])('worstAngle(%o) = %d', (pose, worst) => expect(worstAngle(pose)).toBe(worst));
});

// Raw readings of real photos (MediaPipe's own angles, before our signs), pinned so that flipping a
// sign in pose.ts fails here: each must give the direction a person sees and the matching instruction.
describe('pose signs on what real photos read', () => {
  it.each<[string, [number, number, number], 'yaw' | 'pitch' | 'roll', number]>([
    // stock-emotions-a-2: nose toward the image's right (the subject's left), raw yaw +28°.
    ['a-2 turned to her left', [28, -3, 3], 'yaw', 1],
    // its mirror image reads raw yaw -28°.
    ['a-2 mirrored, turned to the right', [-28, -3, 3], 'yaw', -1],
    // stock-teen-6: nostrils visible, chin raised, raw pitch -10.5°.
    ['teen-6 chin raised', [2.5, -10.5, 4.5], 'pitch', 1],
    // teen-6 tilted forward by ffmpeg perspective (chin-down-strong): raw pitch +5.3°.
    ['teen-6 tilted forward, chin lowered', [2.6, 5.3, 4.1], 'pitch', -1],
    // ffmpeg rotate=+25° (clockwise: the head leans to the image's right) reads raw roll -21°.
    ['rotated clockwise, leaning to the image right', [3.4, -10.3, -20.8], 'roll', 1],
  ])('%s', (_name, [yaw, pitch, roll], axis, sign) => {
    expect(Math.sign(poseFromMatrix(matrixOf(yaw, pitch, roll))![axis])).toBe(sign);
  });
});
