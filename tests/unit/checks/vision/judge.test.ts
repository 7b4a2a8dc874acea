import { describe, expect, it } from 'vitest';
import { judgeBackground } from '../../../../src/checks/vision/background';
import { judgeBacklight } from '../../../../src/checks/vision/backlight';
import { judgeDistance } from '../../../../src/checks/vision/distance';
import { judgeEyes } from '../../../../src/checks/vision/eyes-open';
import { judgeGlare } from '../../../../src/checks/vision/glare';
import { judgeLighting } from '../../../../src/checks/vision/lighting';
import { judgeOcclusion } from '../../../../src/checks/vision/occlusion';
import { judgePose } from '../../../../src/checks/vision/head-pose';
import { judgePosition } from '../../../../src/checks/vision/face-position';
import { judgeSharpness } from '../../../../src/checks/vision/sharpness';
import type { FrameMetrics } from '../../../../src/vision/types';
import { goodMetrics } from '../../vision/helpers';

type Row = [string, Partial<FrameMetrics>, string, string];
const run = (judge: (m: FrameMetrics) => { status: string; code: string }, rows: Row[]) =>
  it.each(rows)('%s', (_name, overrides, status, code) => expect(judge(goodMetrics(overrides))).toEqual({ status, code }));

describe('judgePose (guide scenario 2: over 15° fails)', () => {
  run(judgePose, [
    ['frontal', {}, 'pass', 'ok'],
    ['yaw 9.9', { yaw: 9.9 }, 'pass', 'ok'],
    ['yaw 12 warns', { yaw: -12 }, 'warn', 'turned'],
    ['yaw 15.1 fails', { yaw: 15.1 }, 'fail', 'turned'],
    ['pitch 14 passes (pitch has wider limits)', { pitch: -14 }, 'pass', 'ok'],
    ['pitch 17 warns', { pitch: 17 }, 'warn', 'tilted'],
    ['pitch 21 fails', { pitch: 21 }, 'fail', 'tilted'],
    ['pitch failing beats a yaw warning', { yaw: 12, pitch: 25 }, 'fail', 'tilted'],
    ['roll 25 fails over a smaller yaw', { yaw: 12, roll: -25 }, 'fail', 'rolled'],
    ['no matrix', { yaw: undefined }, 'skip', 'no-matrix'],
  ]);
});

describe('judgeDistance (30–50 cm pass, < 25 cm distortion)', () => {
  run(judgeDistance, [
    ['40 cm', { distanceCm: 40 }, 'pass', 'ok'],
    ['30 cm', { distanceCm: 30 }, 'pass', 'ok'],
    ['27 cm', { distanceCm: 27 }, 'warn', 'too-close'],
    ['20 cm', { distanceCm: 20 }, 'fail', 'too-close'],
    ['55 cm', { distanceCm: 55 }, 'warn', 'too-far'],
    ['80 cm', { distanceCm: 80 }, 'fail', 'too-far'],
    ['unmeasurable', { distanceCm: Infinity }, 'skip', 'no-eyes'],
  ]);
});

describe('judgePosition', () => {
  run(judgePosition, [
    ['centred', {}, 'pass', 'ok'],
    ['cut off', { cutOff: true, offCentre: 0.3 }, 'fail', 'cut-off'],
    ['off centre', { offCentre: 0.2 }, 'warn', 'off-centre'],
    ['eyes tilted is head roll (head-pose), not position', { eyeTiltDeg: 10 }, 'pass', 'ok'],
  ]);
});

describe('judgeLighting (OFIQ-style luminance and exposure)', () => {
  run(judgeLighting, [
    ['well lit', {}, 'pass', 'ok'],
    ['dark', { faceMean: 40 }, 'fail', 'dark'],
    ['dim', { faceMean: 70 }, 'warn', 'dark'],
    ['washed out', { faceMean: 225 }, 'fail', 'bright'],
    ['bright', { faceMean: 200 }, 'warn', 'bright'],
    ['clipped highlights', { overShare: 0.3 }, 'fail', 'bright'],
    ['deep shadows', { underShare: 0.15 }, 'warn', 'dark'],
    ['one side much darker', { uniformity: 0.3 }, 'fail', 'uneven'],
    ['slightly uneven', { uniformity: 0.5 }, 'warn', 'uneven'],
    ['an orange bulb', { colourCast: 1 }, 'warn', 'colour-cast'],
    ["a screen's blue glow", { colourCast: -0.7 }, 'warn', 'colour-cast'],
    ['a warm-white lamp', { colourCast: 0.2 }, 'pass', 'ok'],
    ['dark first, then the cast', { colourCast: 1, faceMean: 40 }, 'fail', 'dark'],
    ['uneven first, then the cast', { colourCast: 1, uniformity: 0.5 }, 'warn', 'uneven'],
  ]);
});

describe('the other per-frame judges', () => {
  run(judgeBacklight, [
    ['even', { backlightRatio: 1.1 }, 'pass', 'ok'],
    ['bright window', { backlightRatio: 1.7 }, 'warn', 'backlit'],
    ['silhouette', { backlightRatio: 2.5 }, 'fail', 'backlit'],
  ]);
  run(judgeSharpness, [
    ['sharp', { sharpness: 0.5 }, 'pass', 'ok'],
    ['soft', { sharpness: 0.19 }, 'warn', 'blurry'],
    ['blurry', { sharpness: 0.1 }, 'fail', 'blurry'],
  ]);
  run(judgeEyes, [
    ['open', { blink: 0.1 }, 'pass', 'ok'],
    ['narrowed', { blink: 0.5 }, 'warn', 'closed'],
    ['closed', { blink: 0.9 }, 'fail', 'closed'],
    ['no blendshapes and no landmarks', { blink: undefined, eyeAspect: undefined }, 'skip', 'no-blendshapes'],
    ['lids shut by the landmarks though the blendshape reads open', { blink: 0.2, eyeAspect: 0.06 }, 'fail', 'closed'],
    ['a narrow but open eye is not called shut', { blink: 0.2, eyeAspect: 0.19 }, 'pass', 'ok'],
    ['landmarks only, open', { blink: undefined, eyeAspect: 0.3 }, 'pass', 'ok'],
  ]);
  run(judgeOcclusion, [
    ['uncovered', {}, 'pass', 'ok'],
    ['dark glasses', { eyeBandRatio: 0.3 }, 'fail', 'eyes'],
    ['mask', { lowerFaceChroma: 0.2 }, 'fail', 'lower-face'],
    ['hair over forehead', { foreheadRatio: 0.4 }, 'warn', 'forehead'],
    ['hair over one eye', { eyeBalance: 0.2 }, 'warn', 'hair-over-eye'],
    ['a hat brim shading forehead and eyes', { foreheadRatio: 0.3, eyeBandRatio: 0.5, foreheadTexture: 1.2 }, 'warn', 'hat'],
    // precedence: one dark eye reads as hair, not sunglasses, though the eye band alone would fail `eyes`
    ['hair over one eye darkens the eye band', { eyeBalance: 0.2, eyeBandRatio: 0.4 }, 'warn', 'hair-over-eye'],
    // ...and as hair, not a hat, when it also darkens the forehead (a side-swept fringe)
    ['hair over one eye and the forehead', { eyeBalance: 0.2, eyeBandRatio: 0.5, foreheadRatio: 0.3, foreheadTexture: 1 }, 'warn', 'hair-over-eye'],
    // a brim's shadow is a hat, not sunglasses, though its eye band is under the eyes limit
    ['a brim darkens the eye band under the eyes limit', { foreheadRatio: 0.3, eyeBandRatio: 0.44, foreheadTexture: 1 }, 'warn', 'hat'],
    // sunglasses: both eyes dark, the forehead lit, stay `eyes`
    ['dark glasses, both eyes dark', { eyeBandRatio: 0.3, eyeBalance: 0.6, brighterEye: 0.3 }, 'fail', 'eyes'],
    ['dark glasses, one lens darker', { eyeBandRatio: 0.3, eyeBalance: 0.2, brighterEye: 0.3 }, 'fail', 'eyes'],
    // a hat over a mask: the mask's fail first (it is what blocks the check); a hat over a mild lower-face warn: the hat
    ['a hat and a mask', { foreheadRatio: 0.3, eyeBandRatio: 0.5, foreheadTexture: 1, lowerFaceChroma: 0.2 }, 'fail', 'lower-face'],
    ['a hat and a lower face that only warns', { foreheadRatio: 0.3, eyeBandRatio: 0.5, foreheadTexture: 1, lowerFaceChroma: 0.1 }, 'warn', 'hat'],
  ]);
  run(judgeGlare, [
    ['catchlights only', { glareShare: 0.01 }, 'pass', 'ok'],
    ['reflections', { glareShare: 0.06 }, 'warn', 'glare'],
    ['lens glare', { glareShare: 0.2 }, 'fail', 'glare'],
  ]);
  run(judgeBackground, [
    ['plain wall', { clutter: 0.02 }, 'pass', 'ok'],
    ['busy shelf', { clutter: 0.3 }, 'warn', 'busy'],
  ]);
});

describe('a face cut off by the frame edge: pixel checks do not vote', () => {
  it.each([judgeLighting, judgeBacklight, judgeSharpness, judgeOcclusion, judgeGlare])('%o skips', (judge) =>
    expect(judge(goodMetrics({ cutOff: true, faceMean: 10 }))).toEqual({ status: 'skip', code: 'face-cut-off' }),
  );
});
