// The last finished report, whole (its messages and fixes), for "View report" in the popup. Kept in
// storage.session: memory only, gone when the browser closes, never written to disk. A report holds
// statuses, messages and numbers, never an image (the marked picture stays in the page that took it).
import { browser } from 'wxt/browser';
import { CHECK_IDS, type Report } from '../../report/types';

const KEY = 'lastFullReport';

type SessionArea = { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
const session = (): SessionArea | undefined => (browser.storage as unknown as { session?: SessionArea }).session;

export async function keepLastReport(report: Report): Promise<void> {
  await session()?.set({ [KEY]: report }).catch(() => undefined);
}

/** Shape check only: it was written by this extension's own page, but storage is never trusted blindly. */
export function asReport(value: unknown): Report | null {
  const r = value as Report | null;
  if (!r || typeof r !== 'object' || typeof r.id !== 'string' || typeof r.createdAt !== 'number') return null;
  if (!['ready', 'caution', 'not-ready'].includes(r.verdict) || !Array.isArray(r.checks)) return null;
  const ok = r.checks.every(
    (c) => c && (CHECK_IDS as readonly string[]).includes(c.id) && ['pass', 'warn', 'fail', 'skip'].includes(c.status) && typeof c.summary?.key === 'string',
  );
  return ok ? r : null;
}

export async function readLastReport(id?: string): Promise<Report | null> {
  const stored = await session()?.get(KEY).catch(() => undefined);
  const report = asReport(stored?.[KEY]);
  return report && (id === undefined || report.id === id) ? report : null;
}
