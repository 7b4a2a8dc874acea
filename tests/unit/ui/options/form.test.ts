import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../src/storage/settings';
import { parseForm, toForm } from '../../../../src/ui/options/form';

describe('options form → settings', () => {
  const base = toForm(DEFAULT_SETTINGS);

  it('round-trips the defaults', () => {
    expect(parseForm(base)).toEqual({ settings: DEFAULT_SETTINGS });
  });

  it.each([
    ['3', '12', { attemptLimit: 3, lockHours: 12 }],
    [' 20 ', '168', { attemptLimit: 20, lockHours: 168 }],
  ])('accepts limit %j and hours %j', (attemptLimit, lockHours, expected) => {
    expect(parseForm({ ...base, attemptLimit, lockHours })).toEqual({ settings: { ...DEFAULT_SETTINGS, ...expected } });
  });

  it.each([['0'], ['21'], ['2.5'], [''], ['five'], ['-3'], ['1e1']])('rejects limit %j with the allowed range', (attemptLimit) => {
    expect(parseForm({ ...base, attemptLimit })).toEqual({
      errors: { attemptLimit: { key: 'options.invalidNumber', params: { min: 1, max: 20 } } },
    });
  });

  it('reports both fields at once', () => {
    const result = parseForm({ ...base, attemptLimit: 'x', lockHours: '0' });
    expect(Object.keys('errors' in result ? result.errors : {})).toEqual(['attemptLimit', 'lockHours']);
  });
});
