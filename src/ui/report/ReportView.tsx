import { useI18n } from '../../i18n/context';
import type { Report } from '../../report/types';
import { CheckRow } from './CheckRow';
import { ExportReport } from './ExportReport';
import './report.css';

/** The finished report (DOM contract: data-testid="preflight-report", data-verdict, data-check/data-status). */
export function ReportView({ report }: { report: Report }) {
  const { t } = useI18n();
  // Problems first, so the fix that matters is the first thing read.
  const rank = { fail: 0, warn: 1, skip: 2, pass: 3 } as const;
  const checks = [...report.checks].sort((a, b) => rank[a.status] - rank[b.status]);
  return (
    <section class="preflight-report" data-testid="preflight-report" data-verdict={report.verdict} aria-labelledby="report-title">
      <h2 id="report-title">{t('report.title')}</h2>
      <p class={`verdict verdict-${report.verdict}`} role="status">
        {t(`report.verdict.${report.verdict}`)}
      </p>
      {report.durationMs !== undefined && (
        <p class="muted">{t('report.duration', { seconds: (report.durationMs / 1000).toFixed(1) })}</p>
      )}
      <ul class="check-list">
        {checks.map((check) => (
          <CheckRow key={check.id} check={check} />
        ))}
      </ul>
      <ExportReport report={report} />
    </section>
  );
}
