// The in-page UI: one open shadow root hung on <html> (outside <body>, so the page's own re-renders
// do not wipe it and its text is never read back as page text) holding the launcher button and the
// explainer card. The page can see and edit an open shadow root, so every render is checked: any
// change we did not make is undone by rendering again, and a page that keeps tampering loses the UI.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { FACETEC_SELECTOR } from '../kyc/pages';
import type { PromptRule } from '../kyc/prompts';
import type { AttemptStatus } from '../lockout/types';
import { buildCard, cardTop, slotCard, type Box } from './card';
import { el, onTrustedClick, shieldIcon } from './dom';
import type { KycLanguage } from './strings';
import { KYC_UI_CSS } from './styles';

export interface OverlayActions {
  openPreflight: () => void;
  openGuide: (scenario: number) => void;
  openCameraSettings: () => void;
  openReviewKit: () => void;
  /** The user closed the launcher for this page's session. */
  dismissed: () => void;
  /** The user closed the card for this rule. */
  cardClosed: (ruleId: string) => void;
}

export interface OverlayState {
  launcher: boolean;
  card: {
    rule: PromptRule;
    anchor: Element | null;
    /** FaceTec's shown parts (by the SDK's ids): the card goes beside them, never over them. */
    avoid: readonly Element[];
    attempts: AttemptStatus | null;
    frameHost: string | null;
  } | null;
}

/** One box around every shown part, cut to the viewport (parts may extend past it). */
function union(elements: readonly Element[], viewport: { width: number; height: number }): Box | null {
  let box: Box | null = null;
  for (const element of elements) {
    const r = element.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    box = box
      ? { top: Math.min(box.top, r.top), left: Math.min(box.left, r.left), right: Math.max(box.right, r.right), bottom: Math.max(box.bottom, r.bottom) }
      : { top: r.top, left: r.left, right: r.right, bottom: r.bottom };
  }
  if (!box) return null;
  return { top: Math.max(0, box.top), left: Math.max(0, box.left), right: Math.min(viewport.width, box.right), bottom: Math.min(viewport.height, box.bottom) };
}

const sameAttempts = (a: AttemptStatus | null | undefined, b: AttemptStatus | null | undefined) =>
  a?.left === b?.left && a?.limit === b?.limit && a?.locked === b?.locked && a?.unlockAt === b?.unlockAt;

export interface Overlay {
  render: (state: OverlayState) => void;
  /** Re-measures the card's anchor (layout changed, scroll, resize). */
  reposition: () => void;
  remove: () => void;
}

const MAX_TAMPERING = 10;

export async function createOverlay(ctx: ContentScriptContext, language: KycLanguage, actions: OverlayActions): Promise<Overlay> {
  const { t, locale, dir } = language;
  const timeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  /** The host must stay bare (see intact), so the language is said on what we draw inside it. */
  const inLanguage = (element: HTMLElement) => {
    element.setAttribute('lang', locale);
    element.setAttribute('dir', dir);
    return element;
  };
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
    // Named by its visible text (WCAG 2.5.3: a voice user says what they see); the title adds the longer description.
    const open = el('button', { type: 'button', class: 'open', 'data-testid': 'kyc-preflight-button', title: t('buttonTitle') }, [
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
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    const prompt = state.card.anchor?.isConnected ? state.card.anchor : null;
    const faceTec = union(state.card.avoid.filter((element) => element.isConnected), viewport);
    const screen = faceTec ?? (prompt ? (prompt.closest(FACETEC_SELECTOR) ?? prompt).getBoundingClientRect() : null);
    const anchor = screen ? { prompt: prompt?.getBoundingClientRect() ?? screen, screen } : null;
    const slot = slotCard(anchor, viewport);
    // Width first, then the height the text takes at that width decides the top.
    cardElement.style.width = `${slot.width}px`;
    const top = cardTop(slot, cardElement.getBoundingClientRect().height, viewport.height);
    cardElement.style.top = `${Math.round(top)}px`;
    cardElement.style.left = `${Math.round(slot.left)}px`;
  }

  function draw(): void {
    if (disabled) return;
    if (!ui.shadowHost.isConnected) ui.mount();
    restore();
    const container = ui.uiContainer;
    container.replaceChildren();
    if (state.launcher) container.append(inLanguage(launcher()));
    cardElement = state.card
      ? buildCard(
          state.card.rule,
          t,
          { attempts: state.card.attempts, frameHost: state.card.frameHost, formatTime: (at) => timeFormat.format(at) },
          {
            close: () => actions.cardClosed(state.card?.rule.id ?? ''),
            openPreflight: actions.openPreflight,
            openGuide: actions.openGuide,
            openCameraSettings: actions.openCameraSettings,
            openReviewKit: actions.openReviewKit,
          },
        )
      : null;
    if (cardElement) container.append(inLanguage(cardElement));
    place();
    // Our own changes are not tampering.
    guard.takeRecords();
    guard.observe(ui.shadow, { subtree: true, childList: true, attributes: true, characterData: true });
    guard.observe(ui.shadowHost, { attributes: true });
  }

  return {
    render(next) {
      if (disabled) return;
      const same =
        next.launcher === state.launcher &&
        next.card?.rule.id === state.card?.rule.id &&
        next.card?.anchor === state.card?.anchor &&
        sameAttempts(next.card?.attempts, state.card?.attempts);
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
