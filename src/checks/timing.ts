// timing: the guide's pass rates by local time of day (third-party figures, src/figures/facts.ts):
// daytime 09–18 91 %, evening 18–23 87 %, late night 23–06 73 %, best 10–16. The guide gives no
// figure for 06–09, so none is invented: the row says so and points to daylight. It is context,
// never a failure: late night warns gently (cause 'late-night'); the evening dip is too small to
// warn about (the lighting checks measure the light itself).
import { BEST_HOURS, DAY_PERIODS, type DayPeriod } from '../figures/facts';
import type { CheckResult } from '../report/types';

export type { DayPeriod };

/** The guide's period for a local hour (0–23); periods are [from, to) and late night wraps midnight. */
export function periodOf(hour: number): DayPeriod {
  for (const [period, { from, to }] of Object.entries(DAY_PERIODS) as [DayPeriod, { from: number; to: number }][]) {
    const inside = from < to ? hour >= from && hour < to : hour >= from || hour < to;
    if (inside) return period;
  }
  return 'late-night'; // unreachable: the four periods cover the day
}

const SUMMARY: Record<DayPeriod, 'checks.timing.daytime' | 'checks.timing.evening' | 'checks.timing.lateNight' | 'checks.timing.earlyMorning'> = {
  daytime: 'checks.timing.daytime',
  evening: 'checks.timing.evening',
  'late-night': 'checks.timing.lateNight',
  'early-morning': 'checks.timing.earlyMorning',
};

export function timingCheck(now: Date = new Date()): CheckResult {
  const hour = now instanceof Date ? now.getHours() : NaN;
  if (!Number.isInteger(hour)) {
    return { id: 'timing', status: 'skip', cause: 'not-judgeable', summary: { key: 'checks.timing.unknown' } };
  }
  const period = periodOf(hour);
  const rate = DAY_PERIODS[period].rate;
  const best = hour >= BEST_HOURS.from && hour < BEST_HOURS.to;
  // Figures (rates, hours) come from FACT_PARAMS at render time; only what varies is passed.
  const measured = { hour, period, bestWindow: best, ...(rate === null ? {} : { passRate: rate }) };
  if (period === 'late-night') {
    return {
      id: 'timing',
      status: 'warn',
      cause: 'late-night',
      summary: { key: 'checks.timing.lateNight' },
      fix: { key: 'checks.timing.lateNightFix' },
      measured,
    };
  }
  const key = best ? 'checks.timing.best' : SUMMARY[period];
  return { id: 'timing', status: 'pass', summary: { key }, measured };
}
