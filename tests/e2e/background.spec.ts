// The background keeps the lock honest across a stopped service worker and a browser restart,
// and the toolbar badge shows it. One profile, launched twice; no camera needed.
import { test, expect } from '@playwright/test';
import { rmSync } from 'node:fs';
import { launchExtension, type LaunchedExtension } from './support/extension';
import { Background } from './support/pages/background';
import { PopupPage } from './support/pages/popup-page';

const HOUR = 3_600_000;

test.describe.configure({ mode: 'serial' });

test('lock survives a stopped worker and a browser restart; the badge shows it and clears after', async () => {
  test.setTimeout(90_000);
  let launched: LaunchedExtension | undefined = await launchExtension({ clip: null });
  const { userDataDir } = launched;
  try {
    let page = await launched.context.newPage();
    await page.goto(launched.url('options.html'));
    let background = new Background(await launched.serviceWorker(), page);

    // A forged sender (another extension, a non-binance page) is refused and changes nothing.
    const ownId = launched.extensionId;
    const forged = await background.routeAs('bg:kyc-event', { ruleId: 'too-many-attempts', kind: 'lockout', at: Date.now() }, [
      { id: 'another-extension', url: 'chrome-extension://another-extension/page.html' },
      { id: ownId, url: 'https://binance.com.evil.example/', tab: { id: 1 } },
      { id: ownId, url: 'http://www.binance.com/', tab: { id: 1 } },
    ]);
    expect(forged).toEqual(['refused', 'refused', 'refused']);
    // Malformed data through the real messaging path is refused too.
    expect((await background.send('bg:kyc-event', { ruleId: 'x', kind: 'maybe', at: 1 })).err).toBeTruthy();
    expect(await background.attempts()).toMatchObject({ locked: false, used: 0 });
    // With no lock the badge shows only the browser's own state ('!' for a browser that cannot run the check, else nothing).
    const idle = await background.idleBadge();
    await expect.poll(async () => (await background.badge()).text).toBe(idle);
    expect((await background.badge()).title).toMatch(idle ? /Chrom/ : /5 of 5/);

    // The site says "too many attempts": locked at once, badge shows the hours left.
    const before = Date.now();
    const locked = (await background.send('bg:kyc-event', { ruleId: 'too-many-attempts', kind: 'lockout', at: before })).res!;
    expect(locked).toMatchObject({ locked: true, left: 0 });
    const unlockAt = locked.unlockAt as number;
    expect(unlockAt - before).toBeGreaterThan(24 * HOUR - 5_000);
    expect(unlockAt - before).toBeLessThanOrEqual(24 * HOUR + 5_000);
    await expect.poll(async () => (await background.badge()).text).toBe('24h');
    expect((await background.badge()).title).toContain('Try again after');

    // Stop the service worker through CDP; a message wakes a fresh one (Playwright keeps the same
    // Worker handle across the restart), which must find the same state.
    await background.worker.evaluate(() => ((globalThis as { marker?: number }).marker = 1));
    const cdp = await launched.context.newCDPSession(page);
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', (event) => statuses.push(...event.versions.map((v) => v.runningStatus)));
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => statuses.at(-1)).toBe('stopped');
    expect(await background.attempts()).toMatchObject({ locked: true, unlockAt });
    expect(await background.worker.evaluate(() => (globalThis as { marker?: number }).marker)).toBeUndefined();
    await expect.poll(async () => (await background.badge()).text).toBe('24h');

    // Close the whole browser and start it again on the same profile: start-up restores the badge.
    await launched.context.close();
    launched = await launchExtension({ clip: null, userDataDir });
    const worker = await launched.serviceWorker();
    background = new Background(worker);
    await expect.poll(async () => (await background.badge()).text, { timeout: 15_000 }).toMatch(/^2[34]h$/);
    expect((await background.badge()).title).toContain('Try again after');
    expect(await background.alarmNames()).toEqual(['lockout-tick', 'lockout-unlock']);
    page = await launched.context.newPage();
    await page.goto(launched.url('popup.html'));
    background = new Background(worker, page);
    await expect(new PopupPage(page).lockoutCountdown).toBeVisible();
    expect(await background.attempts()).toMatchObject({ locked: true, unlockAt });

    // Move the stored lock 25 hours into the past: the lock lifts and the badge goes back to the browser's own state.
    await background.moveLockBack(25 * HOUR);
    const idleAgain = await background.idleBadge();
    await expect.poll(async () => (await background.badge()).text).toBe(idleAgain);
    expect((await background.badge()).title).toMatch(idleAgain ? /Chrom/ : /5 of 5/);
    expect(await background.attempts()).toMatchObject({ locked: false, left: 5 });
    expect(await background.alarmNames()).toEqual([]);
  } finally {
    await launched?.context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
});
