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
  /** Where the date comes from, and when it was read. */
  source: string;
}

export const SCHEDULES: Record<ReleaseTrain, readonly Era[]> = {
  chromium: [
    { major: 144, date: '2026-01-13', cadenceDays: 28, source: 'Chrome Releases blog: Chrome 144 stable, 2026-01-13' },
    { major: 153, date: '2026-09-08', cadenceDays: 14, source: "Google's announcement: two-week majors from Chrome 153, 2026-09-08" },
  ],
  firefox: [
    { major: 120, date: '2023-11-21', cadenceDays: 28, source: 'Firefox 120.0 release notes, 2023-11-21' },
    { major: 154, date: '2026-08-18', cadenceDays: 14, source: 'MDN Firefox release notes: 154 on 2026-08-18, 155 on 09-01, 156 on 09-15' },
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

/**
 * Firefox ESR majors: a whole year's branch that gets security fixes without new majors, so an ESR
 * major is current from its release until its end of life, however far the rapid train has moved.
 * Each ESR overlaps the next by about three months (its last point release ships with the next
 * ESR's third). Dates: Mozilla's release notes and release calendar (whattrainisitnow.com), as read
 * on the dates given; an end of life still ahead when read is the calendar's planned date.
 */
export interface EsrBranch {
  major: number;
  released: string;
  endOfLife: string;
  /** Where the dates come from, and when they were read. */
  source: string;
}

export const FIREFOX_ESR: readonly EsrBranch[] = [
  { major: 115, released: '2023-07-04', endOfLife: '2024-10-01', source: "Mozilla's release calendar via endoflife.date, as of 2025-05 (Windows 7–8.1 / macOS 10.12–10.14 builds were extended separately)" },
  { major: 128, released: '2024-07-09', endOfLife: '2025-09-16', source: "Mozilla's release calendar via endoflife.date, as of 2025-05 (ends with 140.3)" },
  { major: 140, released: '2025-06-24', endOfLife: '2026-10-13', source: 'release: Firefox 140 notes; end of life estimated like 128 (three four-week cycles after the next ESR, 153)' },
  { major: 153, released: '2026-07-21', endOfLife: '2027-10-12', source: 'release: four weeks before 154 (2026-08-18); end of life estimated as a year plus the usual overlap' },
];

/** True when `major` is a Firefox ESR major still supported on `now` (so it is current, not behind). */
export function isCurrentFirefoxEsr(major: number | undefined, now: Date): boolean {
  const time = now instanceof Date ? now.getTime() : NaN;
  if (major === undefined || !Number.isFinite(time)) return false;
  return FIREFOX_ESR.some(
    (esr) => esr.major === major && time >= Date.parse(`${esr.released}T00:00:00Z`) && time < Date.parse(`${esr.endOfLife}T00:00:00Z`),
  );
}

/**
 * Safari ships one major a year with macOS and iOS (each September), and in 2025 jumped from 18 to
 * 26 to match the year. Majors therefore cannot be subtracted: "behind" counts the releases since.
 * Dates: Apple's Safari release notes (developer.apple.com/documentation/safari-release-notes),
 * read 2026-11. 27's day is the Monday of its release week with iOS 27 (Apple's September pattern).
 */
const SAFARI_NOTES = "Apple's Safari release notes (each major's release day)";
export const SAFARI_RELEASES: readonly { major: number; date: string; source: string }[] = [
  { major: 14, date: '2020-09-16', source: SAFARI_NOTES },
  { major: 15, date: '2021-09-20', source: SAFARI_NOTES },
  { major: 16, date: '2022-09-12', source: SAFARI_NOTES },
  { major: 17, date: '2023-09-18', source: SAFARI_NOTES },
  { major: 18, date: '2024-09-16', source: SAFARI_NOTES },
  { major: 26, date: '2025-09-15', source: SAFARI_NOTES },
  { major: 27, date: '2026-09-14', source: "estimated: the Monday of iOS 27's release week (Apple's September pattern)" },
];

/**
 * How many Safari majors have shipped after `major` by `now` (0 when current, or newer than the
 * table), and the newest released one; undefined for an unusable date.
 */
export function safariMajorsBehind(major: number, now: Date): { behind: number; latest: number } | undefined {
  const time = now instanceof Date ? now.getTime() : NaN;
  if (!Number.isFinite(time) || !Number.isFinite(major)) return undefined;
  const released = SAFARI_RELEASES.filter((release) => Date.parse(`${release.date}T00:00:00Z`) <= time);
  const latest = released.at(-1);
  if (!latest) return undefined;
  return { behind: released.filter((release) => release.major > major).length, latest: latest.major };
}
