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

/**
 * 'frame': a binance.com frame in a tab whose URL the browser did not give (Firefox reports a tab's
 * URL only with a host permission, which content-script matches do not grant). It is let through
 * only once the tab's own top frame has proved to run our content script, i.e. to be binance.com.
 * 'embedded': a binance.com frame inside another site's tab. It may ask for public data only (the
 * card's strings): it can never count an attempt or open anything.
 */
export type SenderKind = 'page' | 'content' | 'frame' | 'embedded' | 'rejected';

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
  // frame embedded by another site cannot count attempts. Chrome fills tab.url where the extension
  // may run (binance.com); an unknown tab URL is never assumed: the router asks the tab's top frame.
  const inFrame = sender.frameId !== undefined && sender.frameId !== 0;
  if (inFrame && sender.tab.url === undefined) return 'frame';
  if (inFrame && !isBinanceUrl(sender.tab.url)) return 'embedded';
  return 'content';
}

/** 'frame' is never allowed as such: the router settles it into 'content' or 'embedded' first. */
export function senderAllowed(kind: SenderKind, audience: Audience): boolean {
  if (kind === 'rejected' || kind === 'frame') return false;
  if (audience === 'public') return true;
  if (kind === 'embedded') return false;
  return audience === 'any' || kind === 'page';
}
