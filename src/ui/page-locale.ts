// A page's language is decided, and its strings fetched, from the moment this module is evaluated.
// Every page's entry imports it first (before the page's own code), so the strings' fetch and the
// setting read overlap the evaluation of everything else instead of following it: the popup's time
// to interactive (docs/performance.md). The browser's language is fetched before the setting is
// read, since it is the answer for nearly everyone.
import { loadCatalog } from '../i18n/load';
import { uiLanguage } from '../i18n/browser-language';
import { resolveLocale, type Locale } from '../i18n/locales';
import { readLocaleSetting } from '../storage/settings';

const browserLocale = resolveLocale('auto', uiLanguage(), navigator.languages);
const browserStrings = loadCatalog(browserLocale);

/** The page's language, its strings registered. Rejects when they cannot load. */
export const pageLocale: Promise<Locale> = readLocaleSetting().then(async (setting) => {
  const locale = resolveLocale(setting, uiLanguage(), navigator.languages);
  if (locale === browserLocale) await browserStrings;
  else {
    browserStrings.catch(() => undefined); // not needed after all: its failure is not the page's
    await loadCatalog(locale);
  }
  return locale;
});
