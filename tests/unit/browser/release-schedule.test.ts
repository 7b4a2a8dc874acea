import { describe, expect, it } from 'vitest';
import { estimateStableDate, estimateStableMajor, SCHEDULES } from '../../../src/browser/release-schedule';

// Real stable release dates (Chrome's announcement of two-week majors from 153; Firefox's release
// notes): the estimate must land on the major that actually shipped that day.
describe('estimateStableMajor', () => {
  it.each([
    ['chromium', '2026-01-13', 144],
    ['chromium', '2026-02-10', 145],
    ['chromium', '2026-09-07', 152],
    ['chromium', '2026-09-08', 153],
    ['chromium', '2026-09-22', 154],
    ['chromium', '2026-11-27', 158],
    ['firefox', '2023-11-21', 120],
    ['firefox', '2024-01-23', 122],
    ['firefox', '2025-04-29', 138],
    ['firefox', '2026-08-18', 154],
    ['firefox', '2026-09-15', 156],
    ['firefox', '2026-10-13', 158],
  ] as const)('%s on %s → %i', (train, date, major) => {
    expect(estimateStableMajor(train, new Date(`${date}T12:00:00Z`))).toBe(major);
  });

  it('says nothing for a clock before the calendar or an invalid date', () => {
    expect(estimateStableMajor('chromium', new Date('2020-01-01'))).toBeUndefined();
    expect(estimateStableMajor('firefox', new Date('nonsense'))).toBeUndefined();
  });
});

describe('estimateStableDate (the inverse: the day a major is expected)', () => {
  it.each([
    ['chromium', 144, '2026-01-13'],
    ['chromium', 152, '2026-08-25'], // the last four-week major
    ['chromium', 153, '2026-09-08'],
    ['chromium', 156, '2026-10-20'],
    ['firefox', 154, '2026-08-18'],
  ] as const)('%s %i → %s', (train, major, day) => {
    expect(estimateStableDate(train, major)?.toISOString().slice(0, 10)).toBe(day);
  });

  it('round-trips with estimateStableMajor on every major of both trains, and not a day earlier', () => {
    for (const train of Object.keys(SCHEDULES) as (keyof typeof SCHEDULES)[]) {
      for (let major = SCHEDULES[train][0]!.major; major < 200; major++) {
        const day = estimateStableDate(train, major)!;
        expect(estimateStableMajor(train, new Date(day.getTime() + 12 * 3_600_000))).toBe(major);
        // Not across an era's start: the four-week estimate can run ahead of the real date the next era begins.
        if (!SCHEDULES[train].some((era) => era.major === major)) expect(estimateStableMajor(train, new Date(day.getTime() - 12 * 3_600_000))).toBe(major - 1);
      }
    }
  });

  it('knows nothing before the first era', () => {
    expect(estimateStableDate('chromium', 100)).toBeUndefined();
  });
});
