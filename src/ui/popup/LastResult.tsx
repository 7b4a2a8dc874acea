import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '../../i18n/context';
import { extensionPageUrl } from '../../util/page-url';
import type { MessageKey } from '../../i18n/translate';
import { fixFirst } from '../../report/fix-order';
import { scenarioOf } from '../../checks/registry';
import type { Report, Verdict } from '../../report/types';
import type { StoredReport } from '../../storage/reports';
import { Button } from '../components/Button';
import { GuideLink } from '../components/GuideLink';
import { StatusBadge, type BadgeStatus } from '../components/StatusBadge';
import { formatRelative } from '../components/time';
import { readLastReport } from '../../storage/last-report';

const VERDICT_STATUS: Record<Verdict, BadgeStatus> = { ready: 'pass', caution: 'warn', 'not-ready': 'fail' };

/**
 * The last pre-flight at a glance: its verdict, the first thing to fix with its fix, and the way
 * back to the whole report (reopened on the pre-flight page while this browser session lasts).
 */
export function LastResult({ last, now }: { last: StoredReport | null; now: number }) {
  const { t, locale } = useI18n();
  const [full, setFull] = useState<Report | null>(null);
  useEffect(() => {
    if (last) void readLastReport(last.id).then(setFull);
  }, [last?.id]);
  const top = last ? fixFirst(full?.checks ?? last.checks)[0] : undefined;
  const fix = top && full ? full.checks.find((check) => check.id === top.id)?.fix : undefined;
  const view = () => {
    void browser.tabs.create({ url: extensionPageUrl('preflight', { report: last!.id }) });
    window.close();
  };
  return (
    <section class="card last-result" data-testid="glance-last" data-status={last ? VERDICT_STATUS[last.verdict] : 'skip'} aria-labelledby="last-title">
      <h2 id="last-title" class="last-title">
        <span class="muted">{t('popup.lastPreflight')}</span>{' '}
        {last ? (
          <>
            <StatusBadge status={VERDICT_STATUS[last.verdict]} label={t(`popup.verdict.${last.verdict}`)} />
            <span class="muted last-when"> · {formatRelative(last.createdAt, now, locale)}</span>
          </>
        ) : (
          <span>{t('popup.lastNone')}</span>
        )}
      </h2>
      {!last && <p class="muted">{t('popup.noReportYet')}</p>}
      {top && (
        <p class="top-fix" data-testid="top-fix" data-fix-for={top.id}>
          {t('popup.topFix', { check: t(`report.check.${top.id}` as MessageKey), fix: fix ? t(fix) : '' })}
        </p>
      )}
      {/* The guide's topic stands in for the fix when the whole report is gone (a new browser session). */}
      {((top && !fix && scenarioOf(top)) || (last && full)) && (
        <p class="last-actions">
          {top && !fix && scenarioOf(top) && <GuideLink scenario={scenarioOf(top)!} />}
          {last && full && (
            <Button variant="link" data-testid="view-report" onClick={view}>
              {t('popup.viewReport')}
            </Button>
          )}
        </p>
      )}
    </section>
  );
}
