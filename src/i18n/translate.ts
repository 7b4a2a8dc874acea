import { catalogs, type Catalog, type Locale, LOCALES } from './catalog';

/** "namespace.key", e.g. "common.runPreflight". */
export type MessageKey = {
  [N in keyof Catalog]: `${N & string}.${keyof Catalog[N] & string}`;
}[keyof Catalog];

export type MessageParams = Record<string, string | number>;

/** A translatable message as data, so results can be stored and rendered in any locale. */
export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

export type LocaleSetting = 'auto' | Locale;

/** The browser's language list decides unless the user chose one; Chinese variants map to zh-CN. */
export function resolveLocale(setting: LocaleSetting, browserLanguages: readonly string[]): Locale {
  if (setting !== 'auto' && (LOCALES as readonly string[]).includes(setting)) return setting;
  for (const language of browserLanguages) {
    const lower = language.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

/**
 * The guide's figures ({luxMin}, {lockHours}...) are handed in by whoever builds the translator (the
 * figures sit below every other folder, src/figures/facts.ts), so a figure is written once; a
 * message's own params win over a figure of the same name.
 */
export function interpolate(template: string, params?: MessageParams, figures: MessageParams = {}): string {
  const all: MessageParams = params ? { ...figures, ...params } : figures;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in all ? String(all[name]) : whole));
}

export type Translate = (key: MessageKey | Message, params?: MessageParams) => string;

/** Falls back to English, then to the key itself, so a gap never renders as a blank. */
export function createTranslator(locale: Locale, figures: MessageParams = {}): Translate {
  const lookup = (key: string): string | undefined => {
    const dot = key.indexOf('.');
    const namespace = key.slice(0, dot) as keyof Catalog;
    const name = key.slice(dot + 1);
    const fromLocale = catalogs[locale][namespace] as Record<string, string> | undefined;
    const fromEnglish = catalogs.en[namespace] as Record<string, string> | undefined;
    return fromLocale?.[name] ?? fromEnglish?.[name];
  };
  return (keyOrMessage, params) => {
    const message = typeof keyOrMessage === 'string' ? { key: keyOrMessage, params } : keyOrMessage;
    return interpolate(lookup(message.key) ?? message.key, message.params, figures);
  };
}
