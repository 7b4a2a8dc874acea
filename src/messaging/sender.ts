// Who may talk to the background. Chrome fills `sender` itself, so a web page cannot forge it;
// what we check is that the message comes from our own code in a place we expect.
import type { Audience } from './schemas';

/** The parts of runtime.MessageSender we rely on (Chrome's and Firefox's agree on these). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export interface Self {
  /** runtime.id */
  id: string;
  /** runtime.getURL(''), e.g. chrome-extension://<id>/ */
  origin: string;
}

export type SenderKind = 'page' | 'content' | 'rejected';

/** https://binance.com or any subdomain, nothing else (no http, no look-alike hosts, no ports games). */
export function isBinanceUrl(url: string | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const host = parsed.hostname.toLowerCase();
  return parsed.protocol === 'https:' && (host === 'binance.com' || host.endsWith('.binance.com'));
}

export function classifySender(sender: SenderInfo | undefined, self: Self): SenderKind {
  if (!sender || sender.id !== self.id) return 'rejected';
  if (typeof sender.url === 'string' && sender.url.startsWith(self.origin)) return 'page';
  // A content script: its frame's URL (always present) must be binance.com, and it lives in a tab.
  if (sender.tab && isBinanceUrl(sender.url ?? sender.tab.url)) return 'content';
  return 'rejected';
}

export function senderAllowed(kind: SenderKind, audience: Audience): boolean {
  if (kind === 'rejected') return false;
  return audience === 'any' || kind === 'page';
}
