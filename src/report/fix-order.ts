// The report's fix-first order (pure): what to fix, most decisive first. A failing check outranks a
// warning; then the kind of problem decides (nothing works without a browser and camera, then the
// face must be found, then lit, then framed, then the rest); equally decisive findings are ordered
// by how many people the matching guide scenario fails (SCENARIO_SHARE), then by report order.
// Each check's tier is declared in its module (src/checks/<family>/<id>.ts).
import { CHECK_IDS, scenarioOf, tierOf } from '../checks/registry';
import { SCENARIO_SHARE } from '../figures/facts';
import type { CheckResult } from './types';

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
    tierOf(check.id),
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
