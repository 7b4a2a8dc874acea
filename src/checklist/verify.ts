// Which checklist items a pre-flight report proves. Pure: a report in, item ids out.
import type { CheckId } from '../checks/registry';
import type { CheckStatus } from '../checks/row';
import { CHECKLIST, type ChecklistItem } from './items';

/** The little of a report this needs: a full Report and a StoredReport both fit. */
export interface ReportLike {
  createdAt: number;
  checks: readonly { id: CheckId; status: CheckStatus }[];
}

/** Reports older than this no longer describe the user's current setup (light, place, device). */
export const VERIFIED_FOR_MS = 6 * 60 * 60 * 1000;

/**
 * An item is verified when the report contains every one of its checks and each passed.
 * A warning, a failure or a skipped/missing check never ticks an item: no guessing.
 */
export function isItemVerified(item: ChecklistItem, report: Pick<ReportLike, 'checks'>): boolean {
  if (item.checks.length === 0) return false;
  return item.checks.every((id) => report.checks.some((check) => check.id === id && check.status === 'pass'));
}

export function verifiedItems(
  report: ReportLike | undefined | null,
  now: number = Date.now(),
): Set<string> {
  if (!report || !Array.isArray(report.checks)) return new Set();
  if (!(now - report.createdAt < VERIFIED_FOR_MS) || report.createdAt > now + 60_000) return new Set();
  return new Set(CHECKLIST.filter((item) => isItemVerified(item, report)).map((item) => item.id));
}

/** Items done, counting a user tick or a pre-flight verification once. */
export function doneCount(ticked: ReadonlySet<string>, verified: ReadonlySet<string>): number {
  return CHECKLIST.filter((item) => ticked.has(item.id) || verified.has(item.id)).length;
}
