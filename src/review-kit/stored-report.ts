// The last pre-flight as the background stores it (statuses and measurements, no texts) turned back
// into a Report the existing export (src/report/export.ts, ExportReport) can write. The finding of
// each row is its status: the stored report keeps no message, and none is made up.
import type { MessageKey } from '../i18n/translate';
import type { Report } from '../report/types';
import type { StoredReport } from '../storage/reports';

export function reportFromStored(stored: StoredReport): Report {
  return {
    id: stored.id,
    createdAt: stored.createdAt,
    verdict: stored.verdict,
    source: stored.source,
    ...(stored.durationMs !== undefined ? { durationMs: stored.durationMs } : {}),
    checks: stored.checks.map((check) => ({
      id: check.id,
      status: check.status,
      summary: { key: `report.status.${check.status}` as MessageKey },
      ...(check.measured ? { measured: { ...check.measured } } : {}),
    })),
  };
}
