// The report: rows of the checks (their contract lives with them, src/checks/row.ts and the
// registry), the verdict over them, and how the run ended.
import type { CheckResult } from '../checks/registry';

export { CHECK_IDS, type CauseId, type CheckId, type CheckResult } from '../checks/registry';
export type { CheckStatus, Measurements, RepairAction } from '../checks/row';

export type Verdict = 'ready' | 'caution' | 'not-ready';

export interface Report {
  id: string;
  /** Epoch milliseconds. */
  createdAt: number;
  verdict: Verdict;
  checks: CheckResult[];
  /** Where it ran: the pre-flight page or inline in the popup. */
  source: 'page' | 'popup';
  durationMs?: number;
  /** Set when the pre-flight could not analyse the camera at all; the verdict is then not-ready. */
  error?: PreflightError;
  /** Engine timings in ms (click to report, model init, per-frame split...), for the benchmark. */
  timings?: Record<string, number>;
}

/**
 * The failure states the pre-flight shows as such, each with its fix: no-webgl (the face analysis
 * needs WebGL), analysis (it threw or rejected on a frame), stalled (a stage went quiet: the watchdog).
 */
export type PreflightError = 'camera' | 'camera-lost' | 'model' | 'no-frames' | 'no-webgl' | 'analysis' | 'stalled';
