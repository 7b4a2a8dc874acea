// The browser's own UI language, the first thing that decides the extension's language
// (src/i18n/locales.ts resolveLocale). One adapter for the pages and the background.
import { browser } from 'wxt/browser';

/** undefined where the API is missing (unit tests, odd hosts). */
export function uiLanguage(): string | undefined {
  try {
    return browser.i18n?.getUILanguage?.();
  } catch {
    return undefined;
  }
}
