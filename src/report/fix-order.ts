// The report's fix-first order (pure): what to fix, most decisive first. A failing check outranks a
// warning; then the kind of problem decides (nothing works without a browser and camera, then the
// face must be found, then lit, then framed, then the rest); equally decisive findings are ordered
// by how many people the matching guide scenario fails (SCENARIO_SHARE), then by report order.
import { scenarioOf } from '../guide/content';
import { SCENARIO_SHARE } from '../figures/facts';
import { CHECK_IDS, type CheckId, type CheckResult } from './types';

/** Lower is more decisive. Checks not listed are "the rest". */
const TIER: Partial<Record<CheckId, number>> = {
  browser: 0,
  'camera-permission': 0,
  'camera-device': 0,
  'camera-quality': 0,
  'face-count': 1,
  lighting: 2,
  backlight: 2,
  'head-pose': 3,
  distance: 3,
  'face-position': 3,
};
const REST = 4;
const STATUS_RANK = { fail: 0, warn: 1 } as const;

/** Share of failures (per cent) of the check's scenario; 0 when it has none. */
export function failureShare(check: Pick<CheckResult, 'id' | 'cause'>): number {
  const scenario = scenarioOf(check);
  return scenario ? (SCENARIO_SHARE[scenario] ?? 0) : 0;
}

/** The checks to fix (fail and warn only), most decisive first. Passing and skipped checks are not fixes. */
export function fixFirst<C extends Pick<CheckResult, 'id' | 'status' | 'cause'>>(checks: readonly C[]): C[] {
  const key = (check: C) => [
    STATUS_RANK[check.status as keyof typeof STATUS_RANK],
    TIER[check.id] ?? REST,
    -failureShare(check),
    CHECK_IDS.indexOf(check.id),
  ];
  return checks
    .filter((check) => check.status === 'fail' || check.status === 'warn')
    .map((check) => ({ check, key: key(check) }))
    .sort((a, b) => {
      for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return a.key[i]! - b.key[i]!;
      return 0;
    })
    .map(({ check }) => check);
}
