// Assembles the one report that answers "am I ready?": environment, camera and vision checks.
import { CHECK_IDS } from '../checks/registry';
import type { CheckResult, PreflightError, Report } from './types';
import { verdictOf } from './verdict';

export interface ReportInput {
  checks: readonly CheckResult[];
  source: Report['source'];
  createdAt: number;
  durationMs?: number;
  error?: PreflightError;
  timings?: Record<string, number>;
  id?: string;
}

/** Report order is CHECK_IDS order; when a check id appears twice the first one wins. */
export function orderChecks(checks: readonly CheckResult[]): CheckResult[] {
  const byId = new Map<string, CheckResult>();
  for (const check of checks) if (!byId.has(check.id)) byId.set(check.id, check);
  return CHECK_IDS.flatMap((id) => byId.get(id) ?? []);
}

export function buildReport(input: ReportInput): Report {
  const checks = orderChecks(input.checks);
  return {
    id: input.id ?? crypto.randomUUID(),
    createdAt: input.createdAt,
    verdict: verdictOf(checks, input.error),
    checks,
    source: input.source,
    ...(input.durationMs !== undefined ? { durationMs: Math.round(input.durationMs) } : {}),
    ...(input.error ? { error: input.error } : {}),
    ...(input.timings ? { timings: input.timings } : {}),
  };
}
