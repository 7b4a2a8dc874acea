// Pages load exactly one language: each locale's index is its own chunk (Vite splits a lazy glob),
// so the popup of a Russian reader fetches Russian and nothing else. The plural formatter comes
// beside it, off the page's first chunk.
import { registerCatalog, type Catalog } from './catalog';
import { installedIcu, installIcu } from './icu';
import type { Locale } from './locales';

const LOADERS = import.meta.glob<Catalog>('./locales/*/index.ts', { import: 'default' });

export async function loadCatalog(locale: Locale): Promise<Catalog> {
  const load = LOADERS[`./locales/${locale}/index.ts`];
  if (!load) throw new Error(`no strings for ${locale}`);
  const [catalog] = await Promise.all([load(), loadIcu()]);
  registerCatalog(locale, catalog);
  return catalog;
}

/** The plural formatter arrives with the strings, in parallel, so no page renders before it (icu.ts). */
async function loadIcu(): Promise<void> {
  if (!installedIcu()) installIcu((await import('intl-messageformat')).IntlMessageFormat);
}
