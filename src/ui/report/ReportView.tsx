import type { ComponentChildren } from 'preact';
import { useI18n } from '../../i18n/context';
import type { MessageKey } from '../../i18n/translate';
import { fixFirst } from '../../report/fix-order';
import { scenarioOf } from '../../checks/registry';
import type { CheckResult, Report } from '../../report/types';
import { CheckRow } from './CheckRow';
import { ExportReport } from './ExportReport';
import { FixAction } from './FixAction';
import './report.css';
import { OpenMatchLink } from '../match/OpenMatchLink';

/** Why a check was skipped: its cause when it has one, else the reason in its message key. */
export function skipReason(check: CheckResult): string {
  if (check.cause) return check.cause;
  const match = /^vision\.skip\.(.+)$/.exec(check.summary.key);
  return match?.[1] ?? 'other';
}

const SKIP_GROUPS = new Set(['several-faces', 'no-face', 'no-camera', 'camera-lost', 'model-failed', 'no-frames', 'no-webgl', 'analysis-failed']);

function groupSkipped(checks: readonly CheckResult[]): [string, CheckResult[]][] {
  const groups = new Map<string, CheckResult[]>();
  for (const check of checks) {
    const reason = SKIP_GROUPS.has(skipReason(check)) ? skipReason(check) : 'other';
    groups.set(reason, [...(groups.get(reason) ?? []), check]);
  }
  return [...groups.entries()];
}

interface Props {
  report: Report;
  /** The primary next step when the verdict is ready or almost ready (Go to verification). */
  next?: ComponentChildren;
  /** Shown after the fixes: the marked last picture and "Check again". */
  aside?: ComponentChildren;
}

/**
 * The finished report, verdict first (DOM contract: data-testid="preflight-report", data-verdict;
 * every check once as [data-check][data-status]; the fixes as [data-testid="fix-first"] > [data-fix-for]).
 */
export function ReportView({ report, next, aside }: Props) {
  const { t } = useI18n();
  const fixes = fixFirst(report.checks);
  const passed = report.checks.filter((check) => check.status === 'pass');
  // Not having checked the ID photo is an invitation, not a check that could not be judged: it is
  // shown in the open, beside the way to the match page, instead of folded among the skips.
  const invitation = report.checks.find((check) => check.id === 'id-match' && check.status === 'skip');
  const skipped = report.checks.filter((check) => check.status === 'skip' && check !== invitation);
  const n = fixes.length;
  const line =
    report.verdict === 'ready' || n === 0
      ? t('report.readyLine')
      : t(report.verdict === 'caution' ? 'report.improveCount' : 'report.fixCount', { n });
  const first = fixes[0];
  return (
    <section class="preflight-report" data-testid="preflight-report" data-verdict={report.verdict} aria-labelledby="report-title">
      <div class={`verdict verdict-${report.verdict}`} role="status" data-testid="verdict" data-fix-count={n}>
        <h2 id="report-title" class="verdict-name">{t(`report.verdict.${report.verdict}`)}</h2>
        <p class="verdict-line">{line}</p>
      </div>
      <div class="report-next">
        {report.verdict !== 'not-ready' ? next : first && <FixAction check={first} scenario={scenarioOf(first)} primary />}
      </div>
      {n > 0 && (
        <>
          <h3 class="fix-first-title">{t('report.fixFirst')}</h3>
          <ol class="check-list fix-first" data-testid="fix-first" data-count={n}>
            {fixes.map((check, index) => (
              <CheckRow key={check.id} check={check} fixNumber={index + 1} />
            ))}
          </ol>
        </>
      )}
      {aside}
      {passed.length > 0 && (
        <details class="report-fold" data-testid="passed-checks">
          <summary>{t('report.passed', { n: passed.length })}</summary>
          <ul class="check-list">
            {passed.map((check) => (
              <CheckRow key={check.id} check={check} />
            ))}
          </ul>
        </details>
      )}
      {groupSkipped(skipped).map(([reason, checks]) => (
        <details key={reason} class="report-fold" data-testid="skipped-checks" data-reason={reason}>
          <summary>{t(`report.skipped.${reason}` as MessageKey, { n: checks.length })}</summary>
          <ul class="check-list">
            {checks.map((check) => (
              <CheckRow key={check.id} check={check} />
            ))}
          </ul>
        </details>
      ))}
      {report.durationMs !== undefined && (
        <p class="muted">{t('report.duration', { seconds: (report.durationMs / 1000).toFixed(1) })}</p>
      )}
      {invitation && (
        <ul class="check-list id-match-invitation">
          <CheckRow check={invitation} />
        </ul>
      )}
      <OpenMatchLink />
      <ExportReport report={report} />
    </section>
  );
}
