import type { CheckResult, Verdict } from './types';

/** not-ready when any check fails, caution when any warns, otherwise ready (skips never decide). */
export function verdictOf(checks: readonly Pick<CheckResult, 'status'>[]): Verdict {
  if (checks.some((check) => check.status === 'fail')) return 'not-ready';
  if (checks.some((check) => check.status === 'warn')) return 'caution';
  return 'ready';
}
