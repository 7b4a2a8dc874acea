import type { CheckResult, PreflightError, Verdict } from './types';

/**
 * not-ready when the run ended in an error or any check fails, caution when any warns, otherwise
 * ready (skips never decide). An error always means not-ready: without a camera analysis nothing
 * says "ready", whatever the checks that did run say.
 */
export function verdictOf(checks: readonly Pick<CheckResult, 'status'>[], error?: PreflightError): Verdict {
  if (error) return 'not-ready';
  if (checks.some((check) => check.status === 'fail')) return 'not-ready';
  if (checks.some((check) => check.status === 'warn')) return 'caution';
  return 'ready';
}
