// The troubleshooting guide's figures, in one place (an unofficial, community source: every screen that
// shows one says so). A changed figure is changed here once: texts never spell a guide figure out,
// they name it as a placeholder ({luxMin}, {lockHours}...) that FACT_PARAMS fills in every context
// (src/i18n/translate.ts and the content script's kycText merge it under each message's own params).
/** The guide's ten failure scenarios, by number (most frequent first). */
export type ScenarioId = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

/** Share of failures per guide scenario, in per cent (most frequent first). */
export const SCENARIO_SHARE: Record<ScenarioId, number> = {
  1: 38,
  2: 22,
  3: 15,
  4: 10,
  5: 5,
  6: 4,
  7: 2,
  8: 2,
  9: 1,
  10: 1,
};

/** The three scores of one check (0–100); any score under its pass mark fails the check. */
export const SCORES = { max: 100, liveness: 95, match: 95, quality: 90 } as const;
/** FaceTec's 3D face map has at least this many feature points. */
export const FACE_MAP_POINTS = 100;
/** One check takes this long, in seconds. */
export const CHECK_SECONDS = { min: 15, max: 30 } as const;
/** Failures in one day that lock face verification, and how long the lock lasts. */
export const LOCK_RULE = { failures: 5, hours: 24 } as const;

/** Scenario 1: light. */
export const LIGHT = { luxMin: 500, luxMax: 1000, sideDeg: 45 } as const;
/** Scenario 2: angle and distance. */
export const ANGLE_LIMIT_DEG = 15;
export const DISTANCE_CM = { min: 30, max: 50, distorts: 25, phone: 35 } as const;
/** Scenario 3: appearance. A weight change above this calls for a passport. */
export const WEIGHT_CHANGE_KG = 15;
/** Scenario 5: the oldest browsers that work. */
export const BROWSER_MIN = { firefox: 90, safari: 14 } as const;
/** Scenario 6: the 3D face data uploaded at the end (MB) and the upload speed it needs (Mbps). */
export const UPLOAD = { mbMin: 3, mbMax: 5, mbps: 5 } as const;

/** Success rate by route, in per cent. The app is the best route. */
export const ROUTE_SUCCESS = {
  app: 96,
  'iphone-safari': 92,
  'android-chrome': 89,
  'mac-safari': 88,
  tablet: 85,
  'windows-chrome': 82,
} as const;

export type DayPeriod = 'daytime' | 'evening' | 'late-night' | 'early-morning';
/**
 * Pass rate by local time of day (third-party figures). Hours are [from, to); late night wraps past
 * midnight. The guide gives NO figure for early morning (06–09): rate is null there, never invented.
 */
export const DAY_PERIODS: Record<DayPeriod, { from: number; to: number; rate: number | null }> = {
  daytime: { from: 9, to: 18, rate: 91 },
  evening: { from: 18, to: 23, rate: 87 },
  'late-night': { from: 23, to: 6, rate: 73 },
  'early-morning': { from: 6, to: 9, rate: null },
};
export const BEST_HOURS = { from: 10, to: 16 } as const;

/** Manual review: the turn of the two side selfies, and how long a review takes (business days). */
export const REVIEW = { turnDeg: 45, daysMin: 2, daysMax: 5 } as const;
/** Video call with an account manager: offered to some users from this VIP tier. */
export const VIP_TIER = 3;
/** Fiat deposits are refunded to the card within this many hours. */
export const REFUND_HOURS = { min: 24, max: 72 } as const;
/** FaceTec's data centres and their usual distance in time. */
export const DATA_CENTRES = { count: 7, latencyMs: 100 } as const;
/** The guide's pre-check list. */
export const CHECKLIST_ITEMS = 13;

const hh = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/**
 * Every figure under the placeholder name texts use. Names are deliberately specific (no {rate},
 * {from}, {to}: those belong to the messages that pass them), and a message's own params win.
 */
export const FACT_PARAMS: Readonly<Record<string, string | number>> = {
  ...Object.fromEntries(Object.entries(SCENARIO_SHARE).map(([id, share]) => [`share${id}`, share])),
  scoreMax: SCORES.max,
  livenessMin: SCORES.liveness,
  matchMin: SCORES.match,
  qualityMin: SCORES.quality,
  facePoints: FACE_MAP_POINTS,
  checkSecMin: CHECK_SECONDS.min,
  checkSecMax: CHECK_SECONDS.max,
  lockFailures: LOCK_RULE.failures,
  lockHours: LOCK_RULE.hours,
  luxMin: LIGHT.luxMin,
  luxMax: LIGHT.luxMax,
  lightSideDeg: LIGHT.sideDeg,
  angleMaxDeg: ANGLE_LIMIT_DEG,
  distMinCm: DISTANCE_CM.min,
  distMaxCm: DISTANCE_CM.max,
  distortCm: DISTANCE_CM.distorts,
  phoneCm: DISTANCE_CM.phone,
  weightKg: WEIGHT_CHANGE_KG,
  firefoxMin: BROWSER_MIN.firefox,
  safariMin: BROWSER_MIN.safari,
  uploadMbMin: UPLOAD.mbMin,
  uploadMbMax: UPLOAD.mbMax,
  uploadMbps: UPLOAD.mbps,
  rateApp: ROUTE_SUCCESS.app,
  rateIphone: ROUTE_SUCCESS['iphone-safari'],
  rateAndroid: ROUTE_SUCCESS['android-chrome'],
  rateMac: ROUTE_SUCCESS['mac-safari'],
  rateTablet: ROUTE_SUCCESS.tablet,
  rateWindows: ROUTE_SUCCESS['windows-chrome'],
  dayFrom: hh(DAY_PERIODS.daytime.from),
  dayTo: hh(DAY_PERIODS.daytime.to),
  dayRate: DAY_PERIODS.daytime.rate!,
  eveningFrom: hh(DAY_PERIODS.evening.from),
  eveningTo: hh(DAY_PERIODS.evening.to),
  eveningRate: DAY_PERIODS.evening.rate!,
  nightFrom: hh(DAY_PERIODS['late-night'].from),
  nightTo: hh(DAY_PERIODS['late-night'].to),
  nightRate: DAY_PERIODS['late-night'].rate!,
  morningFrom: hh(DAY_PERIODS['early-morning'].from),
  morningTo: hh(DAY_PERIODS['early-morning'].to),
  bestFrom: hh(BEST_HOURS.from),
  bestTo: hh(BEST_HOURS.to),
  turnDeg: REVIEW.turnDeg,
  reviewDaysMin: REVIEW.daysMin,
  reviewDaysMax: REVIEW.daysMax,
  vipTier: VIP_TIER,
  refundHoursMin: REFUND_HOURS.min,
  refundHoursMax: REFUND_HOURS.max,
  dataCentres: DATA_CENTRES.count,
  latencyMs: DATA_CENTRES.latencyMs,
  checklistItems: CHECKLIST_ITEMS,
};
