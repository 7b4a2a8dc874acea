// The pre-flight page (preflight.html) as a test drives it: its selectors and common flows in one place. The popup
// runs the same pre-flight flow inline (same components, same DOM contract), so PopupPage hands its run to this too.
import { expect, type BrowserContext, type Download, type Locator, type Page } from '@playwright/test';
import { record, recorded } from './record';
import { exportJsonButton, exportMarkdownButton } from './shared';

/** The report the page publishes for scripts/eval.mjs (window.__kycPreflightReport), as far as specs read it. */
export interface PublishedReport {
  verdict: string;
  durationMs: number;
  timings: Record<string, number>;
  checks: { id: string; status: string; cause?: string; measured?: Record<string, unknown>; actions?: { kind: string; url?: string }[] }[];
}

/** What the live part of a run showed, recorded in the page as it happened (see PreflightPage.recordLive). */
export interface LiveHistory {
  /** "face-count=pass", "instruction=lighting", "text=Move closer", "face-frame=false", in the order they appeared. */
  seen: string[];
  /** Whether a Stop button was on screen at the moment each entry was recorded. */
  stopShown: boolean[];
}

export class PreflightPage {
  readonly runButton: Locator;
  readonly stopButton: Locator;
  readonly report: Locator;
  readonly verdict: Locator;
  readonly liveChips: Locator;
  readonly instruction: Locator;
  /** The run's error state (data-error names the failure), with its fix. */
  readonly error: Locator;
  /** The camera picker, found by its label as a person finds it. */
  readonly cameraPicker: Locator;
  readonly cameraPreview: Locator;
  /** The last analysed picture with the oval marked (shown when a face row needs it). */
  readonly snapshot: Locator;
  readonly exportJson: Locator;
  readonly exportMarkdown: Locator;
  /** The fold that holds the passing checks ("N checks passed"). */
  readonly passedChecks: Locator;
  /** The way forward when ready or almost ready: back to the verification tab, or Binance's identity page. */
  readonly goToVerification: Locator;
  /** The report's fix-first rows, in the order shown (data-fix-for names each check). */
  readonly fixRows: Locator;
  /** The guide link beside the report's primary action (the first fix's topic). */
  readonly nextGuideLink: Locator;

  constructor(readonly page: Page) {
    this.runButton = page.getByTestId('run-preflight');
    this.stopButton = page.getByTestId('stop-preflight');
    this.report = page.getByTestId('preflight-report');
    this.verdict = page.getByTestId('verdict');
    this.liveChips = page.getByTestId('live-chips');
    this.instruction = page.getByTestId('preflight-instruction');
    this.error = page.getByTestId('preflight-error');
    this.cameraPicker = page.getByLabel('Camera to test');
    this.cameraPreview = page.getByTestId('camera-preview');
    this.snapshot = page.getByTestId('snapshot');
    this.exportJson = exportJsonButton(page);
    this.exportMarkdown = exportMarkdownButton(page);
    this.passedChecks = page.getByTestId('passed-checks');
    this.goToVerification = page.getByTestId('go-to-verification');
    this.fixRows = page.locator('[data-fix-for]');
    this.nextGuideLink = page.locator('.report-next .guide-link');
  }

  /** Opens preflight.html (the extension's URL builder gives `url`) in a new tab of the page's context. */
  static async open(context: BrowserContext, url: string): Promise<PreflightPage> {
    const page = await context.newPage();
    await page.goto(url);
    return new PreflightPage(page);
  }

  /** A row of the report (or of the page's environment list) by check id. */
  row(id: string): Locator {
    return this.page.locator(`[data-check="${id}"]`);
  }

  /** A row of the final report by check id. */
  reportRow(id: string): Locator {
    return this.report.locator(`[data-check="${id}"]`);
  }

  /** A measurement shown under a fix-first row (data-measure names it: "mean", "under"). */
  fixMeasure(id: string, measure: string): Locator {
    return this.page.locator(`[data-fix-for="${id}"] [data-measure="${measure}"]`);
  }

  /** The fold of face checks skipped for one reason ("several-faces", "no-face"). */
  skippedGroup(reason: string): Locator {
    return this.page.locator(`[data-testid="skipped-checks"][data-reason="${reason}"]`);
  }

  /** The final report's rows that did not pass, as "id=status/cause". */
  notPassing(): Promise<string[]> {
    return this.report.locator('[data-check]').evaluateAll((all) =>
      all.filter((row) => row.getAttribute('data-status') !== 'pass').map((row) => `${row.getAttribute('data-check')}=${row.getAttribute('data-status')}/${row.getAttribute('data-cause')}`),
    );
  }

  /** Opens every folded group of the report (passed checks, skipped checks), so their rows show. */
  async openFolds(): Promise<void> {
    for (const fold of await this.page.locator('.report-fold > summary').all()) await fold.click();
  }

  /** The rows inside a fold of the report (a skipped-checks group). */
  rowsIn(fold: Locator): Locator {
    return fold.locator('[data-check]');
  }

  /** The check ids of the fix-first rows, in the order shown. */
  fixOrder(): Promise<(string | null)[]> {
    return this.fixRows.evaluateAll((els) => els.map((el) => el.getAttribute('data-fix-for')));
  }

  /** A row of the report's fix-first list by check id (its number, fix and action). */
  fixRow(id: string): Locator {
    return this.report.locator(`[data-testid="fix-first"] [data-fix-for="${id}"]`);
  }

  /** The one-line finding a row shows. */
  rowSummary(id: string): Locator {
    return this.row(id).locator('.check-summary');
  }

  /** The fix a row offers. */
  rowFix(id: string): Locator {
    return this.row(id).locator('.check-fix');
  }

  /** A row's first "open this settings page" shortcut. */
  rowSettingsShortcut(id: string): Locator {
    return this.row(id).locator('[data-action="open-url"]').first();
  }

  /** A status message the page announces (role=status) containing `text`. */
  announcement(text: string): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  /** Clicks Run without waiting for anything (for runs that end in an error state, or are cut short). */
  async start(): Promise<void> {
    await this.runButton.click();
  }

  /** Starts recording, in the page, whether the camera picker was disabled; read with pickerDisabledStates(). */
  watchPicker(): Promise<void> {
    return record(this.page, 'picker-disabled', '[data-testid="camera-picker"]', 'disabled');
  }

  /** Every value the picker's disabled attribute took since watchPicker() ('' = disabled). */
  pickerDisabledStates(): Promise<string[]> {
    return recorded(this.page, 'picker-disabled');
  }

  /** Starts recording, in the page, whether the Run control was disabled; read with runDisabledStates(). */
  watchRunButton(): Promise<void> {
    return record(this.page, 'run-disabled', '[data-testid="run-preflight"]', 'disabled');
  }

  /** Every value the Run control's disabled attribute took since watchRunButton() ('' = disabled). */
  runDisabledStates(): Promise<string[]> {
    return recorded(this.page, 'run-disabled');
  }

  /** Records every stream the page opens, to prove later that each track was stopped. Call before run(). */
  async recordStreams(): Promise<void> {
    await this.page.evaluate(() => {
      const streams: MediaStream[] = [];
      (window as unknown as { __streams: MediaStream[] }).__streams = streams;
      const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
      navigator.mediaDevices.getUserMedia = async (constraints) => {
        const stream = await original(constraints);
        streams.push(stream);
        return stream;
      };
    });
  }

  /** readyState of every track of every recorded stream. */
  trackStates(): Promise<string[]> {
    return this.page.evaluate(() =>
      (window as unknown as { __streams: MediaStream[] }).__streams.flatMap((s) => s.getTracks().map((t) => t.readyState)),
    );
  }

  /**
   * Records, inside the page, every live chip status and every instruction focus as they appear. The live part of
   * a coaching run can last about a second: asserting it from the test would race it. Record first, run, then read
   * liveHistory() once the report is up.
   */
  async recordLive(): Promise<void> {
    await this.page.evaluate(() => {
      const history = { seen: [] as string[], stopShown: [] as boolean[] };
      (window as unknown as { __live: typeof history }).__live = history;
      const note = (entry: string) => {
        if (history.seen.at(-1) === entry) return;
        history.seen.push(entry);
        history.stopShown.push(document.querySelector('[data-testid="stop-preflight"]') !== null);
      };
      const scan = () => {
        for (const chip of document.querySelectorAll<HTMLElement>('[data-check-live]')) {
          const status = chip.dataset.status;
          if (status) note(`${chip.dataset.checkLive}=${status}`);
        }
        const instruction = document.querySelector<HTMLElement>('[data-testid="preflight-instruction"]');
        if (instruction?.dataset.focus) note(`instruction=${instruction.dataset.focus}`);
        if (instruction?.textContent) note(`text=${instruction.textContent}`);
        const frame = document.querySelector<HTMLElement>('[data-testid="face-frame"]');
        if (frame?.dataset.ok) note(`face-frame=${frame.dataset.ok}`);
      };
      new MutationObserver(scan).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-status', 'data-focus', 'data-ok'] });
    });
  }

  /**
   * Records, inside the page, every position the live face frame took (its ellipse, in the preview's 0-1 units,
   * mirrored as the person sees it). Record before run(), read with faceFrames() once the report is up.
   */
  async recordFaceFrame(): Promise<void> {
    await this.page.evaluate(() => {
      const frames: { cx: number; cy: number; rx: number; ry: number }[] = [];
      (window as unknown as { __faceFrames: typeof frames }).__faceFrames = frames;
      const read = () => {
        const ellipse = document.querySelector('[data-testid="face-frame"] ellipse');
        if (!ellipse) return;
        const [cx, cy, rx, ry] = ['cx', 'cy', 'rx', 'ry'].map((name) => Number(ellipse.getAttribute(name)));
        frames.push({ cx: cx!, cy: cy!, rx: rx!, ry: ry! });
      };
      new MutationObserver(read).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['cx', 'cy', 'rx', 'ry'] });
    });
  }

  faceFrames(): Promise<{ cx: number; cy: number; rx: number; ry: number }[]> {
    return this.page.evaluate(() => (window as unknown as { __faceFrames: { cx: number; cy: number; rx: number; ry: number }[] }).__faceFrames);
  }

  liveHistory(): Promise<LiveHistory> {
    return this.page.evaluate(() => (window as unknown as { __live: LiveHistory }).__live);
  }

  /** Clicks Run and waits for the report (the whole run, camera released). */
  async run(timeout = 30_000): Promise<Locator> {
    await this.runButton.click();
    await expect(this.report).toBeVisible({ timeout });
    return this.report;
  }

  /** The report's verdict, every row's status and the fix-first list, read once the report is up. */
  async reportShape(): Promise<{ rows: Record<string, string>; fixes: string[]; verdict: string | null }> {
    const rows = await this.report.locator('[data-check]').evaluateAll((els) =>
      Object.fromEntries(els.map((el) => [el.getAttribute('data-check'), el.getAttribute('data-status')])),
    );
    const fixes = await this.report.locator('[data-testid="fix-first"] [data-fix-for]').evaluateAll((els) => els.map((el) => el.getAttribute('data-fix-for')!));
    return { rows: rows as Record<string, string>, fixes, verdict: await this.report.getAttribute('data-verdict') };
  }

  /** Every row's status on the whole page (report and environment list), and the report's verdict. */
  async shownStatuses(): Promise<{ verdict: string | null; checks: Record<string, string | null> }> {
    const checks = await this.page.locator('[data-check]').evaluateAll((els) =>
      Object.fromEntries(els.map((el) => [el.getAttribute('data-check'), el.getAttribute('data-status')])),
    );
    return { verdict: await this.report.getAttribute('data-verdict'), checks };
  }

  /** Each report row that names a cause: check id -> cause (data-cause). */
  reportCauses(): Promise<Record<string, string | null>> {
    return this.report.locator('[data-check][data-cause]').evaluateAll((rows) =>
      Object.fromEntries(rows.map((row) => [row.getAttribute('data-check'), row.getAttribute('data-cause')])),
    );
  }

  /** [status, cause] of each report row among `ids`, as the DOM shows them (data-status / data-cause). */
  reportStatusAndCause(ids: readonly string[]): Promise<Record<string, [string | null, string | null]>> {
    return this.report.locator('[data-check]').evaluateAll(
      (rows, ids) =>
        Object.fromEntries(
          rows
            .filter((row) => ids.includes(row.getAttribute('data-check')!))
            .map((row) => [row.getAttribute('data-check'), [row.getAttribute('data-status'), row.getAttribute('data-cause')]]),
        ),
      ids,
    );
  }

  /** Clicks "Export report" as JSON and returns the download. */
  async exportAsJson(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.exportJson.click()]);
    return download;
  }

  /** Clicks "Export report" as Markdown and returns the download. */
  async exportAsMarkdown(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.exportMarkdown.click()]);
    return download;
  }

  /** The whole report the page published with its last run (measured values, actions, timings). */
  publishedReport(): Promise<PublishedReport> {
    return this.page.evaluate(() => (window as unknown as { __kycPreflightReport: PublishedReport }).__kycPreflightReport);
  }

  /** The numbers the page published with its last report. */
  timings(): Promise<{ durationMs: number; timings: Record<string, number> }> {
    return this.publishedReport();
  }
}
