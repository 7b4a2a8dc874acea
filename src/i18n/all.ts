// Every language at once, for tests and build scripts that check or print all of them. Product
// code never imports this file (a page loads one language: load.ts); tests/unit/layers.test.ts
// keeps it that way.
import { registerCatalog, type Catalog } from './catalog';
import { LOCALES, type Locale } from './locales';

const MODULES = import.meta.glob<Catalog>('./locales/*/index.ts', { import: 'default', eager: true });

/** Every locale that has strings; tests/unit/i18n fails when one of LOCALES is missing here. */
export const catalogs: Partial<Record<Locale, Catalog>> & { en: Catalog; 'zh-CN': Catalog } = { en: load('en'), 'zh-CN': load('zh-CN') };
for (const locale of LOCALES) {
  const catalog = MODULES[`./locales/${locale}/index.ts`];
  if (catalog) catalogs[locale] = catalog;
}
for (const [locale, catalog] of Object.entries(catalogs)) registerCatalog(locale as Locale, catalog);

function load(locale: Locale): Catalog {
  const catalog = MODULES[`./locales/${locale}/index.ts`];
  if (!catalog) throw new Error(`no strings for ${locale}`);
  return catalog;
}

export const en = catalogs.en;
export const zhCN = catalogs['zh-CN'];
