import { browser } from 'wxt/browser';
import type { LocaleSetting } from './translate';

/**
 * The user's language setting, read with one storage call and no schema library: pages need it
 * before their first render and the content script must stay small. Anything that is not a string
 * becomes "auto"; resolveLocale then ignores any string that is not a known locale. (The settings
 * item in src/storage/settings.ts owns the key, its versions and its validation.)
 */
export async function readLocaleSetting(): Promise<LocaleSetting> {
  const stored = await browser.storage.local.get('settings').catch(() => ({}) as Record<string, unknown>);
  const locale = (stored.settings as { locale?: unknown } | null | undefined)?.locale;
  return (typeof locale === 'string' ? locale : 'auto') as LocaleSetting;
}
