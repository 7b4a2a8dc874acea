// The pre-flight page (preflight.html) as a test drives it: its selectors and common flows in one place.
import { expect, type Locator, type Page } from '@playwright/test';

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

  constructor(readonly page: Page) {
    this.runButton = page.getByTestId('run-preflight');
    this.stopButton = page.getByTestId('stop-preflight');
    this.report = page.getByTestId('preflight-report');
    this.verdict = page.getByTestId('verdict');
    this.liveChips = page.getByTestId('live-chips');
    this.instruction = page.getByTestId('preflight-instruction');
  }

  /** A row of the report (or of the page's environment list) by check id. */
  row(id: string): Locator {
    return this.page.locator(`[data-check="${id}"]`);
  }

  /** A row of the final report by check id. */
  reportRow(id: string): Locator {
    return this.report.locator(`[data-check="${id}"]`);
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

  /** The numbers the page published with its last report. */
  timings(): Promise<{ durationMs: number; timings: Record<string, number> }> {
    return this.page.evaluate(() => (window as unknown as { __kycPreflightReport: { durationMs: number; timings: Record<string, number> } }).__kycPreflightReport);
  }
}
