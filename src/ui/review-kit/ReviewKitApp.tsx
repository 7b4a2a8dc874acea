// The manual-review kit page: the three selfies, the other documents, the message for support chat,
// the expected review time and the pre-flight report export, in the order a person needs them.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '../../i18n/context';
import type { MessageKey } from '../../i18n/translate';
import { reportFromStored } from '../../review-kit/stored-report';
import type { StoredReport } from '../../storage/reports';
import { loadBackgroundState } from '../popup/load';
import { ExportReport } from '../report/ExportReport';
import { SelfieCapture } from './SelfieCapture';
import { SupportMessage } from './SupportMessage';
import './review-kit.css';

const DOCS: MessageKey[] = ['reviewKit.docs.holding', 'reviewKit.docs.front'];

export function ReviewKitApp() {
  const { t } = useI18n();
  const [last, setLast] = useState<StoredReport | null | undefined>(undefined);
  useEffect(() => {
    void loadBackgroundState().then((result) => setLast(result.kind === 'ok' ? (result.state.lastReport ?? null) : null));
  }, []);

  return (
    <main class="review-kit" data-testid="review-kit">
      <h1>{t('reviewKit.title')}</h1>
      <p>{t('reviewKit.intro')}</p>
      <p class="kit-privacy" data-testid="review-kit-privacy">{t('reviewKit.privacy')}</p>
      <p class="muted">{t('reviewKit.unofficial')}</p>

      <SelfieCapture />

      <section class="kit-section" aria-labelledby="kit-docs-title" data-testid="kit-docs">
        <h2 id="kit-docs-title">{t('reviewKit.docs.title')}</h2>
        <p class="muted">{t('reviewKit.docs.intro')}</p>
        <ul class="kit-docs">
          {DOCS.map((key) => (
            <li key={key}>
              <label>
                <input type="checkbox" /> {t(key)}
              </label>
            </li>
          ))}
        </ul>
        <p>{t('reviewKit.docs.tips')}</p>
      </section>

      <SupportMessage />

      <section class="kit-section" aria-labelledby="kit-report-title" data-testid="kit-report">
        <h2 id="kit-report-title">{t('reviewKit.report.title')}</h2>
        {last === null && (
          <p>
            {t('reviewKit.report.none')}{' '}
            <a href={browser.runtime.getURL('/preflight.html')} target="_blank" rel="noopener">
              {t('reviewKit.report.run')}
            </a>
          </p>
        )}
        {last && (
          <>
            <p>{t('reviewKit.report.stored', { verdict: t(`popup.verdict.${last.verdict}` as MessageKey) })}</p>
            <ExportReport report={reportFromStored(last)} />
          </>
        )}
      </section>

      <footer class="muted">
        <p>{t('common.privacyNote')}</p>
        <p>{t('common.notAffiliated')}</p>
      </footer>
    </main>
  );
}
