import type { IntlMessageFormat } from 'intl-messageformat';
import { installedIcu } from './icu';
import { registeredCatalog, type Catalog } from './catalog';
import type { Locale } from './locales';

export { resolveLocale, type LocaleSetting } from './locales';

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

/**
 * The guide's figures ({luxMin}, {lockHours}...) are handed in by whoever builds the translator (the
 * figures sit below every other folder, src/figures/facts.ts), so a figure is written once; a
 * message's own params win over a figure of the same name. Numbers are written the way the locale
 * writes them (Intl, no grouping so a year or a version stays one word); a value with ICU plural
 * syntax ("{n, plural, one {# attempt} few {…} other {…}}") goes through intl-messageformat, which
 * picks the form with Intl.PluralRules, so Russian's few/many and Arabic's six forms each read right.
 */
export function interpolate(template: string, params?: MessageParams, figures: MessageParams = {}, locale = 'en'): string {
  const all: MessageParams = params ? { ...figures, ...params } : figures;
  if (PLURAL.test(template)) {
    const formatted = formatIcu(template, all, locale);
    if (formatted !== undefined) return formatted;
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in all ? formatValue(all[name], locale) : whole));
}

const PLURAL = /\{\s*\w+\s*,\s*(plural|selectordinal|select)\s*,/;
const compiled = new Map<string, IntlMessageFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 20 })));
  return format;
}

function formatValue(value: string | number | undefined, locale: string): string {
  return typeof value === 'number' ? numberFormat(locale).format(value) : String(value);
}

/**
 * A plural's number may be unknown at run time ("?" frames per second): Intl would print "NaN" (in
 * Russian "не число") for `#`, so an unknown number is written as "?" and takes the "other" form.
 */
const FORMATTERS = {
  getNumberFormat: (locales: string | string[], options?: Intl.NumberFormatOptions) => {
    const format = new Intl.NumberFormat(locales, options);
    return {
      format: (value: number) => (Number.isNaN(Number(value)) ? '?' : format.format(value)),
      formatToParts: (value: number) => format.formatToParts(value),
      resolvedOptions: () => format.resolvedOptions(),
    } as Intl.NumberFormat;
  },
  getDateTimeFormat: (locales: string | string[], options?: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locales, options),
  getPluralRules: (locales: string | string[], options?: Intl.PluralRulesOptions) => new Intl.PluralRules(locales, options),
};

/** undefined when the template does not parse or lacks a value: the plain fill-in then shows what it can. */
function formatIcu(template: string, values: MessageParams, locale: string): string | undefined {
  try {
    const cacheKey = `${locale}\u0000${template}`;
    let message = compiled.get(cacheKey);
    if (!message) {
      const Format = installedIcu(); // installed with every page's language (load.ts), eagerly elsewhere
      if (!Format) return undefined;
      compiled.set(cacheKey, (message = new Format(template, locale, undefined, { ignoreTag: true, formatters: FORMATTERS })));
    }
    const numeric: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(values)) numeric[name] = typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
    const out = message.format(numeric);
    return typeof out === 'string' ? out : String(out);
  } catch {
    return undefined;
  }
}

export type Translate = (key: MessageKey | Message, params?: MessageParams) => string;

/**
 * Reads the strings registered for the locale (a page loads its language before it renders; tests
 * register all of them). A key the locale lacks falls back to English where English is registered,
 * then to the key itself, so a gap never renders as a blank; tests/unit/i18n makes gaps a failure.
 */
export function createTranslator(locale: Locale, figures: MessageParams = {}): Translate {
  const lookup = (key: string): string | undefined => {
    const dot = key.indexOf('.');
    const namespace = key.slice(0, dot) as keyof Catalog;
    const name = key.slice(dot + 1);
    const fromLocale = registeredCatalog(locale)?.[namespace] as Record<string, string> | undefined;
    const fromEnglish = registeredCatalog('en')?.[namespace] as Record<string, string> | undefined;
    return fromLocale?.[name] ?? fromEnglish?.[name];
  };
  return (keyOrMessage, params) => {
    const message = typeof keyOrMessage === 'string' ? { key: keyOrMessage, params } : keyOrMessage;
    return interpolate(lookup(message.key) ?? message.key, message.params, figures, locale);
  };
}
