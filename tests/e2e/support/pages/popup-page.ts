// The popup (popup.html) opened as a tab: its selectors and the reads specs make of it, in one place.
import type { BrowserContext, Locator, Page } from '@playwright/test';

export class PopupPage {
  readonly attemptsLeft: Locator;
  readonly checklistProgress: Locator;
  readonly runPreflight: Locator;

  constructor(readonly page: Page) {
    this.attemptsLeft = page.getByTestId('attempts-left');
    this.checklistProgress = page.getByTestId('checklist-progress');
    this.runPreflight = page.getByTestId('run-preflight');
  }

  /** Opens the popup in a new tab of `context` (the extension's URL builder gives `url`). */
  static async open(context: BrowserContext, url: string): Promise<PopupPage> {
    const page = await context.newPage();
    await page.goto(url);
    return new PopupPage(page);
  }

  /** A glance row (browser, camera, last run…) by its name. */
  glance(name: string): Locator {
    return this.page.getByTestId(`glance-${name}`);
  }

  /** Attempts left as the person reads it. */
  async attemptsLeftNumber(): Promise<number> {
    return Number(await this.attemptsLeft.textContent());
  }
}
