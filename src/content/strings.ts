// The content script's strings. It carries English only (so the card is never blank, even when the
// background does not answer) and asks the background for the extension's language: the script
// injected into every binance.com page carries one language, not fifteen.
import '../i18n/icu-eager';
import en from '../i18n/locales/en/kyc.json';
import { interpolate } from '../i18n/translate';
import type { Locale } from '../i18n/locales';
import { FACT_PARAMS } from '../figures/facts';
import type { KycStrings } from '../messaging/protocol';

export type KycKey = keyof typeof en;
export type KycText = (key: KycKey, params?: Record<string, string | number>) => string;

export interface KycLanguage {
  locale: Locale;
  dir: 'ltr' | 'rtl';
  t: KycText;
}

export function kycLanguage(answer: KycStrings | undefined): KycLanguage {
  const table: Record<string, string> = answer?.strings ?? en;
  const locale = answer ? answer.locale : 'en';
  const t: KycText = (key, params) => interpolate(table[key] ?? en[key] ?? key, params, FACT_PARAMS, locale); // figures ({lockHours}...) fill in here too
  return { locale, dir: answer?.dir ?? 'ltr', t };
}
