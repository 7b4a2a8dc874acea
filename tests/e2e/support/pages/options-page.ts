// The options page (options.html): the policy form (attempt limit, lock length, notifications, language), saving it,
// and the data section (export everything, clear history), found by their labels and test ids in one place.
import type { Download, Locator, Page } from '@playwright/test';

export class OptionsPage {
  readonly heading: Locator;
  readonly form: Locator;
  readonly attemptLimit: Locator;
  readonly lockHours: Locator;
  readonly notifyOnUnlock: Locator;
  readonly language: Locator;
  readonly saveButton: Locator;
  /** "Settings saved." and the like, under the form. */
  readonly settingsStatus: Locator;
  /** "History cleared." and the like, under the data section. */
  readonly dataStatus: Locator;

  constructor(readonly page: Page) {
    this.heading = page.locator('h1');
    this.form = page.getByTestId('settings-form');
    this.attemptLimit = page.getByLabel('Failed face checks before the lock');
    this.lockHours = page.getByLabel('Lock length in hours');
    this.notifyOnUnlock = page.getByLabel('Notify me when a lock lifts');
    this.language = page.getByLabel('Language');
    this.saveButton = page.getByTestId('save-settings');
    this.settingsStatus = page.getByTestId('settings-status');
    this.dataStatus = page.getByTestId('data-status');
  }

  /** A validation message shown for a field. */
  message(text: string): Locator {
    return this.page.getByText(text);
  }

  async save(): Promise<void> {
    await this.saveButton.click();
  }

  /** Clicks "Export everything" and returns the download. */
  async exportEverything(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId('export').click();
    return download;
  }

  /** Clears the history, confirming when asked. */
  async clearHistory(): Promise<void> {
    await this.page.getByTestId('clear-history').click();
    await this.page.getByTestId('clear-confirm').click();
  }
}
