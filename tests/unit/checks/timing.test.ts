// The timing row: the guide's time-of-day periods at both sides of every boundary, and no invented
// figure for 06:00–09:00.
import { describe, expect, it } from 'vitest';
import { periodOf, timingCheck } from '../../../src/checks/environment/timing';
import { createTranslator } from '../../../src/i18n/translate';
import { FACT_PARAMS } from '../../../src/figures/facts';

describe('timing (never a failure): the guide\'s periods at their boundaries', () => {
  const at = (hour: number, minute: number) => new Date(2026, 10, 27, hour, minute);
  const en = createTranslator('en', FACT_PARAMS);
  it.each([
    // [hh, mm, period, status, summary key, pass rate or null (the guide has none)]
    [8, 59, 'early-morning', 'pass', 'checks.timing.earlyMorning', null],
    [9, 0, 'daytime', 'pass', 'checks.timing.daytime', 91],
    [9, 59, 'daytime', 'pass', 'checks.timing.daytime', 91],
    [10, 0, 'daytime', 'pass', 'checks.timing.best', 91],
    [15, 59, 'daytime', 'pass', 'checks.timing.best', 91],
    [16, 0, 'daytime', 'pass', 'checks.timing.daytime', 91],
    [17, 59, 'daytime', 'pass', 'checks.timing.daytime', 91],
    [18, 0, 'evening', 'pass', 'checks.timing.evening', 87],
    [22, 59, 'evening', 'pass', 'checks.timing.evening', 87],
    [23, 0, 'late-night', 'warn', 'checks.timing.lateNight', 73],
    [0, 0, 'late-night', 'warn', 'checks.timing.lateNight', 73],
    [5, 59, 'late-night', 'warn', 'checks.timing.lateNight', 73],
    [6, 0, 'early-morning', 'pass', 'checks.timing.earlyMorning', null],
  ] as const)('%i:%i → %s, %s', (hour, minute, period, status, key, rate) => {
    const check = timingCheck(at(hour, minute));
    expect(periodOf(hour)).toBe(period);
    expect(check).toMatchObject({ id: 'timing', status, summary: { key }, measured: { hour, period } });
    expect(check.measured?.passRate).toBe(rate ?? undefined);
    const text = en(check.summary);
    if (rate === null) {
      // No invented figure: no per cent at all, says the guide has none, and points to daylight.
      expect(text).not.toMatch(/%/);
      expect(text).toContain('no pass rate');
      expect(text).toContain('Daylight');
    } else {
      expect(text).toContain(`${rate}%`);
    }
    expect(text).not.toMatch(/\{\w+\}/);
    if (status === 'warn') {
      expect(check.cause).toBe('late-night');
      expect(en(check.fix!)).toContain('10:00–16:00');
    } else {
      expect(check.cause).toBeUndefined();
    }
  });

  it('says the guide\'s hours: evening 18:00–23:00, late night 23:00–06:00', () => {
    expect(en(timingCheck(at(19, 0)).summary)).toContain('18:00–23:00');
    expect(en(timingCheck(at(23, 30)).summary)).toContain('23:00–06:00');
    expect(createTranslator('zh-CN', FACT_PARAMS)(timingCheck(at(7, 0)).summary)).toContain('06:00–09:00');
  });

  it('never fails at any hour, and skips without a clock', () => {
    for (let hour = 0; hour < 24; hour += 1) expect(timingCheck(at(hour, 30)).status).not.toBe('fail');
    expect(timingCheck(new Date('nope'))).toMatchObject({ status: 'skip', cause: 'not-judgeable' });
  });
});
