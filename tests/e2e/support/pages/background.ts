// The background (service worker) as a test talks to it: real messages sent from an extension page, exactly as the
// popup sends them, and what only the worker can read (badge, alarms, storage), read in the worker itself.
import { expect, type Page, type Worker } from '@playwright/test';
import { sendFromPage, type Reply } from '../helpers';

export class Background {
  /** `page`: an open extension page to send messages from (pages only: bg:* messages refuse other senders). */
  constructor(
    readonly worker: Worker,
    readonly page?: Page,
  ) {}

  /** Sends one message over the real messaging path and returns the reply (res or err). */
  send(type: string, data?: unknown): Promise<Reply> {
    if (!this.page) throw new Error('Background: messages need an extension page to send from');
    return sendFromPage(this.page, type, data);
  }

  /** The attempt status, asked the way the popup asks it. */
  async attempts(): Promise<Record<string, unknown>> {
    return (await this.send('bg:get-attempts')).res!;
  }

  /** The toolbar badge's text and tooltip. */
  badge(): Promise<{ text: string; title: string }> {
    return this.worker.evaluate(async () => ({
      text: await chrome.action.getBadgeText({}),
      title: await chrome.action.getTitle({}),
    }));
  }

  /**
   * The badge text with no lock: '!' when the worker's own browser assessment (made at every start) fails (a browser
   * that cannot run the check; a warning is said in the popup, not on the toolbar), else empty. Waits for that assessment, so a test reading the badge first does not race the worker's start-up.
   * The browser row depends on the date (an estimate of the current release), so the idle badge does too.
   */
  async idleBadge(): Promise<string> {
    const status = () =>
      this.worker.evaluate(async () => {
        const { browserAssessment } = await chrome.storage.local.get('browserAssessment');
        return (browserAssessment as { assessment: { status: string } } | undefined)?.assessment.status ?? null;
      });
    await expect.poll(status, { message: 'the worker stores its browser assessment at start-up' }).not.toBeNull();
    return (await status()) === 'fail' ? '!' : '';
  }

  /** The status of the worker's own browser assessment (made at every start; waits for it). */
  async browserStatus(): Promise<'pass' | 'warn' | 'fail'> {
    const status = () =>
      this.worker.evaluate(async () => {
        const { browserAssessment } = await chrome.storage.local.get('browserAssessment');
        return (browserAssessment as { assessment: { status: 'pass' | 'warn' | 'fail' } } | undefined)?.assessment.status ?? null;
      });
    await expect.poll(status, { message: 'the worker stores its browser assessment at start-up' }).not.toBeNull();
    return (await status())!;
  }

  /**
   * Rewrites the worker's stored browser assessment as an outdated browser's warning (three majors behind, with
   * its update fix), as the worker itself stores it on a day the release calendar has moved on. Pages read it
   * when they open; the worker writes its own again at its next start.
   */
  storeOutdatedBrowser(): Promise<void> {
    return this.worker.evaluate(async () => {
      const { browserAssessment } = await chrome.storage.local.get('browserAssessment');
      const stored = browserAssessment as { at: number; assessment: Record<string, unknown> & { browser: { name?: string; major?: number } } };
      const { name = 'Chrome', major = 150 } = stored.assessment.browser;
      const summary = { key: 'checks.browser.outdated', params: { browser: name, major, behind: 6, latest: major + 6 } };
      const fix = { key: 'checks.browser.updateFix', params: { browser: name } };
      const assessment = {
        ...stored.assessment,
        status: 'warn',
        findings: [{ code: 'outdated', severity: 'warn', cause: 'outdated', message: summary, fix }],
        summary,
        fix,
        latestMajor: major + 6,
        behind: 6,
        cause: 'outdated',
      };
      await chrome.storage.local.set({ browserAssessment: { at: stored.at, assessment } });
    });
  }

  /** The names of the alarms the worker has armed, sorted. */
  async alarmNames(): Promise<string[]> {
    return (await this.worker.evaluate(() => chrome.alarms.getAll())).map((alarm) => alarm.name).sort();
  }

  /**
   * Routes `type` with `data` as if it came from each of `senders`, through the worker's test seam (the router
   * behind the message listener): 'accepted' or 'refused' per sender. For senders a test browser cannot be.
   */
  routeAs(type: string, data: unknown, senders: object[]): Promise<string[]> {
    return this.worker.evaluate(
      async ([type, data, senders]) => {
        const seam = (globalThis as unknown as { __kycPreflight: { route: (...a: unknown[]) => Promise<unknown> } }).__kycPreflight;
        const outcomes = [];
        for (const sender of senders) outcomes.push(await seam.route(type, data, sender).then(() => 'accepted', () => 'refused'));
        return outcomes;
      },
      [type, data, senders] as const,
    );
  }

  /** Moves the stored lock `ms` into the past, as if that much time had gone by (storage: local:lockout). */
  moveLockBack(ms: number): Promise<void> {
    return this.worker.evaluate(async (ms) => {
      const { lockout } = await chrome.storage.local.get('lockout');
      const state = lockout as { attempts: unknown[]; lock: { at: number } };
      await chrome.storage.local.set({ lockout: { ...state, lock: { ...state.lock, at: state.lock.at - ms } } });
    }, ms);
  }
}
