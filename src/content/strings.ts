// The content script's strings. It imports only its own namespace (not the whole catalog) so the
// script injected into every binance.com page stays small; keys and both locales are the ones the
// catalog registers and tests/unit/i18n checks.
import en from '../i18n/locales/en/kyc.json';
import zh from '../i18n/locales/zh-CN/kyc.json';
import type { Locale } from '../i18n/catalog';
import { browser } from 'wxt/browser';
import { resolveLocale, type LocaleSetting } from '../i18n/translate';

export type KycKey = keyof typeof en;
export type KycText = (key: KycKey, params?: Record<string, string | number>) => string;

const TABLES: Record<Locale, Record<string, string>> = { en, 'zh-CN': zh };

export function kycText(locale: Locale): KycText {
  return (key, params) => {
    const template = TABLES[locale][key] ?? en[key] ?? key;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
  };
}

/** The user's choice in settings; on "auto", the page's language first (it is what the user reads), then the browser's. */
// Reads the one setting it needs straight from storage (the settings module's schema library would
// triple this script's size); resolveLocale ignores anything that is not a known locale.
export async function contentLocale(): Promise<Locale> {
  const stored = await browser.storage.local.get('settings').catch(() => ({}) as Record<string, unknown>);
  const locale = (stored.settings as { locale?: unknown } | undefined)?.locale;
  const setting = (typeof locale === 'string' ? locale : 'auto') as LocaleSetting;
  const languages = [document.documentElement.lang, ...navigator.languages].filter(Boolean);
  return resolveLocale(setting, languages);
}
