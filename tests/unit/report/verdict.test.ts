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

  it.each(['camera', 'model', 'stalled'] as const)('a run that ended in the %s error is not ready even when every check that ran passed', (error) => {
    expect(verdictOf([{ status: 'pass' }], error)).toBe('not-ready');
    expect(verdictOf([], error)).toBe('not-ready');
    expect(verdictOf([{ status: 'pass' }], undefined)).toBe('ready');
  });
});
