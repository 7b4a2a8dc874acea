// Wires the pure KYC rules to the page: a throttled observer and in-app navigation decide when to
// look; the rules decide what it means; the overlay and the background act on it.
//
// Cost on ordinary binance.com pages: one MutationObserver watching child-list changes only (its
// callback just schedules a check), and at most one check a second: a URL test, one selector query
// and a bounded heading list. Visible text is read only on KYC pages.
//
// It runs in every binance.com frame (all_frames: FaceTec's SDK may live in a same-site iframe).
// Each frame watches its own document and reports its own showings; the background attributes
// them to the tab and counts a showing once across frames. Only the top frame shows the launcher.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { NO_FACETEC, understand, type FaceTecView } from '../kyc/facetec-sdk';
import { matchedPhrases, matchPrompts } from '../kyc/match';
import { classifyPage, isKycUrl } from '../kyc/pages';
import type { PromptRule } from '../kyc/prompts';
import { INITIAL_SCREENS, observeScreens, type ScreenEvent } from '../kyc/screens';
import type { AttemptStatus } from '../lockout/types';
import { onContentMessage } from '../messaging/content-protocol';
import { sendMessage } from '../messaging/protocol';
import { watchSiteCameraPermission } from './camera-permission';
import { createOverlay, type Overlay } from './overlay';
import { faceTecElements, findPromptElement, readFaceTec, readPageSignals, readVisibleText } from './page-reader';
import { contentLocale, kycText } from './strings';
import { createThrottle } from './throttle';

/** How often a changing page is re-checked at most: KYC pages closely, the rest barely. */
export const KYC_INTERVAL_MS = 250;
export const OTHER_INTERVAL_MS = 1000;

// The background may be restarting or (during development) not answer yet: never break the page.
const quietly = (promise: Promise<unknown>) => void promise.catch(() => undefined);

export function startKycContent(ctx: ContentScriptContext): void {
  // WXT stops this script when "a newer copy started" is dispatched on document, and a page that
  // knows the (public) extension id can forge that event to silence us. Only development reloads
  // need it, so a build swallows it before WXT sees it (capture on window runs first).
  if (import.meta.env.PROD) {
    const stopForged = (event: Event) => event.stopImmediatePropagation();
    // WXT's name for it (getUniqueEventName: runtime id, entrypoint name, event), private in its types.
    const name = `${browser.runtime.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;
    window.addEventListener(name, stopForged, { capture: true, signal: ctx.signal });
  }
  let onKycPage = false;
  let screens = INITIAL_SCREENS;
  let launcherDismissed = false;
  const closedCards = new Set<string>();
  let cardRule: PromptRule | null = null;
  let cardAnchor: Element | null = null;
  let avoid: Element[] = [];
  let attempts: AttemptStatus | null = null;
  let overlay: Promise<Overlay> | null = null;
  let permissionWatched = false;
  /** The top frame heard from the background that one of its binance.com frames shows FaceTec. */
  let faceTecInFrame = false;
  // Only the top frame offers the pre-flight; a frame says where FaceTec's screen is.
  const isTop = window === window.top;
  const frameHost = isTop ? null : location.host;
  // Showing ids are unique per page load: a random prefix (a reloaded frame starts a new series).
  const series = Math.random().toString(36).slice(2, 10);

  const getOverlay = () =>
    (overlay ??= contentLocale().then((locale) =>
      createOverlay(ctx, kycText(locale), locale, {
        openPreflight: () => quietly(sendMessage('bg:open-preflight', undefined)),
        openGuide: (scenario) => quietly(sendMessage('bg:open-guide', scenario)),
        openCameraSettings: () => quietly(sendMessage('bg:open-camera-settings', undefined)),
        openReviewKit: () => quietly(sendMessage('bg:open-review-kit', undefined)),
        dismissed: () => {
          launcherDismissed = true;
          render();
        },
        cardClosed: (ruleId) => {
          closedCards.add(ruleId);
          render();
        },
      }),
    ));

  function render(): void {
    const card = cardRule && !closedCards.has(cardRule.id) ? { rule: cardRule, anchor: cardAnchor, avoid, attempts, frameHost } : null;
    const state = { launcher: isTop && onKycPage && !launcherDismissed, card: onKycPage ? card : null };
    if (!overlay && !state.launcher && !state.card) return;
    void getOverlay().then((ui) => ctx.isValid && ui.render(state));
  }

  // Where the card goes: beside FaceTec's shown screen when the SDK's ids find it (the overlay also
  // keeps clear of every shown FaceTec part, the face oval included); without them, beside a result
  // prompt, while live guidance without an anchor is pinned in the corner, away from the oval.
  function anchorFor(rule: PromptRule | null, text: string, view: FaceTecView = NO_FACETEC): Element | null {
    if (!rule) return null;
    // FaceTec's own screen, found by its id: the card goes beside it, whatever the language.
    if (view.present) {
      const screen = faceTecElements(view).find((element) => /retryScreen|camera\w*Screen/.test(element.id));
      if (screen) return screen;
    }
    if (rule.counts === null) return null;
    return findPromptElement(matchedPhrases(rule, text)[0] ?? '');
  }

  const learn = (status: AttemptStatus) => {
    attempts = status;
    render();
  };

  function report(events: ScreenEvent[]): void {
    for (const { ruleId, kind, at, showing } of events) {
      quietly(sendMessage('bg:kyc-event', { ruleId, kind, at, showing: `${series}-${showing}` }).then(learn));
    }
  }

  function check(): void {
    if (!ctx.isValid) return;
    const href = location.href;
    // The URL alone decides most pages without touching the DOM.
    const kyc = isKycUrl(href) || faceTecInFrame || classifyPage(readPageSignals()).kyc;
    if (kyc !== onKycPage) switchMode(kyc);
    if (!kyc) return render();

    const view = readFaceTec();
    const text = readVisibleText();
    const matched = matchPrompts(text);
    const { card: top, counted } = understand(view, matched);
    const result = observeScreens(screens, counted, Date.now());
    screens = result.state;
    report(result.events);

    avoid = view.present ? faceTecElements(view) : [];
    if (top?.id !== cardRule?.id) {
      // A card closed by the user comes back only when its prompt comes back.
      for (const id of closedCards) if (top?.id !== id && !matched.some((rule) => rule.id === id)) closedCards.delete(id);
      cardRule = top;
      cardAnchor = anchorFor(top, text, view);
      // What is left today: a counted screen learns it from its report, any other card asks.
      if (top && result.events.length === 0) quietly(sendMessage('bg:get-attempts', undefined).then(learn));
    } else if (top && cardAnchor && !cardAnchor.isConnected) {
      cardAnchor = anchorFor(top, text, view);
    }
    render();
  }

  const throttle = createThrottle(check, OTHER_INTERVAL_MS, {
    now: () => performance.now(),
    setTimeout: (handler, ms) => ctx.setTimeout(handler, ms),
  });

  const observer = new MutationObserver(() => throttle.schedule());
  const observe = (kyc: boolean) => {
    observer.disconnect();
    // KYC pages: FaceTec may swap texts in place or show pre-built screens by toggling styles.
    observer.observe(document.documentElement, kyc
      ? { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['style', 'class', 'hidden', 'aria-hidden'] }
      : { childList: true, subtree: true });
  };

  function switchMode(kyc: boolean): void {
    onKycPage = kyc;
    // A frame that turns out to hold FaceTec tells its top frame (through the background), which
    // then offers the pre-flight even when its own URL and headings say nothing about KYC.
    if (kyc && !isTop) quietly(sendMessage('bg:kyc-frame', undefined));
    throttle.setInterval(kyc ? KYC_INTERVAL_MS : OTHER_INTERVAL_MS);
    observe(kyc);
    if (!kyc) {
      screens = INITIAL_SCREENS;
      cardRule = null;
      cardAnchor = null;
      avoid = [];
      return;
    }
    if (!permissionWatched && isTop) {
      permissionWatched = true;
      void watchSiteCameraPermission((state) => quietly(sendMessage('bg:site-camera-permission', state)), ctx.signal);
    }
  }

  observe(false);
  ctx.onInvalidated(() => observer.disconnect());
  // In-app navigation: the event only says "look again"; the URL is re-read, never trusted from it.
  // It also ends what a frame said: the new view's frames speak again if they still hold FaceTec.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    faceTecInFrame = false;
    throttle.schedule();
  });
  if (isTop) {
    const stop = onContentMessage('content:kyc-in-frame', () => {
      faceTecInFrame = true;
      throttle.schedule();
    });
    // Proves to the background that this tab is binance.com (for its frames' messages in Firefox).
    const stopAnswering = onContentMessage('content:top-frame', () => true);
    ctx.onInvalidated(() => {
      stop();
      stopAnswering();
    });
  }
  // One re-measure per frame at most while a card is up.
  let frame = 0;
  const reposition = () => {
    if (!cardRule || !overlay || frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      void overlay?.then((ui) => ui.reposition());
    });
  };
  ctx.addEventListener(window, 'scroll', reposition, { passive: true, capture: true });
  ctx.addEventListener(window, 'resize', reposition, { passive: true });
  check();
}
