// Every user-visible string lives in the JSON files under locales/<code>/, one file per feature
// ("namespace"); English is the reference every other language must match (tests/unit/i18n).
// This module holds no strings itself: a page registers the one language it loaded
// (src/i18n/load.ts), the background registers the namespaces it speaks (background/strings.ts),
// and the translator reads what is registered.
import type { Locale } from './locales';

export { LOCALES, type Locale } from './locales';

/** The English namespaces, as types only (a type query bundles nothing). */
interface English {
  common: typeof import('./locales/en/common.json');
  checks: typeof import('./locales/en/checks.json');
  popup: typeof import('./locales/en/popup.json');
  guide: typeof import('./locales/en/guide.json');
  checklist: typeof import('./locales/en/checklist.json');
  ui: typeof import('./locales/en/ui.json');
  background: typeof import('./locales/en/background.json');
  options: typeof import('./locales/en/options.json');
  kyc: typeof import('./locales/en/kyc.json');
  match: typeof import('./locales/en/match.json');
  vision: typeof import('./locales/en/vision.json');
  report: typeof import('./locales/en/report.json');
  export: typeof import('./locales/en/export.json');
  reviewKit: typeof import('./locales/en/reviewKit.json');
}

export type Namespace = keyof English;
export type Catalog = { [N in Namespace]: Record<keyof English[N], string> };
export type CatalogPart = Partial<Catalog>;

const registered = new Map<Locale, CatalogPart>();

/** Adds namespaces for a locale (a later call adds to, and may replace, what an earlier one gave). */
export function registerCatalog(locale: Locale, part: CatalogPart): void {
  registered.set(locale, { ...registered.get(locale), ...part });
}

export function registeredCatalog(locale: Locale): CatalogPart | undefined {
  return registered.get(locale);
}
