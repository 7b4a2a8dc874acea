import { describe, expect, it } from 'vitest';
import { aggregateFindings } from '../../../src/checks/vision/judging';
import type { Finding } from '../../../src/checks/define';
import { median, medianMotion, mode, share } from '../../../src/vision/aggregate';

const f = (status: Finding['status'], code = status === 'pass' ? 'ok' : 'x'): Finding => ({ status, code });

describe('median / share / mode', () => {
  it.each([
    [[], undefined],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[1, NaN, Infinity, 3], 2],
  ])('median(%j) = %s', (values, expected) => expect(median(values)).toBe(expected));

  it('share counts the fraction matching', () => {
    expect(share([1, 2, 3, 4], (v) => v > 2)).toBe(0.5);
    expect(share([], () => true)).toBe(0);
  });

  it('mode picks the most frequent, first seen on a tie', () => {
    expect(mode(['a', 'b', 'b'])).toBe('b');
    expect(mode(['a', 'b'])).toBe('a');
    expect(mode([])).toBeUndefined();
  });
});

describe('aggregateFindings: one odd frame does not decide', () => {
  it.each<[string, Finding[], Finding]>([
    ['all pass', Array(10).fill(f('pass')), f('pass')],
    ['one failing frame of ten', [f('fail', 'dark'), ...Array(9).fill(f('pass'))], f('pass')],
    ['half failing', [...Array(5).fill(f('fail', 'dark')), ...Array(5).fill(f('pass'))], f('fail', 'dark')],
    ['fails and warns together reach half: warn', [...Array(3).fill(f('fail', 'dark')), ...Array(2).fill(f('warn', 'uneven')), ...Array(5).fill(f('pass'))], f('warn', 'dark')],
    ['majority code wins', [...Array(4).fill(f('fail', 'yaw')), ...Array(2).fill(f('fail', 'roll'))], f('fail', 'yaw')],
    ['skipped frames do not vote', [...Array(8).fill(f('skip', 'no-matrix')), f('fail', 'yaw'), f('fail', 'yaw')], f('fail', 'yaw')],
    ['all skipped is skip with the reason', Array(4).fill(f('skip', 'no-matrix')), f('skip', 'no-matrix')],
    ['no frames at all', [], f('skip', 'no-frames')],
  ])('%s', (_name, findings, expected) => expect(aggregateFindings(findings)).toEqual(expected));
});

describe('medianMotion', () => {
  it.each([
    ['still', [0, 0, 0, 0].map(() => ({ x: 0.5, y: 0.5, width: 0.3 })), 0],
    ['drifting 0.03 per frame with width 0.3', [0, 1, 2, 3].map((i) => ({ x: 0.5 + 0.03 * i, y: 0.5, width: 0.3 })), 0.1],
    ['one frame only', [{ x: 0.5, y: 0.5, width: 0.3 }], undefined],
  ])('%s', (_name, centres, expected) => {
    const motion = medianMotion(centres, 4 / 3);
    if (expected === undefined) expect(motion).toBeUndefined();
    else expect(motion).toBeCloseTo(expected, 6);
  });
});
