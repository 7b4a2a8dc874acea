import { browser } from 'wxt/browser';

/** The extension's own pages (entrypoints/<name>/index.html → /<name>.html). */
export type ExtensionPage = 'preflight' | 'options' | 'guide' | 'popup' | 'review-kit' | 'match';

/**
 * The one builder for links to the extension's pages: query values are URL-encoded, entries left
 * undefined are omitted, and the hash is appended as given (e.g. "scenario-3").
 */
export function extensionPageUrl(page: ExtensionPage, query: Record<string, string | number | undefined> = {}, hash?: string): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined) search.set(name, String(value));
  const text = search.toString();
  return browser.runtime.getURL(`/${page}.html${text ? `?${text}` : ''}${hash ? `#${hash}` : ''}`);
}
