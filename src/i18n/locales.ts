// The languages the extension speaks, how each is named and written, and how a browser's language
// tag finds one of them. Pure data and pure functions: no catalog is imported here.

/**
 * The languages that ship: every string written and read back (tests/unit/i18n fails on a gap).
 * BCP 47 codes, as set on <html lang>. English first: it is the fallback for a tag we do not know.
 */
export const LOCALES = ['en', 'zh-CN', 'ar', 'de', 'es', 'fr', 'id', 'ja', 'ko', 'pt-BR', 'ru', 'tr', 'uk', 'vi', 'zh-TW'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * Languages of Binance's users still being written: a browser in one of them gets the next
 * language it prefers that ships, then English (Traditional Chinese would read Simplified). Empty:
 * all fifteen of this round ship.
 */
export const PLANNED: readonly string[] = [];

/** Each language in its own name, as Options lists it (a person finds their language by reading it). */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  'zh-CN': '简体中文',
  ar: 'العربية',
  de: 'Deutsch',
  es: 'Español',
  fr: 'Français',
  id: 'Bahasa Indonesia',
  ja: '日本語',
  ko: '한국어',
  'pt-BR': 'Português (Brasil)',
  ru: 'Русский',
  tr: 'Türkçe',
  uk: 'Українська',
  vi: 'Tiếng Việt',
  'zh-TW': '繁體中文',
};

const RIGHT_TO_LEFT: ReadonlySet<Locale> = new Set<Locale>(['ar']);

export function directionOf(locale: Locale): 'rtl' | 'ltr' {
  return RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * One browser language tag → the locale we write for it, or undefined. Chinese goes by script
 * (Hant, or Taiwan, Hong Kong and Macau, read Traditional); every Portuguese reads our Brazilian
 * Portuguese and every Spanish our Spanish; "in" is the old code for Indonesian.
 */
export function matchLocale(tag: string): Locale | undefined {
  const parts = tag.trim().replace(/_/g, '-').toLowerCase().split('-');
  const [language = '', ...rest] = parts;
  const shipped = (code: string): Locale | undefined => LOCALES.find((locale) => locale === code);
  if (language === 'zh') {
    if (rest.includes('hans')) return 'zh-CN';
    return rest.some((part) => ['hant', 'tw', 'hk', 'mo'].includes(part)) ? (shipped('zh-TW') ?? 'zh-CN') : 'zh-CN';
  }
  if (language === 'pt') return shipped('pt-BR');
  if (language === 'in') return shipped('id');
  return shipped(language);
}

export type LocaleSetting = 'auto' | Locale;

/**
 * The person's choice wins; otherwise the browser's UI language, then its preferred languages in
 * order, then English.
 */
export function resolveLocale(setting: LocaleSetting, uiLanguage: string | undefined, languages: readonly string[]): Locale {
  if (setting !== 'auto' && isLocale(setting)) return setting;
  for (const tag of [uiLanguage ?? '', ...languages]) {
    const locale = tag ? matchLocale(tag) : undefined;
    if (locale) return locale;
  }
  return 'en';
}
