// Who may talk to the background. Chrome fills `sender` itself, so a web page cannot forge it;
// what we check is that the message comes from our own code in a place we expect.
import type { Audience } from './schemas';

/** The parts of runtime.MessageSender we rely on (Chrome's and Firefox's agree on these). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  /** 0 for a tab's top frame, a positive id for a frame inside it (runtime.MessageSender.frameId). */
  frameId?: number;
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
  if (!sender.tab) return 'rejected';
  // A content script: its frame's URL (always present) must be binance.com, and it lives in a tab.
  if (!isBinanceUrl(sender.url ?? sender.tab.url)) return 'rejected';
  // A frame inside the page (all_frames): the tab around it must be binance.com too, so a binance.com
  // frame embedded by another site cannot count attempts. The browser fills tab.url only where the
  // extension has host access (binance.com); an unknown tab URL is refused, never assumed.
  const inFrame = sender.frameId !== undefined && sender.frameId !== 0;
  if (inFrame && !isBinanceUrl(sender.tab.url)) return 'rejected';
  return 'content';
}

export function senderAllowed(kind: SenderKind, audience: Audience): boolean {
  if (kind === 'rejected') return false;
  return audience === 'any' || kind === 'page';
}
