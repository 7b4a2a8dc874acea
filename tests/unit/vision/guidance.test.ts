import { describe, expect, it } from 'vitest';
import { guidanceFor } from '../../../src/vision/guidance';
import type { FrameMetrics } from '../../../src/vision/types';
import { goodMetrics } from './helpers';

describe('guidanceFor: one instruction, the most important first, in the user’s own left/right', () => {
  it.each<[string, number, Partial<FrameMetrics> | null, boolean, string]>([
    ['nobody', 0, null, false, 'vision.guide.findFace'],
    ['two faces', 2, {}, false, 'vision.guide.onlyYou'],
    ['all good', 1, {}, true, 'vision.guide.good'],
    ['face at the image’s right = the user’s left: move right', 1, { centreX: 0.75, offCentre: 0.25 }, false, 'vision.guide.moveRight'],
    ['face at the image’s left: move left', 1, { centreX: 0.2, offCentre: 0.3, cutOff: true }, false, 'vision.guide.moveLeft'],
    ['face low in the frame', 1, { centreY: 0.75, offCentre: 0.25 }, false, 'vision.guide.moveUp'],
    ['too close beats a turned head', 1, { distanceCm: 20, yaw: 30 }, false, 'vision.guide.moveBack'],
    ['too far', 1, { distanceCm: 80 }, false, 'vision.guide.moveCloser'],
    ['nose to the image’s right (looking to their left): turn right', 1, { yaw: 25 }, false, 'vision.guide.turnRight'],
    ['looking to their right: turn left', 1, { yaw: -25 }, false, 'vision.guide.turnLeft'],
    ['chin raised', 1, { pitch: 22 }, false, 'vision.guide.chinDown'],
    ['chin lowered', 1, { pitch: -22 }, false, 'vision.guide.chinUp'],
    ['head rolled', 1, { roll: 20 }, false, 'vision.guide.levelHead'],
    ['a slight turn keeps the frame green', 1, { yaw: 12 }, true, 'vision.guide.turnRight'],
    ['backlit', 1, { backlightRatio: 3 }, true, 'vision.guide.backlit'],
    ['dark', 1, { faceMean: 30 }, true, 'vision.guide.moreLight'],
    ['washed out', 1, { faceMean: 240 }, true, 'vision.guide.lessLight'],
    ['side-lit', 1, { uniformity: 0.3 }, true, 'vision.guide.faceLight'],
    ['eyes closed', 1, { blink: 0.9 }, true, 'vision.guide.openEyes'],
    ['blurred', 1, { sharpness: 0.05 }, true, 'vision.guide.holdStill'],
  ])('%s', (_name, faces, overrides, frameOk, instruction) => {
    expect(guidanceFor(faces, overrides ? goodMetrics(overrides) : undefined)).toEqual({ frameOk, instruction });
  });
});
