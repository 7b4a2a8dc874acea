import { describe, expect, it } from 'vitest';
import { verdictOf } from '../../../src/report/verdict';

describe('verdictOf', () => {
  it.each([
    [['pass', 'pass'], 'ready'],
    [['pass', 'skip'], 'ready'],
    [['pass', 'warn', 'skip'], 'caution'],
    [['warn', 'fail'], 'not-ready'],
    [['fail'], 'not-ready'],
    [[], 'ready'],
  ] as const)('%j → %s', (statuses, expected) => {
    expect(verdictOf(statuses.map((status) => ({ status })))).toBe(expected);
  });
});
