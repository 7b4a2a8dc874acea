// The background keeps the lock honest across a stopped service worker and a browser restart,
// and the toolbar badge shows it. One profile, launched twice; no camera needed.
import { test, expect, type Worker } from '@playwright/test';
import { rmSync } from 'node:fs';
import { launchExtension, type LaunchedExtension } from './support/extension';
import { sendFromPage as send } from './support/pages';

const HOUR = 3_600_000;


const badge = (worker: Worker) =>
  worker.evaluate(async () => ({
    text: await chrome.action.getBadgeText({}),
    title: await chrome.action.getTitle({}),
  }));

test.describe.configure({ mode: 'serial' });

test('lock survives a stopped worker and a browser restart; the badge shows it and clears after', async () => {
  test.setTimeout(90_000);
  let launched: LaunchedExtension | undefined = await launchExtension({ clip: null });
  const { userDataDir } = launched;
  try {
    let worker = await launched.serviceWorker();
    let page = await launched.context.newPage();
    await page.goto(launched.url('options.html'));

    // A forged sender (another extension, a non-binance page) is refused and changes nothing.
    const forged = await worker.evaluate(async () => {
      const seam = (globalThis as unknown as { __kycPreflight: { route: (...a: unknown[]) => Promise<unknown> } }).__kycPreflight;
      const event = { ruleId: 'too-many-attempts', kind: 'lockout', at: Date.now() };
      const outcomes = [];
      for (const sender of [
        { id: 'another-extension', url: 'chrome-extension://another-extension/page.html' },
        { id: chrome.runtime.id, url: 'https://binance.com.evil.example/', tab: { id: 1 } },
        { id: chrome.runtime.id, url: 'http://www.binance.com/', tab: { id: 1 } },
      ]) {
        outcomes.push(await seam.route('bg:kyc-event', event, sender).then(() => 'accepted', () => 'refused'));
      }
      return outcomes;
    });
    expect(forged).toEqual(['refused', 'refused', 'refused']);
    // Malformed data through the real messaging path is refused too.
    expect((await send(page, 'bg:kyc-event', { ruleId: 'x', kind: 'maybe', at: 1 })).err).toBeTruthy();
    expect((await send(page, 'bg:get-attempts')).res).toMatchObject({ locked: false, used: 0 });
    expect((await badge(worker)).text).toBe('');

    // The site says "too many attempts": locked at once, badge shows the hours left.
    const before = Date.now();
    const locked = (await send(page, 'bg:kyc-event', { ruleId: 'too-many-attempts', kind: 'lockout', at: before })).res!;
    expect(locked).toMatchObject({ locked: true, left: 0 });
    const unlockAt = locked.unlockAt as number;
    expect(unlockAt - before).toBeGreaterThan(24 * HOUR - 5_000);
    expect(unlockAt - before).toBeLessThanOrEqual(24 * HOUR + 5_000);
    await expect.poll(async () => (await badge(worker)).text).toBe('24h');
    expect((await badge(worker)).title).toContain('Try again after');

    // Stop the service worker through CDP; a message wakes a fresh one (Playwright keeps the same
    // Worker handle across the restart), which must find the same state.
    await worker.evaluate(() => ((globalThis as { marker?: number }).marker = 1));
    const cdp = await launched.context.newCDPSession(page);
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', (event) => statuses.push(...event.versions.map((v) => v.runningStatus)));
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => statuses.at(-1)).toBe('stopped');
    expect((await send(page, 'bg:get-attempts')).res).toMatchObject({ locked: true, unlockAt });
    expect(await worker.evaluate(() => (globalThis as { marker?: number }).marker)).toBeUndefined();
    await expect.poll(async () => (await badge(worker)).text).toBe('24h');

    // Close the whole browser and start it again on the same profile: start-up restores the badge.
    await launched.context.close();
    launched = await launchExtension({ clip: null, userDataDir });
    worker = await launched.serviceWorker();
    await expect.poll(async () => (await badge(worker)).text, { timeout: 15_000 }).toMatch(/^2[34]h$/);
    expect((await badge(worker)).title).toContain('Try again after');
    const alarms = await worker.evaluate(() => chrome.alarms.getAll());
    expect(alarms.map((a) => a.name).sort()).toEqual(['lockout-tick', 'lockout-unlock']);
    page = await launched.context.newPage();
    await page.goto(launched.url('popup.html'));
    await expect(page.getByTestId('lockout-countdown')).toBeVisible();
    expect((await send(page, 'bg:get-attempts')).res).toMatchObject({ locked: true, unlockAt });

    // Move the stored lock 25 hours into the past: the lock lifts and the badge clears.
    await worker.evaluate(async (hour) => {
      const { lockout } = await chrome.storage.local.get('lockout');
      const state = lockout as { attempts: unknown[]; lock: { at: number } };
      await chrome.storage.local.set({ lockout: { ...state, lock: { ...state.lock, at: state.lock.at - 25 * hour } } });
    }, HOUR);
    await expect.poll(async () => (await badge(worker)).text).toBe('');
    expect((await badge(worker)).title).toContain('5 of 5');
    expect((await send(page, 'bg:get-attempts')).res).toMatchObject({ locked: false, left: 5 });
    expect(await worker.evaluate(() => chrome.alarms.getAll())).toEqual([]);
  } finally {
    await launched?.context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
});
