// The content script's strings. It imports only its own namespace (not the whole catalog) so the
// script injected into every binance.com page stays small; keys and both locales are the ones the
// catalog registers and tests/unit/i18n checks.
import en from '../i18n/locales/en/kyc.json';
import zh from '../i18n/locales/zh-CN/kyc.json';
import type { Locale } from '../i18n/catalog';
import { readLocaleSetting } from '../storage/settings';
import { interpolate, resolveLocale } from '../i18n/translate';
import { FACT_PARAMS } from '../figures/facts';

export type KycKey = keyof typeof en;
export type KycText = (key: KycKey, params?: Record<string, string | number>) => string;

const TABLES: Record<Locale, Record<string, string>> = { en, 'zh-CN': zh };

export function kycText(locale: Locale): KycText {
  return (key, params) => {
    const template = TABLES[locale][key] ?? en[key] ?? key;
    return interpolate(template, params, FACT_PARAMS); // the guide's figures ({lockHours}...) fill in here too
  };
}

/**
 * The extension's UI language, as its own pages resolve it (the setting, else the browser's
 * languages), whatever language the page is in: Binance may serve Turkish to someone whose
 * browser, and so whose extension, speaks English.
 */
export async function contentLocale(): Promise<Locale> {
  return resolveLocale(await readLocaleSetting(), navigator.languages);
}
