// Frames of a webcam still settling its exposure are not judged; a still camera loses nothing; settling never
// outlasts its bound, and a later change of light is judged.
import { describe, expect, it } from 'vitest';
import { SETTLING, SettlingWatch } from '../../../src/vision/settling';

/** Which frames (every 66 ms, with these picture means) are settling. */
function settlingOf(lumas: number[]): boolean[] {
  const watch = new SettlingWatch();
  return lumas.map((luma, i) => watch.settling(i * 66, luma));
}

describe('SettlingWatch', () => {
  it('a still camera never settles, not even its first frame', () => {
    expect(settlingOf([120, 120.2, 119.9, 120.1, 120])).toEqual([false, false, false, false, false]);
  });

  it('an exposure ramp is skipped until the step falls to the limit, then everything is judged', () => {
    const s = SETTLING.stepLuma;
    // Just over the limit is still settling; a step of exactly the limit is settled; the drop to 40 later is judged.
    expect(settlingOf([60, 66, 72, 78, 78 + s + 0.1, 78 + 2 * s + 0.1, 80, 40])).toEqual([false, true, true, true, true, false, false, false]);
  });

  it('never waits past its bound for a picture that keeps moving', () => {
    const moving = Array.from({ length: 40 }, (_, i) => 60 + 3 * i);
    const flags = settlingOf(moving);
    const lastSettling = flags.lastIndexOf(true);
    expect(lastSettling * 66).toBeLessThanOrEqual(SETTLING.maxMs);
    expect((lastSettling + 1) * 66).toBeGreaterThan(SETTLING.maxMs);
    expect(flags.slice(lastSettling + 1).every((f) => !f)).toBe(true);
  });
});
