// The last finished report, whole (its messages and fixes), for "View report" in the popup. Kept in
// storage.session: memory only, gone when the browser closes, never written to disk. A report holds
// statuses, messages and numbers, never an image (the marked picture stays in the page that took it).
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import type { MessageKey } from '../i18n/translate';
import { CHECK_IDS, type CauseId, type PreflightError, type Report } from '../report/types';
import { epochMs, readValidated } from './validated';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
/** A message key is checked for shape here; the translator shows an unknown key as itself, never a blank. */
const messageKey = v.custom<MessageKey>((key) => typeof key === 'string' && key.length > 0 && key.length <= 120);
const message = v.object({
  key: messageKey,
  params: v.optional(v.pipe(v.record(text(60), v.union([text(400), v.pipe(v.number(), v.finite())])), v.maxEntries(40))),
});
const measurement = v.union([v.pipe(v.number(), v.finite()), text(200), v.boolean()]);
const action = v.variant('kind', [
  v.object({ kind: v.literal('open-url'), url: text(400), label: message }),
  v.object({ kind: v.literal('steps'), title: message, steps: v.pipe(v.array(message), v.maxLength(12)) }),
]);
const PREFLIGHT_ERRORS = ['camera', 'camera-lost', 'model', 'no-frames', 'no-webgl', 'analysis', 'stalled'] as const satisfies readonly PreflightError[];

export const LastReportSchema = v.object({
  id: v.pipe(text(100), v.minLength(1)),
  createdAt: epochMs,
  verdict: v.picklist(['ready', 'caution', 'not-ready']),
  source: v.picklist(['page', 'popup']),
  durationMs: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0))),
  error: v.optional(v.picklist(PREFLIGHT_ERRORS)),
  timings: v.optional(v.record(text(60), v.pipe(v.number(), v.finite()))),
  checks: v.pipe(
    v.array(
      v.object({
        id: v.picklist(CHECK_IDS),
        status: v.picklist(['pass', 'warn', 'fail', 'skip']),
        cause: v.optional(v.custom<CauseId>((cause) => typeof cause === 'string' && cause.length <= 60)),
        summary: message,
        fix: v.optional(message),
        measured: v.optional(v.pipe(v.record(text(60), measurement), v.maxEntries(40))),
        actions: v.optional(v.pipe(v.array(action), v.maxLength(6))),
      }),
    ),
    v.maxLength(CHECK_IDS.length * 2),
  ),
}) satisfies v.GenericSchema<unknown, Report>;

const lastReportItem = storage.defineItem<Report | null>('session:lastFullReport', { fallback: null });
const LastReportOrNone = v.nullable(LastReportSchema);

/** Keeps the report for this browser session; a browser without storage.session simply has no "View report". */
export async function keepLastReport(report: Report): Promise<void> {
  await lastReportItem.setValue(report).catch(() => undefined);
}

/** The kept report (the one with `id`, when given), or null when there is none, it is another, or it does not parse. */
export async function readLastReport(id?: string): Promise<Report | null> {
  const report = await readValidated<Report | null>(lastReportItem, LastReportOrNone, null);
  return report && (id === undefined || report.id === id) ? report : null;
}
