// The manual-review kit (review-kit.html): the camera with its angle indicator, the three selfies (front, left,
// right) taken, retaken and saved, the support messages to copy, and the report export beside them.
import { expect, type Locator, type Page } from '@playwright/test';
import { exportJsonButton } from './shared';

export type Shot = 'front' | 'left' | 'right';

export class ReviewKitPage {
  /** The kit's root: present once the page has rendered (also how a test sees the kit opened). */
  readonly root: Locator;
  readonly heading: Locator;
  readonly privacyNote: Locator;
  readonly startCameraButton: Locator;
  readonly live: Locator;
  /** The head-angle indicator (data-yaw, data-side). */
  readonly angleIndicator: Locator;
  /** Which shot the kit is waiting for (data-shot). */
  readonly currentShot: Locator;
  /** Which way the kit asks the person to turn (data-hint). */
  readonly hint: Locator;
  readonly photos: Locator;
  readonly captureButton: Locator;
  readonly saveButton: Locator;
  readonly status: Locator;
  readonly localMessage: Locator;
  readonly englishMessage: Locator;
  readonly chat: Locator;
  readonly reviewTime: Locator;
  readonly documents: Locator;
  readonly exportJson: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('review-kit');
    this.heading = page.getByRole('heading', { level: 1 });
    this.privacyNote = page.getByTestId('review-kit-privacy');
    this.startCameraButton = page.getByTestId('kit-camera-start');
    this.live = page.getByTestId('kit-live');
    this.angleIndicator = page.getByTestId('angle-indicator');
    this.currentShot = page.getByTestId('kit-current');
    this.hint = page.getByTestId('kit-hint');
    this.photos = page.getByTestId('kit-photo');
    this.captureButton = page.getByTestId('kit-capture');
    this.saveButton = page.getByTestId('kit-save');
    this.status = page.getByTestId('kit-status');
    this.localMessage = page.getByTestId('kit-copy-local-text');
    this.englishMessage = page.getByTestId('kit-copy-en-text');
    this.chat = page.getByTestId('kit-chat');
    this.reviewTime = page.getByTestId('kit-review-time');
    this.documents = page.getByTestId('kit-docs');
    this.exportJson = exportJsonButton(page);
  }

  /** The photo taken for one shot. */
  photo(shot: Shot): Locator {
    return this.page.locator(`[data-testid="kit-photo"][data-shot="${shot}"]`);
  }

  /** The image of one shot's photo, or of every photo. */
  photoImage(shot?: Shot): Locator {
    return (shot ? this.photo(shot) : this.photos).locator('img');
  }

  /** The Retake button of one shot. */
  retake(shot: Shot): Locator {
    return this.page.getByTestId(`kit-retake-${shot}`);
  }

  /** Clicks Start camera and waits for the live view with a measured angle (not the first empty frame). */
  async startCamera(): Promise<void> {
    await this.startCameraButton.click();
    await expect(this.live).toBeVisible({ timeout: 30_000 });
    await expect(this.angleIndicator).not.toHaveAttribute('data-yaw', '', { timeout: 30_000 });
  }

  /** The measured yaw in degrees (positive: turned to the person's left). */
  async yaw(): Promise<number> {
    return Number(await this.angleIndicator.getAttribute('data-yaw'));
  }

  /** All three image URLs, in page order. */
  photoSources(): Promise<string[]> {
    return this.photoImage().evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).src));
  }
}
