import { useI18n } from '../../i18n/context';
import { returnTabOf } from './BackToVerification';
import { PreflightFlow } from './PreflightFlow';

/**
 * The pre-flight page: one privacy line, then the shared flow. Opened from a KYC tab, the flow's
 * "Go to verification" returns to that tab once the verdict allows it.
 */
export function PreflightApp() {
  const { t } = useI18n();
  return (
    <main class="preflight-page">
      <h1>{t('common.preflightTitle')}</h1>
      <p class="muted privacy-line">{t('common.privacyNote')}</p>
      <PreflightFlow
        source="page"
        returnTab={returnTabOf(location.search)}
        reportId={new URLSearchParams(location.search).get('report') ?? undefined}
      />
    </main>
  );
}
