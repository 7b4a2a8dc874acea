// The background speaks every language, but only the namespaces it uses itself (badge tooltips,
// notifications: `background`, `common`) and the one it hands to the content script (`kyc`): a few KB
// per language, where a page's whole catalog is tens of KB and is loaded by the page alone.
import '../i18n/icu-eager';
import { registerCatalog, registeredCatalog, type Catalog } from '../i18n/catalog';
import { uiLanguage } from '../i18n/browser-language';
import { directionOf, LOCALES, resolveLocale, type Locale } from '../i18n/locales';
import type { KycStrings } from '../messaging/protocol';
import type { Settings } from '../storage/settings';

type Part = Pick<Catalog, 'background' | 'common' | 'kyc'>;
const FILES = import.meta.glob<Record<string, string>>(['../i18n/locales/*/background.json', '../i18n/locales/*/common.json', '../i18n/locales/*/kyc.json'], {
  eager: true,
  import: 'default',
});

for (const locale of LOCALES) {
  const file = (namespace: string) => FILES[`../i18n/locales/${locale}/${namespace}.json`];
  const [background, common, kyc] = [file('background'), file('common'), file('kyc')];
  if (!background || !common || !kyc) continue; // tests/unit/i18n fails on any missing file
  registerCatalog(locale, { background, common, kyc } as Part);
}

export function backgroundLocale(settings: Settings): Locale {
  return resolveLocale(settings.locale, uiLanguage(), globalThis.navigator?.languages ?? []);
}

export function kycStrings(settings: Settings): KycStrings {
  const locale = backgroundLocale(settings);
  const strings = (registeredCatalog(locale)?.kyc ?? registeredCatalog('en')?.kyc ?? {}) as Record<string, string>;
  return { locale, dir: directionOf(locale), strings };
}
