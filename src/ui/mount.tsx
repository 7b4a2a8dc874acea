import { render, type ComponentChildren } from 'preact';
import { I18nProvider } from '../i18n/context';
import { createTranslator, type MessageKey } from '../i18n/translate';
import { loadCatalog } from '../i18n/load';
import { directionOf, type Locale } from '../i18n/locales';
import { pageLocale } from './page-locale';
import { FACT_PARAMS } from '../figures/facts';
import { pseudoLocalize, PSEUDO_TAG } from '../i18n/pseudo';
import { TEST_BUILD } from '../util/test-build';

/**
 * Mounts a page's app inside the user's locale; the locale is read and its strings loaded before
 * the first render (both started by page-locale.ts as the page's first module), and the tab title
 * (visible in the tab strip and read by screen readers) is translated like everything else.
 * `alsoLoad` is for a page that must quote another language (the review kit's message to support is
 * in English).
 */
export async function mountPage(app: () => ComponentChildren, titleKey: MessageKey, alsoLoad: Locale[] = []): Promise<void> {
  const root = document.getElementById('app');
  if (!root) throw new Error('missing #app');
  const pseudo = TEST_BUILD && new URLSearchParams(location.search).has('pseudo');
  const [locale] = await Promise.all([pageLocale, ...alsoLoad.map(loadCatalog), ...(pseudo ? [loadCatalog('en')] : [])]);
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
  let t = createTranslator(locale, FACT_PARAMS);
  // Test builds only: ?pseudo renders the page in the pseudo-locale (src/i18n/pseudo.ts).
  if (pseudo) {
    const english = createTranslator('en', FACT_PARAMS);
    t = (key, params) => pseudoLocalize(english(key, params));
    document.documentElement.lang = PSEUDO_TAG;
  }
  const name = t('common.appName');
  const title = t(titleKey);
  document.title = title === name ? name : `${title} · ${name}`;
  render(<I18nProvider locale={locale} t={t}>{app()}</I18nProvider>, root);
}
