// timing: the guide's pass rates by local time of day (third-party figures, src/figures/facts.ts):
// daytime 09–18 91 %, evening 18–23 87 %, late night 23–06 73 %, best 10–16. The guide gives no
// figure for 06–09, so none is invented: the row says so and points to daylight. It is context,
// never a failure: late night warns gently (cause 'late-night'); the evening dip is too small to
// warn about (the lighting checks measure the light itself).
import { BEST_HOURS, DAY_PERIODS, type DayPeriod } from '../../figures/facts';
import type { Message, MessageKey } from '../../i18n/translate';
import { defineCheck, sayCause } from '../define';
import type { Row, SkipCause } from '../row';

const fixed = (key: MessageKey) => (): Message => ({ key });

export const TIMING = defineCheck({
  id: 'timing',
  family: 'environment',
  causes: ['late-night'],
  text: {
    'late-night': { summary: fixed('checks.timing.lateNight'), fix: fixed('checks.timing.lateNightFix') },
    'not-judgeable': { summary: fixed('checks.timing.unknown') },
  },
  topic: 1,
  ticks: ['env-time'],
});

export type { DayPeriod };

/** The guide's period for a local hour (0–23); periods are [from, to) and late night wraps midnight. */
export function periodOf(hour: number): DayPeriod {
  for (const [period, { from, to }] of Object.entries(DAY_PERIODS) as [DayPeriod, { from: number; to: number }][]) {
    const inside = from < to ? hour >= from && hour < to : hour >= from || hour < to;
    if (inside) return period;
  }
  return 'late-night'; // unreachable: the four periods cover the day
}

/** The pass row's words by period; late night never passes (its words are the cause's, above). */
const SUMMARY: Record<Exclude<DayPeriod, 'late-night'>, MessageKey> = {
  daytime: 'checks.timing.daytime',
  evening: 'checks.timing.evening',
  'early-morning': 'checks.timing.earlyMorning',
};

export function timingCheck(now: Date = new Date()): Row<'timing', (typeof TIMING.causes)[number] | SkipCause> {
  const hour = now instanceof Date ? now.getHours() : NaN;
  if (!Number.isInteger(hour)) {
    return { id: 'timing', status: 'skip', cause: 'not-judgeable', ...sayCause(TIMING, 'not-judgeable') };
  }
  const period = periodOf(hour);
  const rate = DAY_PERIODS[period].rate;
  const best = hour >= BEST_HOURS.from && hour < BEST_HOURS.to;
  // Figures (rates, hours) come from FACT_PARAMS at render time; only what varies is passed.
  const measured = { hour, period, bestWindow: best, ...(rate === null ? {} : { passRate: rate }) };
  if (period === 'late-night') {
    return { id: 'timing', status: 'warn', cause: 'late-night', ...sayCause(TIMING, 'late-night', measured), measured };
  }
  const key = best ? 'checks.timing.best' : SUMMARY[period];
  return { id: 'timing', status: 'pass', summary: { key }, measured };
}
