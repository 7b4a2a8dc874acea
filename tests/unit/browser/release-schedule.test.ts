import { describe, expect, it } from 'vitest';
import { estimateStableMajor } from '../../../src/browser/release-schedule';

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
