import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COACH, coachLimitFor, TEST_COACH_LIMIT_MS } from '../../../src/preflight/limits';

describe('coachLimitFor', () => {
  it('is the product limit in a production build, whatever the page asks', () => {
    expect(coachLimitFor('?coachLimitMs=1000', false)).toBe(COACH.limitMs);
    expect(coachLimitFor('', false)).toBe(8000);
  });

  it('is the shorter test limit in a test build, unless the page asks for another', () => {
    expect(coachLimitFor('', true)).toBe(TEST_COACH_LIMIT_MS);
    expect(TEST_COACH_LIMIT_MS).toBeLessThan(COACH.limitMs);
    expect(coachLimitFor('?coachLimitMs=8000', true)).toBe(8000);
    expect(coachLimitFor('?pseudo&coachLimitMs=4500', true)).toBe(4500);
  });

  it('ignores a limit that is not a positive number', () => {
    for (const bad of ['?coachLimitMs=', '?coachLimitMs=abc', '?coachLimitMs=-5', '?coachLimitMs=0'])
      expect(coachLimitFor(bad, true)).toBe(TEST_COACH_LIMIT_MS);
  });

  it('the eval and the bench measure the product limit, not the test build one', () => {
    for (const script of ['scripts/eval.mjs', 'scripts/bench.mjs']) {
      const text = readFileSync(resolve(import.meta.dirname, '../../..', script), 'utf8');
      expect(text, script).toContain(`preflight.html?coachLimitMs=${COACH.limitMs}`);
    }
  });
});
