import { render, type ComponentChildren } from 'preact';
import { I18nProvider } from '../i18n/context';
import { createTranslator, resolveLocale, type MessageKey } from '../i18n/translate';
import { readLocaleSetting } from '../storage/settings';
import { FACT_PARAMS } from '../figures/facts';

/**
 * Mounts a page's app inside the user's locale; the locale is read before the first render, and the
 * tab title (visible in the tab strip and read by screen readers) is translated like everything else.
 */
export async function mountPage(app: () => ComponentChildren, titleKey: MessageKey): Promise<void> {
  const root = document.getElementById('app');
  if (!root) throw new Error('missing #app');
  const locale = resolveLocale(await readLocaleSetting(), navigator.languages);
  document.documentElement.lang = locale;
  const t = createTranslator(locale, FACT_PARAMS);
  const name = t('common.appName');
  const title = t(titleKey);
  document.title = title === name ? name : `${title} · ${name}`;
  render(<I18nProvider locale={locale} t={t}>{app()}</I18nProvider>, root);
}
