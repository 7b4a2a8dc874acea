// The ID match page (match.html): the ID photo in by file or by camera, and the answer.
import { expect, type Locator, type Page } from '@playwright/test';

export class MatchPage {
  readonly fileInput: Locator;
  readonly fromCameraButton: Locator;
  /** data-match, data-id-quality, data-cause, data-distance. */
  readonly result: Locator;
  readonly anotherPhotoButton: Locator;

  constructor(readonly page: Page) {
    this.fileInput = page.locator('[data-testid="id-photo-file"]');
    this.fromCameraButton = page.locator('[data-testid="id-from-camera"]');
    this.result = page.locator('[data-testid="match-result"]');
    this.anotherPhotoButton = this.result.getByRole('button');
  }

  /** Chooses the file and waits for the answer (the whole way: ID quality, then the live face). */
  async matchWith(file: string): Promise<Locator> {
    await this.fileInput.setInputFiles(file);
    await expect(this.result).toBeVisible({ timeout: 60_000 });
    return this.result;
  }
}

/** The link to the match page beside the checklist's "You look like your ID photo" (popup, report, pre-flight). */
export const checklistMatchLink = (page: Page): Locator => page.locator('[data-item="app-id-match"] [data-testid="checklist-open-match"]');

/** The link to the match page in the guide's header and at the end of the report. */
export const openMatchLink = (page: Page): Locator => page.locator('[data-testid="open-match"]');

/** The checklist's "You look like your ID photo" item (data-verified="true" once a match said "same"). */
export const checklistMatchItem = (page: Page): Locator => page.locator('[data-item="app-id-match"]');
