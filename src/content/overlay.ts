// The in-page UI: one open shadow root hung on <html> (outside <body>, so the page's own re-renders
// do not wipe it and its text is never read back as page text) holding the launcher button and the
// explainer card. The page can see and edit an open shadow root, so every render is checked: any
// change we did not make is undone by rendering again, and a page that keeps tampering loses the UI.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { FACETEC_SELECTOR } from '../kyc/pages';
import type { PromptRule } from '../kyc/prompts';
import { buildCard, placeCard } from './card';
import { el, onTrustedClick, shieldIcon } from './dom';
import type { KycText } from './strings';
import { KYC_UI_CSS } from './styles';

export interface OverlayActions {
  openPreflight: () => void;
  /** The user closed the launcher for this page's session. */
  dismissed: () => void;
  /** The user closed the card for this rule. */
  cardClosed: (ruleId: string) => void;
}

export interface OverlayState {
  launcher: boolean;
  card: { rule: PromptRule; anchor: Element | null } | null;
}

export interface Overlay {
  render: (state: OverlayState) => void;
  /** Re-measures the card's anchor (layout changed, scroll, resize). */
  reposition: () => void;
  remove: () => void;
}

const MAX_TAMPERING = 10;

export async function createOverlay(ctx: ContentScriptContext, t: KycText, actions: OverlayActions): Promise<Overlay> {
  let state: OverlayState = { launcher: false, card: null };
  let tampering = 0;
  let cardElement: HTMLElement | null = null;
  let disabled = false;

  const ui = await createShadowRootUi(ctx, {
    name: 'kyc-preflight-ui',
    position: 'inline',
    anchor: () => document.documentElement,
    append: 'last',
    mode: 'open',
    css: KYC_UI_CSS,
    // Keys and clicks stay inside: a Binance modal must not treat a click on our card as "outside".
    isolateEvents: ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup'],
    onMount: () => undefined,
  });

  // What an untouched UI looks like: the host and container bare, the shadow root holding exactly
  // our <style> (with its original text) and the container, no adopted style sheets.
  const style = ui.shadow.querySelector('style');
  const css = style?.textContent ?? '';
  const intact = () =>
    ui.shadowHost.attributes.length === 0 &&
    ui.uiContainer.attributes.length === 0 &&
    ui.shadow.adoptedStyleSheets.length === 0 &&
    ui.shadow.childNodes.length === 2 &&
    ui.shadow.firstChild === style &&
    ui.shadow.lastChild === ui.uiContainer &&
    style?.textContent === css;

  function restore(): void {
    for (const element of [ui.shadowHost, ui.uiContainer]) {
      for (const name of element.getAttributeNames()) element.removeAttribute(name);
    }
    ui.shadow.adoptedStyleSheets = [];
    if (style) style.textContent = css;
    ui.shadow.replaceChildren(...(style ? [style] : []), ui.uiContainer);
  }

  const guard = new MutationObserver(() => {
    tampering++;
    if (tampering > MAX_TAMPERING) {
      disabled = true;
      guard.disconnect();
      ui.remove();
      return;
    }
    draw();
  });

  function launcher(): HTMLElement {
    const open = el('button', { type: 'button', class: 'open', 'data-testid': 'kyc-preflight-button', title: t('buttonTitle'), 'aria-label': t('buttonTitle') }, [
      shieldIcon(),
      el('span', {}, [t('brand'), el('small', {}, [`${t('buttonLabel')} · ${t('extensionTag')}`])]),
    ]);
    onTrustedClick(open, actions.openPreflight);
    const close = el('button', { type: 'button', class: 'close', 'data-testid': 'kyc-preflight-dismiss', 'aria-label': t('dismiss'), title: t('dismiss') }, ['×']);
    onTrustedClick(close, actions.dismissed);
    return el('aside', { class: 'launcher', 'aria-label': t('brand') }, [open, close]);
  }

  function place(): void {
    if (!cardElement || !state.card) return;
    const prompt = state.card.anchor?.isConnected ? state.card.anchor : null;
    const anchor = prompt
      ? { prompt: prompt.getBoundingClientRect(), screen: (prompt.closest(FACETEC_SELECTOR) ?? prompt).getBoundingClientRect() }
      : null;
    const size = cardElement.getBoundingClientRect();
    const { top, left } = placeCard(anchor, size, { width: window.innerWidth, height: window.innerHeight });
    cardElement.style.top = `${Math.round(top)}px`;
    cardElement.style.left = `${Math.round(left)}px`;
  }

  function draw(): void {
    if (disabled) return;
    if (!ui.shadowHost.isConnected) ui.mount();
    restore();
    const container = ui.uiContainer;
    container.replaceChildren();
    if (state.launcher) container.append(launcher());
    cardElement = state.card
      ? buildCard(state.card.rule, t, {
          close: () => actions.cardClosed(state.card?.rule.id ?? ''),
          openPreflight: actions.openPreflight,
        })
      : null;
    if (cardElement) container.append(cardElement);
    place();
    // Our own changes are not tampering.
    guard.takeRecords();
    guard.observe(ui.shadow, { subtree: true, childList: true, attributes: true, characterData: true });
    guard.observe(ui.shadowHost, { attributes: true });
  }

  return {
    render(next) {
      if (disabled) return;
      const same = next.launcher === state.launcher && next.card?.rule.id === state.card?.rule.id && next.card?.anchor === state.card?.anchor;
      state = next;
      if (!state.launcher && !state.card) {
        if (!ui.shadowHost.isConnected) return;
        guard.disconnect();
        ui.remove();
        cardElement = null;
        return;
      }
      // Checked on every look at the page: adopted style sheets, for one, leave no mutation record.
      if (!same || !ui.shadowHost.isConnected || !intact()) return draw();
      place();
      guard.takeRecords();
    },
    reposition() {
      if (disabled) return;
      place();
      guard.takeRecords();
    },
    remove() {
      guard.disconnect();
      ui.remove();
    },
  };
}
