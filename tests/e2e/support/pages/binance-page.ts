import type { Locale } from '../../../../src/i18n/locales';
// A binance.com page served by the local fixture server, with our content script's UI in it: the button, the
// explainer card (its parts: attempts left, unlock time, guide link, camera settings, review kit) and the
// fixture's own controls (tests/e2e/sites/*.html), in one place.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { FACT_PARAMS } from '../../../../src/figures/facts';
// The plural formatter the content script installs eagerly (src/i18n/icu.ts), so cardText formats as the card does.
import '../../../../src/i18n/icu-eager';
import { interpolate } from '../../../../src/i18n/translate';
import { reviewKitLink } from './shared';

export const HOST_TAG = 'kyc-preflight-ui';
export const BUTTON = '[data-testid="kyc-preflight-button"]';
const CARD = '[data-testid="kyc-explainer-card"]';

/** The card's parts, inside `card` (a page's card or a frame's). */
export function cardParts(card: Locator) {
  return {
    /** "N attempts left" and the limit's guide line. */
    attemptsLeft: card.getByTestId('kyc-explainer-left'),
    unlockTime: card.getByTestId('kyc-explainer-unlock'),
    /** The line about the pre-flight (while locked: why it is not offered). */
    preflightLine: card.getByTestId('kyc-explainer-preflight'),
    guideLink: card.getByTestId('kyc-explainer-guide'),
    cameraSettings: card.getByTestId('kyc-explainer-camera-settings'),
    /** Which site's frame the card explains (when FaceTec runs in a frame). */
    frameHost: card.getByTestId('kyc-explainer-frame'),
    reviewKitLink: reviewKitLink(card),
  };
}

/**
 * The card's strings as shown, read from the locale file with the guide's figures filled in as the content script
 * does (src/i18n/translate.ts's interpolate cannot be imported here: it pulls in the JSON catalog, which
 * Playwright's loader refuses without import attributes).
 */
export function cardStrings(locale: Locale): Record<string, string> {
  const file = resolve(import.meta.dirname, `../../../../src/i18n/locales/${locale}/kyc.json`);
  const texts = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return Object.fromEntries(Object.entries(texts).map(([key, text]) => [key, text.replace(/\{(\w+)\}/g, (whole, name: string) => String(FACT_PARAMS[name] ?? whole))]));
}

/** One card line as the content script writes it: plurals and figures filled in by the product's own interpolate. */
export function cardText(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const file = resolve(import.meta.dirname, `../../../../src/i18n/locales/${locale}/kyc.json`);
  const texts = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return interpolate(texts[key] ?? key, params, FACT_PARAMS, locale);
}

export class BinancePage {
  readonly button: Locator;
  readonly card: Locator;
  readonly dismiss: Locator;
  /** Our shadow host: present whenever the content script shows anything. */
  readonly host: Locator;
  readonly cardParts: ReturnType<typeof cardParts>;

  constructor(readonly page: Page) {
    this.button = page.locator(BUTTON);
    this.card = page.locator(CARD);
    this.dismiss = page.locator('[data-testid="kyc-preflight-dismiss"]');
    this.host = page.locator(HOST_TAG);
    this.cardParts = cardParts(this.card);
  }

  /** A FaceTec element of the fixture's SDK screens by its fixed id without the DOM_FT_ prefix ('retryScreen'). */
  facetec(id: string): Locator {
    return this.page.locator(`#DOM_FT_${id}`);
  }

  /** Every FaceTec SDK element (its DOM_FT_ ids) on the page. */
  get facetecElements(): Locator {
    return this.page.locator('[id^="DOM_FT_"]');
  }

  /** Calls the fixture page's own script, e.g. `fixture.show('retry')`. */
  fixture(script: string): Promise<unknown> {
    return this.page.evaluate(script);
  }

  /** Our UI inside a frame of this page. */
  frame(selector: string): { frame: FrameLocator; button: Locator; card: Locator; cardParts: ReturnType<typeof cardParts>; facetec: (id: string) => Locator } {
    const frame = this.page.frameLocator(selector);
    const card = frame.locator(CARD);
    return { frame, button: frame.locator(BUTTON), card, cardParts: cardParts(card), facetec: (id) => frame.locator(`#DOM_FT_${id}`) };
  }

  /** Clicks the button from the page's own script (an untrusted click, which must do nothing). */
  scriptedClick(): Promise<void> {
    return this.page.evaluate(([tag, button]) => {
      const target = document.querySelector(tag)?.shadowRoot?.querySelector<HTMLButtonElement>(button);
      target?.click();
      target?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    }, [HOST_TAG, BUTTON] as const);
  }

  /** The data-testid of the element focused inside our shadow root. */
  focusedTestId(): Promise<string | undefined> {
    return this.page.evaluate(
      (tag) => (document.querySelector(tag)?.shadowRoot?.activeElement as HTMLElement | null)?.dataset.testid,
      HOST_TAG,
    );
  }
}
