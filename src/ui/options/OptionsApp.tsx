import { useI18n } from '../../i18n/context';

export function OptionsApp() {
  const { t } = useI18n();
  return (
    <main>
      <h1>{t('common.optionsTitle')}</h1>
      <p>{t('common.privacyNote')}</p>
    </main>
  );
}
