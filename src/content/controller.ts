// Wires the content script's pure state (state.ts) to the page: it reads the page (page-reader.ts),
// feeds each look and each answer to the reducer, and applies the effects it returns (the overlay,
// the background's messages, the observer). It decides nothing itself.
//
// Cost on ordinary binance.com pages: one MutationObserver watching child-list changes only (its
// callback just schedules a look), and at most one look a second: a URL test, one selector query
// and a bounded heading list. Visible text is read only on KYC pages.
//
// It runs in every binance.com frame (all_frames: FaceTec's SDK may live in a same-site iframe).
// Each frame watches its own document and reports its own showings; the background attributes
// them to the tab and counts a showing once across frames. Only the top frame shows the launcher.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PromptRule } from '../kyc/prompts';
import type { AttemptStatus } from '../lockout/types';
import { onContentMessage } from '../messaging/content-protocol';
import { sendMessage, type KycEvent } from '../messaging/protocol';
import { watchSiteCameraPermission } from './camera-permission';
import { createOverlay, type Overlay, type OverlayActions } from './overlay';
import { cardAnchor, lookAtPage, partsToAvoid } from './page-reader';
import { initialContentState, OTHER_INTERVAL_MS, reduce, shown, type Effect, type FrameInfo, type Observation, type PageLook } from './state';
import { kycLanguage } from './strings';
import { createThrottle } from './throttle';

/** What the controller needs from the browser and the page; tests give fakes. */
export interface ContentPorts {
  frame: FrameInfo;
  now: () => number;
  /** False once the extension reloaded or the script was stopped: nothing more may run. */
  isValid: () => boolean;
  look: (assumeKyc: boolean) => PageLook;
  cardAnchor: (rule: PromptRule | null, page: PageLook) => Element | null;
  partsToAvoid: (page: PageLook) => Element[];
  /** Created on first use (most pages never need it); the callbacks are the user's own actions. */
  createOverlay: (user: Pick<OverlayActions, 'dismissed' | 'cardClosed'>) => Promise<Pick<Overlay, 'render' | 'reposition'>>;
  report: (event: KycEvent) => Promise<AttemptStatus>;
  askAttempts: () => Promise<AttemptStatus>;
  announceFrame: () => void;
  watchPermission: () => void;
  watch: (kyc: boolean, intervalMs: number) => void;
  lookAgain: () => void;
}

export interface Controller {
  /** Reads the page once and acts on it (the throttle calls this). */
  look: () => void;
  dispatch: (observation: Observation) => void;
  /** A card is up (or closed but its rule still on screen): scrolling and resizing re-measure it. */
  hasCard: () => boolean;
  reposition: () => void;
}

// The background may be restarting or (during development) not answer yet: never break the page.
const quietly = <T>(promise: Promise<T>, then: (value: T) => void = () => undefined) =>
  void promise.then(then).catch(() => undefined);

export function createController(ports: ContentPorts): Controller {
  let state = initialContentState(ports.frame);
  let overlay: ReturnType<ContentPorts['createOverlay']> | null = null;
  // Page elements, not state: where the card sits and what it keeps clear of.
  let anchor: Element | null = null;
  let avoid: Element[] = [];

  const getOverlay = () =>
    (overlay ??= ports.createOverlay({
      dismissed: () => dispatch({ type: 'launcher-dismissed' }),
      cardClosed: (ruleId) => dispatch({ type: 'card-closed', ruleId }),
    }));

  function render(): void {
    const view = shown(state);
    if (!overlay && !view.launcher && !view.card) return;
    const card = view.card ? { rule: view.card, anchor, avoid, attempts: state.attempts, frameHost: state.frame.host } : null;
    void getOverlay().then((ui) => ports.isValid() && ui.render({ launcher: view.launcher, card }));
  }

  function apply(effects: readonly Effect[], page?: PageLook): void {
    let anchored = false;
    for (const effect of effects) {
      switch (effect.type) {
        case 'watch': ports.watch(effect.kyc, effect.intervalMs); break;
        case 'announce-frame': ports.announceFrame(); break;
        case 'watch-permission': ports.watchPermission(); break;
        case 'report': quietly(ports.report(effect.event), learn); break;
        case 'ask-attempts': quietly(ports.askAttempts(), learn); break;
        case 'look-again': ports.lookAgain(); break;
        case 'anchor-card':
          anchor = page ? ports.cardAnchor(state.card, page) : null;
          anchored = true;
          break;
        case 'render':
          // The same card's element was replaced by the page: find it again.
          if (page && !anchored && state.card && anchor && !anchor.isConnected) anchor = ports.cardAnchor(state.card, page);
          render();
          break;
      }
    }
  }

  function dispatch(observation: Observation, page?: PageLook): void {
    const step = reduce(state, observation, ports.now());
    state = step.state;
    apply(step.effects, page);
  }

  const learn = (status: AttemptStatus) => dispatch({ type: 'attempts', status });

  return {
    look() {
      if (!ports.isValid()) return;
      const page = ports.look(state.faceTecInFrame);
      avoid = ports.partsToAvoid(page);
      dispatch({ type: 'looked', page }, page);
    },
    dispatch,
    hasCard: () => state.card !== null && overlay !== null,
    reposition() {
      void overlay?.then((ui) => ui.reposition());
    },
  };
}

export function startKycContent(ctx: ContentScriptContext): void {
  // WXT stops this script when "a newer copy started" is dispatched on document, and a page that
  // knows the (public) extension id can forge that event to silence us. Only development reloads
  // need it, so every build (production and the e2e test build alike, hence COMMAND and not PROD,
  // which `--mode e2e` turns off) swallows it before WXT sees it (capture on window runs first).
  if (import.meta.env.COMMAND === 'build') {
    const stopForged = (event: Event) => event.stopImmediatePropagation();
    // WXT's name for it (getUniqueEventName: runtime id, entrypoint name, event), private in its types.
    const name = `${browser.runtime.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;
    window.addEventListener(name, stopForged, { capture: true, signal: ctx.signal });
  }
  const top = window === window.top;
  const frame: FrameInfo = { top, host: top ? null : location.host, series: Math.random().toString(36).slice(2, 10) };

  const throttle = createThrottle(() => controller.look(), OTHER_INTERVAL_MS, {
    now: () => performance.now(),
    setTimeout: (handler, ms) => ctx.setTimeout(handler, ms),
  });
  const observer = new MutationObserver(() => throttle.schedule());
  const watch = (kyc: boolean, intervalMs: number) => {
    throttle.setInterval(intervalMs);
    observer.disconnect();
    // KYC pages: FaceTec may swap texts in place or show pre-built screens by toggling styles.
    observer.observe(document.documentElement, kyc
      ? { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['style', 'class', 'hidden', 'aria-hidden'] }
      : { childList: true, subtree: true });
  };

  const controller = createController({
    frame,
    now: () => Date.now(),
    isValid: () => ctx.isValid,
    look: (assumeKyc) => lookAtPage(assumeKyc),
    cardAnchor: (rule, page) => cardAnchor(rule, page),
    partsToAvoid: (page) => partsToAvoid(page),
    createOverlay: (user) =>
      sendMessage('bg:kyc-strings', undefined).then(kycLanguage, () => kycLanguage(undefined)).then((language) =>
        createOverlay(ctx, language, {
          openPreflight: () => quietly(sendMessage('bg:open-preflight', undefined)),
          openGuide: (scenario) => quietly(sendMessage('bg:open-guide', scenario)),
          openCameraSettings: () => quietly(sendMessage('bg:open-camera-settings', undefined)),
          openReviewKit: () => quietly(sendMessage('bg:open-review-kit', undefined)),
          ...user,
        }),
      ),
    report: (event) => sendMessage('bg:kyc-event', event),
    askAttempts: () => sendMessage('bg:get-attempts', undefined),
    announceFrame: () => quietly(sendMessage('bg:kyc-frame', undefined)),
    watchPermission: () =>
      void watchSiteCameraPermission((site) => quietly(sendMessage('bg:site-camera-permission', site)), ctx.signal),
    watch,
    lookAgain: () => throttle.schedule(),
  });

  watch(false, OTHER_INTERVAL_MS);
  ctx.onInvalidated(() => observer.disconnect());
  // In-app navigation: the event only says "look again"; the URL is re-read, never trusted from it.
  ctx.addEventListener(window, 'wxt:locationchange', () => controller.dispatch({ type: 'navigated' }));
  if (frame.top) {
    const stop = onContentMessage('content:kyc-in-frame', () => controller.dispatch({ type: 'frame-shows-facetec' }));
    // Proves to the background that this tab is binance.com (for its frames' messages in Firefox).
    const stopAnswering = onContentMessage('content:top-frame', () => true);
    ctx.onInvalidated(() => {
      stop();
      stopAnswering();
    });
  }
  // One re-measure per frame at most while a card is up.
  let animation = 0;
  const reposition = () => {
    if (!controller.hasCard() || animation) return;
    animation = requestAnimationFrame(() => {
      animation = 0;
      controller.reposition();
    });
  };
  ctx.addEventListener(window, 'scroll', reposition, { passive: true, capture: true });
  ctx.addEventListener(window, 'resize', reposition, { passive: true });
  controller.look();
}
