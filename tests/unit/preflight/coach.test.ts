import { describe, expect, it } from 'vitest';
import { coach, frameGood, heldGood, trailingWindow, type TimedFrame } from '../../../src/preflight/coach';
import { COACH } from '../../../src/preflight/limits';
import { fixFirst } from '../../../src/report/fix-order';
import { visionChecks } from '../../../src/checks/vision/window';
import { goodMetrics } from '../vision/helpers';

const camera = { width: 640, height: 480, frameRate: 15 };
/** `n` frames `every` ms apart, each made by `make(i)`. */
const run = (n: number, every: number, make: (i: number) => Omit<TimedFrame, 'at'>): TimedFrame[] =>
  Array.from({ length: n }, (_, i) => ({ ...make(i), at: i * every }));
const good = () => ({ faceCount: 1, metrics: goodMetrics() });
const dark = () => ({ faceCount: 1, metrics: goodMetrics({ faceMean: 30 }) });

describe('trailingWindow', () => {
  it('keeps the last holdMs of frames', () => {
    const frames = run(40, 50, good); // 2 s at 20 fps
    const window = trailingWindow(frames);
    expect(window.length).toBe(21); // 1000 ms back, both ends included
    expect(window[0]!.at).toBe(frames[39]!.at - COACH.holdMs);
  });
  it('never fewer than minFrames, even when frames come slowly', () => {
    const frames = run(20, 250, good); // 4 fps
    expect(trailingWindow(frames)).toHaveLength(COACH.minFrames);
  });
});

describe('heldGood: the last 12 frames (COACH.holdFrames), however long they took', () => {
  it('not before the 12th frame, however fast they came', () => {
    expect(COACH.holdFrames).toBe(12);
    expect(heldGood(run(11, 33, good))).toBe(false); // 330 ms at 30 fps
    expect(heldGood(run(12, 33, good))).toBe(true); // 363 ms: the frames are the evidence, not the clock
  });
  it('a slow camera ends on its 12th frame, not on the limit', () => {
    expect(heldGood(run(11, 200, good))).toBe(false);
    expect(heldGood(run(12, 200, good))).toBe(true);
  });
  it('one bad frame in the last 12 does not reset the hold; three do (80 % must be good)', () => {
    expect(heldGood(run(20, 66, (i) => (i === 15 ? dark() : good())))).toBe(true);
    expect(heldGood(run(20, 66, (i) => (i === 15 || i === 17 ? dark() : good())))).toBe(true); // 10/12 = 83 %
    expect(heldGood(run(20, 66, (i) => (i >= 14 && i <= 16 ? dark() : good())))).toBe(false); // 9/12 = 75 %
    expect(heldGood(run(20, 66, (i) => (i >= 14 ? dark() : good())))).toBe(false);
  });
  it('two faces or none are never good', () => {
    expect(frameGood({ faceCount: 2, metrics: goodMetrics() })).toBe(false);
    expect(frameGood({ faceCount: 0 })).toBe(false);
  });
});

describe('coach: the instruction and the report come from the same judgement', () => {
  it('ends early on a good set-up, with nothing to fix', () => {
    expect(coach(run(11, 66, good), camera, 0).done).toBe(false);
    const c = coach(run(12, 66, good), camera, 0);
    expect(c.done).toBe(true);
    expect(c.timeUp).toBe(false);
    expect(c.focus).toBeUndefined();
    expect(c.frameOk).toBe(true);
  });
  it('keeps coaching a dark face until the limit; the instruction is the report\'s first fix', () => {
    const frames = run(60, 66, dark);
    const c = coach(frames, camera, 0);
    expect(c.done).toBe(false);
    expect(c.focus).toBe('lighting');
    expect(c.instruction.key).toBe('vision.guide.moreLight');
    expect(fixFirst(visionChecks({ frames: trailingWindow(frames), camera }))[0]?.id).toBe(c.focus);
    const late = run(123, 66, dark); // last frames at 7.986 s and 8.052 s
    expect(coach(late.slice(0, 122), camera, 0).done).toBe(false);
    expect(coach(late, camera, 0).done).toBe(true);
    // A shorter limit (test builds) ends the same bad run at its own limit, just either side of it.
    expect(coach(late.slice(0, 46), camera, 0, undefined, 3000).done).toBe(false); // last frame at 2.970 s
    expect(coach(late.slice(0, 47), camera, 0, undefined, 3000).done).toBe(true); // 3.036 s
    // timeUp says why it ended: the limit, not a held set-up (a test build may coach on to it on purpose).
    expect(coach(late.slice(0, 46), camera, 0, undefined, 3000).timeUp).toBe(false);
    expect(coach(late.slice(0, 47), camera, 0, undefined, 3000).timeUp).toBe(true);
  });
  it('a second face: "only you", whatever else is wrong', () => {
    const c = coach(run(20, 66, (i) => (i % 2 ? { faceCount: 2 } : dark())), camera, 0);
    expect(c.focus).toBe('face-count');
    expect(c.instruction.key).toBe('vision.guide.onlyYou');
  });
  it('nobody found in a picture too dark to find a face in: more light, not "find your face"', () => {
    const darkRoom = coach(run(20, 66, () => ({ faceCount: 0, sceneLuma: 12 })), camera, 0);
    expect(darkRoom.focus).toBe('lighting');
    expect(darkRoom.instruction.key).toBe('vision.guide.moreLight');
    const emptyRoom = coach(run(20, 66, () => ({ faceCount: 0, sceneLuma: 120 })), camera, 0);
    expect(emptyRoom.focus).toBe('face-count');
    expect(emptyRoom.instruction.key).toBe('vision.guide.findFace');
  });
  it('too close: move back (directions from the same window)', () => {
    const c = coach(run(20, 66, () => ({ faceCount: 1, metrics: goodMetrics({ distanceCm: 20 }) })), camera, 0);
    expect(c.focus).toBe('distance');
    expect(c.instruction.key).toBe('vision.guide.moveBack');
    expect(c.frameOk).toBe(false);
  });
});
