// Everything the content script reads from the page, kept to what the rules need: the URL, a few
// headings, whether FaceTec's elements exist, and (on KYC pages only) the visible text to match
// prompts against. Text is tokenised in memory and dropped; nothing read here leaves the page.
import { classifyPage, FACETEC_SELECTOR, HEADING_SELECTOR, isKycUrl, MAX_HEADINGS, type PageSignals } from '../kyc/pages';
import { FACETEC_IDS, type FaceTecPart, type FaceTecView } from '../kyc/facetec-sdk';
import { matchedPhrases } from '../kyc/match';
import type { PromptRule } from '../kyc/prompts';
import { tokenize, containsTokens } from '../kyc/text';
import type { PageLook } from './state';

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

/** Shown to the person: laid out, not `visibility: hidden`, not fully transparent (FaceTec fades screens). */
export function isDisplayed(element: Element): boolean {
  if (typeof element.checkVisibility === 'function') {
    return element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  }
  return element.getClientRects().length > 0;
}

/**
 * Which of FaceTec's screens are shown, by the SDK's fixed ids: a handful of getElementById calls,
 * and a layout read only for the ids that exist.
 */
export function readFaceTec(doc: Document = document): FaceTecView {
  const shown = new Set<FaceTecPart>();
  // The root alone is not enough: a site may reuse its id around screens of its own making, and
  // then only its text can tell (as on pages without the SDK).
  let present = false;
  for (const [part, id] of Object.entries(FACETEC_IDS) as Array<[keyof typeof FACETEC_IDS, string]>) {
    if (part === 'root') continue;
    const element = doc.getElementById(id);
    if (!element) continue;
    present = true;
    if (isDisplayed(element)) shown.add(part);
  }
  return { present, shown };
}

/** The parts of FaceTec's UI a card must not cover: the shown screens, the frame with the oval, the guidance bar. */
export function faceTecElements(view: FaceTecView, doc: Document = document): Element[] {
  return [...view.shown]
    .map((part) => doc.getElementById(FACETEC_IDS[part]))
    .filter((element): element is HTMLElement => element !== null);
}

/**
 * One look at the page, cheapest reads first: the URL alone decides most pages without touching
 * the DOM, then one selector query and the headings; FaceTec's ids and the visible text only on KYC
 * pages. `assumeKyc`: a frame of this tab already said it shows FaceTec.
 */
export function lookAtPage(assumeKyc: boolean, doc: Document = document): PageLook {
  const kyc = assumeKyc || isKycUrl(doc.location.href) || classifyPage(readPageSignals(doc)).kyc;
  if (!kyc) return { kyc: false };
  return { kyc: true, view: readFaceTec(doc), text: readVisibleText(doc) };
}

/** FaceTec's shown parts on a KYC page: the card goes beside them, never over them. */
export function partsToAvoid(page: PageLook, doc: Document = document): Element[] {
  return page.kyc && page.view.present ? faceTecElements(page.view, doc) : [];
}

/**
 * Where the card goes: beside FaceTec's shown screen when the SDK's ids find it (the overlay also
 * keeps clear of every shown FaceTec part, the face oval included); without them, beside a result
 * prompt, while live guidance without an anchor is pinned in the corner, away from the oval.
 */
export function cardAnchor(rule: PromptRule | null, page: PageLook, doc: Document = document): Element | null {
  if (!rule || !page.kyc) return null;
  // FaceTec's own screen, found by its id: the card goes beside it, whatever the language.
  if (page.view.present) {
    const screen = faceTecElements(page.view, doc).find((element) => /retryScreen|camera\w*Screen/.test(element.id));
    if (screen) return screen;
  }
  if (rule.counts === null) return null;
  return findPromptElement(matchedPhrases(rule, page.text)[0] ?? '', doc);
}
