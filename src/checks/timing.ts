// timing: the guide's pass rates by local time of day — daytime 91%, evening 87%, late night 73%,
// best between 10:00 and 16:00 (daylight and alertness). It is context, never a failure: late night
// warns gently, and the evening dip is too small to warn about (the lighting checks measure the
// light itself).
import type { CheckResult } from '../report/types';

export type DayPeriod = 'daytime' | 'evening' | 'late-night';

export const PERIOD_RATES: Record<DayPeriod, number> = { daytime: 91, evening: 87, 'late-night': 73 };
export const BEST_HOURS = { from: 10, to: 16 } as const;

/** Daytime 06–18, evening 18–22, late night 22–06 (local hours). */
export function periodOf(hour: number): DayPeriod {
  if (hour >= 6 && hour < 18) return 'daytime';
  if (hour >= 18 && hour < 22) return 'evening';
  return 'late-night';
}

export function timingCheck(now: Date = new Date()): CheckResult {
  const hour = now instanceof Date ? now.getHours() : NaN;
  if (!Number.isInteger(hour)) {
    return { id: 'timing', status: 'skip', cause: 'not-judgeable', summary: { key: 'checks.timing.unknown' } };
  }
  const period = periodOf(hour);
  const rate = PERIOD_RATES[period];
  const best = hour >= BEST_HOURS.from && hour < BEST_HOURS.to;
  const params = { rate, from: `${BEST_HOURS.from}:00`, to: `${BEST_HOURS.to}:00`, best: PERIOD_RATES.daytime };
  const measured = { hour, period, passRate: rate, bestWindow: best };
  if (period === 'late-night') {
    return { id: 'timing', status: 'warn', cause: 'late-night', summary: { key: 'checks.timing.lateNight', params }, fix: { key: 'checks.timing.lateNightFix', params }, measured };
  }
  const key = best ? 'checks.timing.best' : period === 'evening' ? 'checks.timing.evening' : 'checks.timing.daytime';
  return { id: 'timing', status: 'pass', summary: { key, params }, measured };
}
