// Pages load exactly one language: each locale's index is its own chunk (Vite splits a lazy glob),
// so the popup of a Russian reader fetches Russian and nothing else.
import { registerCatalog, type Catalog } from './catalog';
import type { Locale } from './locales';

const LOADERS = import.meta.glob<Catalog>('./locales/*/index.ts', { import: 'default' });

export async function loadCatalog(locale: Locale): Promise<Catalog> {
  const load = LOADERS[`./locales/${locale}/index.ts`];
  if (!load) throw new Error(`no strings for ${locale}`);
  const catalog = await load();
  registerCatalog(locale, catalog);
  return catalog;
}
