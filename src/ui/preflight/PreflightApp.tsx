import { useI18n } from '../../i18n/context';
import { BackToVerification, returnTabOf } from './BackToVerification';
import { PreflightFlow } from './PreflightFlow';

/** The pre-flight page: the shared flow plus, when opened from a KYC tab, the way back to it. */
export function PreflightApp() {
  const { t } = useI18n();
  const returnTab = returnTabOf(location.search);
  return (
    <main class="preflight-page">
      <h1>{t('common.preflightTitle')}</h1>
      <p class="muted">{t('common.privacyNote')}</p>
      {returnTab !== undefined && <BackToVerification tabId={returnTab} />}
      <PreflightFlow source="page" />
    </main>
  );
}
