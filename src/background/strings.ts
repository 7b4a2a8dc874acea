// The background speaks every language, but only the namespaces it uses itself (badge tooltips,
// notifications: `background`, `common`) and the one it hands to the content script (`kyc`): a few KB
// per language, where a page's whole catalog is tens of KB and is loaded by the page alone.
import { browser } from 'wxt/browser';
import { registerCatalog, type Catalog } from '../i18n/catalog';
import { directionOf, LOCALES, resolveLocale, type Locale } from '../i18n/locales';
import type { KycStrings } from '../messaging/protocol';
import type { Settings } from '../storage/settings';

type Part = Pick<Catalog, 'background' | 'common' | 'kyc'>;
const FILES = import.meta.glob<Record<string, string>>(['../i18n/locales/*/background.json', '../i18n/locales/*/common.json', '../i18n/locales/*/kyc.json'], {
  eager: true,
  import: 'default',
});

const PARTS = new Map<Locale, Part>();
for (const locale of LOCALES) {
  const file = (namespace: string) => FILES[`../i18n/locales/${locale}/${namespace}.json`];
  const [background, common, kyc] = [file('background'), file('common'), file('kyc')];
  if (!background || !common || !kyc) continue; // tests/unit/i18n fails on any missing file
  const part = { background, common, kyc } as Part;
  PARTS.set(locale, part);
  registerCatalog(locale, part);
}

/** The browser's UI language; undefined where the API is missing (unit tests, odd hosts). */
export function uiLanguage(): string | undefined {
  try {
    return browser.i18n?.getUILanguage?.();
  } catch {
    return undefined;
  }
}

export function backgroundLocale(settings: Settings): Locale {
  return resolveLocale(settings.locale, uiLanguage(), globalThis.navigator?.languages ?? []);
}

export function kycStrings(settings: Settings): KycStrings {
  const locale = backgroundLocale(settings);
  const strings = (PARTS.get(locale) ?? PARTS.get('en'))?.kyc ?? {};
  return { locale, dir: directionOf(locale), strings };
}
