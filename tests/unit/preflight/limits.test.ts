import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COACH, testCoachLimit, TEST_COACH_LIMIT_MS } from '../../../src/preflight/limits';

describe('testCoachLimit', () => {
  it('is the shorter test limit in a test build, unless the page asks for another', () => {
    expect(testCoachLimit(null)).toBe(TEST_COACH_LIMIT_MS);
    expect(TEST_COACH_LIMIT_MS).toBeLessThan(COACH.limitMs);
    expect(testCoachLimit('8000')).toBe(8000);
    expect(testCoachLimit('4500')).toBe(4500);
  });

  it('ignores a limit that is not a positive number', () => {
    for (const bad of ['', 'abc', '-5', '0', 'Infinity'])
      expect(testCoachLimit(bad)).toBe(TEST_COACH_LIMIT_MS);
  });

  it('the eval and the bench measure the product limit, not the test build one', () => {
    for (const script of ['scripts/eval.mjs', 'scripts/bench.mjs']) {
      const text = readFileSync(resolve(import.meta.dirname, '../../..', script), 'utf8');
      expect(text, script).toContain(`preflight.html?coachLimitMs=${COACH.limitMs}`);
    }
  });
});
