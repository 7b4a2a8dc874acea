// Everything the content script reads from the page, kept to what the rules need: the URL, a few
// headings, whether FaceTec's elements exist, and (on KYC pages only) the visible text to match
// prompts against. Text is tokenised in memory and dropped; nothing read here leaves the page.
import { FACETEC_SELECTOR, HEADING_SELECTOR, MAX_HEADINGS, type PageSignals } from '../kyc/pages';
import { tokenize, containsTokens } from '../kyc/text';

const MAX_HEADING_CHARS = 80;

/** Cheap: one selector query and a bounded list of headings. Used on pages whose URL is not KYC. */
export function readPageSignals(doc: Document = document): PageSignals {
  const headings = Array.from(doc.querySelectorAll(HEADING_SELECTOR))
    .slice(0, MAX_HEADINGS)
    .map((element) => (element.textContent ?? '').slice(0, MAX_HEADING_CHARS));
  return { url: doc.location.href, headings, faceTec: doc.querySelector(FACETEC_SELECTOR) !== null };
}

/**
 * What a person sees: innerText skips hidden elements and turns <br> and block boundaries into line
 * breaks. The extension's own UI lives outside <body>, so it is never read back.
 */
export function readVisibleText(doc: Document = document): string {
  return doc.body?.innerText ?? '';
}

const MAX_TEXT_NODES = 5000;
const MAX_ANCESTORS = 4;

function isShown(element: Element): boolean {
  return element.getClientRects().length > 0;
}

/** The smallest visible element that shows `phrase` (so the card can sit next to it), or null. */
export function findPromptElement(phrase: string, doc: Document = document): Element | null {
  const needle = tokenize(phrase);
  const first = needle[0];
  if (!first || !doc.body) return null;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  let visited = 0;
  for (let node = walker.nextNode(); node && visited < MAX_TEXT_NODES; node = walker.nextNode(), visited++) {
    if (!tokenize(node.nodeValue ?? '').includes(first)) continue;
    let element = node.parentElement;
    for (let depth = 0; element && depth < MAX_ANCESTORS; depth++, element = element.parentElement) {
      if (element === doc.body) break;
      if (containsTokens(tokenize((element as HTMLElement).innerText ?? ''), needle)) {
        if (isShown(element)) return element;
        break;
      }
    }
  }
  return null;
}
