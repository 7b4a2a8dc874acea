// With no network we cannot ask which version is current, so we estimate it from the release
// calendar: a known stable release plus the fixed cadence that followed it. Both vendors moved
// from four-week to two-week majors in 2026, so each schedule is a list of eras.
//   Chrome: 144 stable 2026-01-13 (four-week cadence since M94); Google's announcement: two-week
//           cadence from Chrome 153 on 2026-09-08 (desktop, Android, iOS).
//   Firefox: 120 released 2023-11-21 (four-week cadence); two-week cadence from 154 on
//           2026-08-18 (MDN release notes: 154 Aug 18, 155 Sep 1, 156 Sep 15 2026).
// Holidays sometimes stretch a cycle, so the estimate can run one or two majors ahead by the end of
// a year; the "outdated" rule therefore only warns at three or more majors behind.

export type ReleaseTrain = 'chromium' | 'firefox';

interface Era {
  major: number;
  /** UTC date of that major's stable release. */
  date: string;
  cadenceDays: number;
}

const SCHEDULES: Record<ReleaseTrain, readonly Era[]> = {
  chromium: [
    { major: 144, date: '2026-01-13', cadenceDays: 28 },
    { major: 153, date: '2026-09-08', cadenceDays: 14 },
  ],
  firefox: [
    { major: 120, date: '2023-11-21', cadenceDays: 28 },
    { major: 154, date: '2026-08-18', cadenceDays: 14 },
  ],
};

const DAY_MS = 86_400_000;

/**
 * The stable major expected on `now`, or undefined when `now` is not a usable date or falls
 * before the first known release (a wrong clock: better to say nothing than to guess).
 */
export function estimateStableMajor(train: ReleaseTrain, now: Date): number | undefined {
  const time = now instanceof Date ? now.getTime() : NaN;
  if (!Number.isFinite(time)) return undefined;
  const eras = SCHEDULES[train];
  let estimate: number | undefined;
  for (const era of eras) {
    const start = Date.parse(`${era.date}T00:00:00Z`);
    if (time < start) break;
    estimate = era.major + Math.floor((time - start) / DAY_MS / era.cadenceDays);
  }
  return estimate;
}
