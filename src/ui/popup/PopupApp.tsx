import { browser } from 'wxt/browser';
import { useI18n } from '../../i18n/context';

export function PopupApp() {
  const { t } = useI18n();
  const openPreflight = () => {
    void browser.tabs.create({ url: browser.runtime.getURL('/preflight.html') });
    window.close();
  };
  return (
    <main>
      <h1>{t('common.appName')}</h1>
      <p>{t('common.tagline')}</p>
      <button type="button" data-testid="run-preflight" onClick={openPreflight}>
        {t('common.runPreflight')}
      </button>
    </main>
  );
}
