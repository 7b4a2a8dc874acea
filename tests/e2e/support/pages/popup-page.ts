// The popup (popup.html) opened as a tab: the overview at a glance (attempts, lock, last run, checklist) and, once
// Run is clicked with the camera granted, the pre-flight flow inline, which is PreflightPage's (same components).
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { PreflightPage } from './preflight-page';
import { checklist, reviewKitLink } from './shared';

export class PopupPage {
  readonly heading: Locator;
  readonly attemptsLeft: Locator;
  readonly checklist: Locator;
  readonly checklistProgress: Locator;
  /** The "Confirmed by your pre-flight at hh:mm" line above ticked items. */
  readonly checklistVerifiedNote: Locator;
  /** The pre-flight run inline in the popup: the same flow and DOM contract as the pre-flight page. */
  readonly preflight: PreflightPage;
  /** The hint under Run (opens the page once / takes a few seconds). */
  readonly runHint: Locator;
  readonly lockout: Locator;
  readonly lockoutCountdown: Locator;
  /** What a screen reader is told about the countdown (the polite live region). */
  readonly countdownAnnouncement: Locator;
  readonly backgroundError: Locator;
  /** The top problem of the last report, with its fix. */
  readonly topFix: Locator;
  readonly viewReport: Locator;
  readonly backToOverview: Locator;
  readonly reviewKitLink: Locator;
  readonly logAttemptButton: Locator;
  readonly undoAttemptButton: Locator;
  /** The glance's browser row, and the fold under it that holds a warning's reason and fix. */
  readonly browserRow: Locator;
  readonly browserWhy: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.attemptsLeft = page.getByTestId('attempts-left');
    this.checklist = checklist(page);
    this.checklistProgress = page.getByTestId('checklist-progress');
    this.checklistVerifiedNote = page.getByTestId('checklist-verified-note');
    this.preflight = new PreflightPage(page);
    this.runHint = page.locator('#run-hint');
    this.lockout = page.getByTestId('lockout');
    this.lockoutCountdown = page.getByTestId('lockout-countdown');
    this.countdownAnnouncement = page.locator('.countdown [aria-live="polite"]');
    this.backgroundError = page.getByTestId('background-error');
    this.topFix = page.getByTestId('top-fix');
    this.viewReport = page.getByTestId('view-report');
    this.backToOverview = page.getByRole('button', { name: 'Back to overview' });
    this.reviewKitLink = reviewKitLink(page);
    this.logAttemptButton = page.getByTestId('log-attempt');
    this.undoAttemptButton = page.getByTestId('undo-attempt');
    this.browserRow = page.getByTestId('glance-browser');
    this.browserWhy = page.getByTestId('browser-why');
  }

  /** Opens the popup in a new tab of `context` (the extension's URL builder gives `url`). */
  static async open(context: BrowserContext, url: string): Promise<PopupPage> {
    const page = await context.newPage();
    await page.goto(url);
    return new PopupPage(page);
  }

  /** The Run pre-flight control (the overview's, then the inline flow's: one control). */
  get runPreflight(): Locator {
    return this.preflight.runButton;
  }

  /** The review-kit link inside the lockout banner (where it sits while locked). */
  get lockoutReviewKitLink(): Locator {
    return reviewKitLink(this.lockout);
  }

  /** A glance row (browser, camera, last run, attempts…) by its name. */
  glance(name: string): Locator {
    return this.page.getByTestId(`glance-${name}`);
  }

  /** What the browser itself says of the extension's camera permission, as this page sees it. */
  cameraPermission(): Promise<PermissionState> {
    return this.page.evaluate(async () => (await navigator.permissions.query({ name: 'camera' as PermissionName })).state);
  }

  /** The guide link a glance row offers. */
  glanceGuideLink(name: string): Locator {
    return this.glance(name).locator('.guide-link');
  }

  /** A checklist item by its id (data-item), and its tick box. */
  checklistItem(id: string): Locator {
    return this.page.locator(`[data-item="${id}"]`);
  }

  checklistBox(id: string): Locator {
    return this.checklistItem(id).locator('input');
  }

  /** The checklist is folded to its progress line; the line opens it. */
  async openChecklist(): Promise<void> {
    await this.checklistProgress.click();
  }

  /** Logs a failed face check the extension missed, by hand ("Count wrong? Correct it"). */
  async logMissedFailure(): Promise<void> {
    await this.page.getByText('Count wrong? Correct it').click();
    await this.logAttemptButton.click();
  }

  /** Attempts left as the person reads it. */
  async attemptsLeftNumber(): Promise<number> {
    return Number(await this.attemptsLeft.textContent());
  }
}
