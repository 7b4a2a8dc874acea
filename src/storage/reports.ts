import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { CHECK_IDS, type CheckId, type CheckStatus, type Report, type Verdict } from '../report/types';
import { epochMs, readValidated } from './validated';

/** How many finished pre-flights are kept (oldest dropped first). */
export const REPORT_HISTORY_LIMIT = 50;

/**
 * What is kept of a report: the verdict, each check's status and its measured numbers. Texts,
 * repair links and anything else a report may carry are dropped; images never reach a report.
 */
export interface StoredReport {
  id: string;
  createdAt: number;
  verdict: Verdict;
  source: Report['source'];
  durationMs?: number;
  checks: { id: CheckId; status: CheckStatus; measured?: Record<string, number | string | boolean> }[];
}

const measurement = v.union([
  v.pipe(v.number(), v.finite()),
  v.pipe(v.string(), v.maxLength(200)),
  v.boolean(),
]);

export const StoredReportSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  createdAt: epochMs,
  verdict: v.picklist(['ready', 'caution', 'not-ready']),
  source: v.picklist(['page', 'popup']),
  durationMs: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0))),
  checks: v.pipe(
    v.array(
      v.object({
        id: v.picklist(CHECK_IDS),
        status: v.picklist(['pass', 'warn', 'fail', 'skip']),
        measured: v.optional(v.pipe(v.record(v.pipe(v.string(), v.maxLength(60)), measurement), v.maxEntries(40))),
      }),
    ),
    v.maxLength(CHECK_IDS.length * 2),
  ),
});

/** Strips a report down to StoredReport; null when it is not a report at all. */
export function toStoredReport(report: unknown): StoredReport | null {
  const parsed = v.safeParse(StoredReportSchema, report);
  return parsed.success ? parsed.output : null;
}

export const reportHistoryItem = storage.defineItem<StoredReport[]>('local:reportHistory', {
  fallback: [],
  version: 1,
});

const HistorySchema = v.pipe(v.array(StoredReportSchema), v.maxLength(REPORT_HISTORY_LIMIT));

export function readReportHistory(): Promise<StoredReport[]> {
  return readValidated(reportHistoryItem, HistorySchema, []);
}

/** Newest last; a report saved twice (same id) replaces the earlier copy. */
export function appendReport(history: StoredReport[], report: StoredReport): StoredReport[] {
  return [...history.filter((r) => r.id !== report.id), report].slice(-REPORT_HISTORY_LIMIT);
}
