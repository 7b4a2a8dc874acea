// The manual-review kit on the real built extension with a fake camera: the angle indicator agrees
// with the clip (a frontal face, a head turned to the user's left, the same clip mirrored), a held
// frontal pose is captured by itself, photos are downloaded only when Save is clicked, and nothing
// of them reaches extension storage or web storage.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { defineClip } from './support/clips';
import { findFaceData } from './support/face-data';
import { launchExtension } from './support/extension';
import { expect, test } from './support/fixtures';
import { sendFromPage, setLocale } from './support/pages';

// stock-emotions-a-2: the nose points to the image's right, i.e. the person turns to THEIR left
// (the pose module reads about +28°); hflip gives the same turn to their right.
const TURNED = defineClip('kit-turned-left', { photo: 'stock-emotions-a-2.jpg' });
const MIRRORED = defineClip('kit-turned-right', { photo: 'stock-emotions-a-2.jpg', filters: 'hflip' });

const indicator = (page: Page) => page.getByTestId('angle-indicator');
const yawOf = async (page: Page) => Number(await indicator(page).getAttribute('data-yaw'));

async function startCamera(page: Page) {
  await page.getByTestId('kit-camera-start').click();
  await expect(page.getByTestId('kit-live')).toBeVisible({ timeout: 30_000 });
  // Wait for a measured angle, not the first empty frame.
  await expect(indicator(page)).not.toHaveAttribute('data-yaw', '', { timeout: 30_000 });
}

test.describe('frontal face', () => {
  test('captures the held frontal pose by itself, two more on click, and saves them only on Save', async ({ extension, openPage, consoleErrors }) => {
    test.setTimeout(120_000);
    await setLocale(await extension.serviceWorker(), 'en');
    const page = await openPage('review-kit.html');
    // A stored pre-flight, so the kit offers its export beside the photos.
    const saved = await sendFromPage(page, 'bg:save-report', {
      id: 'kit-e2e',
      createdAt: Date.now(),
      verdict: 'caution',
      source: 'page',
      checks: [
        { id: 'browser', status: 'pass', summary: { key: 'checks.browser.ok' }, measured: { browser: 'Chrome' } },
        { id: 'head-pose', status: 'warn', summary: { key: 'vision.head-pose.yaw' }, measured: { yaw: 12 } },
      ],
    });
    expect(saved.err).toBeUndefined();
    await page.reload();
    const downloads: Download[] = [];
    page.on('download', (download) => downloads.push(download));

    await expect(page.getByTestId('review-kit')).toBeVisible();
    await expect(page.getByTestId('review-kit-privacy')).toHaveText(/memory only.*nothing is stored or sent.*closing the page deletes them/);
    await startCamera(page);
    await expect(indicator(page)).toHaveAttribute('data-side', 'centre');
    expect(Math.abs(await yawOf(page))).toBeLessThan(10);

    // Held facing the camera (light, sharpness, one face passing): taken without a click.
    await expect(page.locator('[data-testid="kit-photo"][data-shot="front"]')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('kit-current')).toHaveAttribute('data-shot', 'left');
    // Still frontal while the left turn is asked for: the kit says which way to turn, and waits.
    await expect(page.getByTestId('kit-hint')).toHaveAttribute('data-hint', 'turn-left');
    await page.waitForTimeout(1500);
    await expect(page.getByTestId('kit-photo')).toHaveCount(1);

    // The other two on a click (the clip cannot turn its head).
    await page.getByTestId('kit-capture').click();
    await expect(page.getByTestId('kit-current')).toHaveAttribute('data-shot', 'right');
    await page.getByTestId('kit-capture').click();
    await expect(page.getByTestId('kit-photo')).toHaveCount(3);
    // All three taken: the camera is released, the photos stay for review.
    await expect(page.getByTestId('kit-camera-start')).toBeVisible();
    const srcs = await page.locator('[data-testid="kit-photo"] img').evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).src));
    expect(srcs.every((src) => src.startsWith('blob:chrome-extension://'))).toBe(true);

    // Retake replaces one photo (a new picture, same slot).
    await page.getByTestId('kit-retake-right').click();
    await expect(page.getByTestId('kit-live')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('kit-current')).toHaveAttribute('data-shot', 'right');
    await page.getByTestId('kit-capture').click();
    const rightSrc = () => page.locator('[data-testid="kit-photo"][data-shot="right"] img').getAttribute('src');
    await expect.poll(rightSrc).not.toBe(srcs[2]);
    await expect(page.getByTestId('kit-photo')).toHaveCount(3);
    await expect(page.getByTestId('kit-camera-start')).toBeVisible();

    // Nothing was downloaded before the click.
    await page.waitForTimeout(500);
    expect(downloads).toHaveLength(0);
    await page.getByTestId('kit-save').click();
    await expect.poll(() => downloads.length, { timeout: 15_000 }).toBe(3);
    const names = downloads.map((d) => d.suggestedFilename()).sort();
    expect(names.map((name) => name.replace(/-\d{4}-\d{2}-\d{2}-\d{6}/, ''))).toEqual(['selfie-front.jpg', 'selfie-left.jpg', 'selfie-right.jpg']);
    for (const download of downloads) {
      const bytes = await readFile((await download.path())!);
      expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]); // JPEG
      expect(bytes.length).toBeGreaterThan(10_000);
    }
    await expect(page.getByTestId('kit-status')).toHaveText('Saved 3 photos to your downloads.');

    // The report export beside it: statuses and measurements, no image.
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
    const exported = JSON.parse(await readFile((await json.path())!, 'utf8'));
    expect(exported.checks.map((c: { id: string; status: string }) => `${c.id}:${c.status}`)).toEqual(['head-pose:warn', 'browser:pass']);
    expect(JSON.stringify(exported)).not.toMatch(/data:image|blob:|[A-Za-z0-9+/]{200,}/);

    // The photos never reached any storage.
    const worker = await extension.serviceWorker();
    const areas = await worker.evaluate(async () => ({
      local: await chrome.storage.local.get(null),
      sync: await chrome.storage.sync.get(null),
      session: await chrome.storage.session.get(null),
    }));
    expect(findFaceData(areas)).toEqual([]);
    expect(JSON.stringify(areas)).not.toMatch(/selfie|blob:|jpeg/i);
    const web = await page.evaluate(async () => ({
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
      indexedDB: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
    }));
    expect(web).toEqual({ localStorage: 0, sessionStorage: 0, indexedDB: 0, caches: 0 });
    // MediaPipe's wasm prints its INFO lines (XNNPACK delegate) through console.error.
    expect(consoleErrors.filter((text) => !text.startsWith('INFO:'))).toEqual([]);
  });

  test('the support message in the reader\'s language and in English, where the chat is, and the review time', async ({ extension, openPage }) => {
    const worker = await extension.serviceWorker();
    await setLocale(worker, 'zh-CN');
    try {
      const page = await openPage('review-kit.html');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('人工审核工具包');
      await expect(page.getByTestId('kit-copy-local-text')).toHaveValue(/人工审核/);
      await expect(page.getByTestId('kit-copy-en-text')).toHaveValue(/request a manual review/);
      await expect(page.getByTestId('kit-chat')).toContainText('右下角');
      await expect(page.getByTestId('kit-review-time')).toHaveText('人工审核通常需要 2–5 个工作日（非官方）。');
      await expect(page.getByTestId('kit-docs')).toContainText('手持证件');
    } finally {
      await setLocale(worker, 'en');
    }
    const page = await openPage('review-kit.html');
    await expect(page.getByTestId('kit-copy-local-text')).toHaveCount(0);
    await expect(page.getByTestId('kit-copy-en-text')).toHaveValue(/request a manual review/);
    await expect(page.getByTestId('kit-review-time')).toHaveText('A manual review usually takes 2–5 business days (unofficial).');
  });

  test('the guide\'s manual-review section and the popup (after 3 failures today) open the kit', async ({ extension, openPage }) => {
    const guide = await openPage('guide.html#manual-review');
    const link = guide.locator('#manual-review').getByTestId('open-review-kit');
    const [kit] = await Promise.all([extension.context.waitForEvent('page'), link.click()]);
    await expect(kit.getByTestId('review-kit')).toBeVisible();
    await kit.close();

    const popup = await openPage('popup.html');
    await expect(popup.getByTestId('attempts-left')).toBeVisible();
    const count = async () => (await sendFromPage(popup, 'bg:get-attempts')).res as { used: number; locked: boolean };
    // Start from no failures (other tests of this worker may have logged some).
    while ((await count()).used > 0) await sendFromPage(popup, 'bg:undo-attempt');
    for (let i = 0; i < 2; i += 1) await sendFromPage(popup, 'bg:log-attempt');
    await popup.reload();
    await expect(popup.getByTestId('attempts-left')).toBeVisible();
    await expect(popup.getByTestId('open-review-kit')).toHaveCount(0);
    await sendFromPage(popup, 'bg:log-attempt');
    await popup.reload();
    await expect(popup.getByTestId('open-review-kit')).toBeVisible();
    const [fromPopup] = await Promise.all([extension.context.waitForEvent('page'), popup.getByTestId('open-review-kit').click()]);
    await expect(fromPopup.getByTestId('review-kit')).toBeVisible();
    await fromPopup.close();
    while ((await count()).used > 0) await sendFromPage(popup, 'bg:undo-attempt');
  });
});

// A turned head needs its own camera clip, so its own browser launch.
for (const [clip, side, hint] of [
  [TURNED, 'left', 'turn-right'],
  [MIRRORED, 'right', 'turn-left'],
] as const) {
  test(`head turned to the user's ${side}: the indicator reads it and the frontal shot is not taken`, async () => {
    test.setTimeout(90_000);
    const launched = await launchExtension({ clip });
    try {
      const page = await launched.context.newPage();
      await page.goto(launched.url('review-kit.html'));
      await startCamera(page);
      await expect(indicator(page)).toHaveAttribute('data-side', side);
      const yaw = await yawOf(page);
      console.log(`review kit, head turned to the user's ${side}: yaw ${yaw}°`);
      // The photo is turned about 30° (labels.json); the pose module read 28° on it.
      expect(Math.abs(yaw)).toBeGreaterThan(15);
      expect(Math.abs(yaw)).toBeLessThan(45);
      expect(Math.sign(yaw)).toBe(side === 'left' ? 1 : -1);
      await expect(indicator(page)).toContainText(`turned ${Math.round(Math.abs(yaw))}° to your ${side}`);
      // Facing the camera is asked for first: turn back the other way, and no photo while turned.
      await expect(page.getByTestId('kit-hint')).toHaveAttribute('data-hint', hint);
      await page.waitForTimeout(2000);
      await expect(page.getByTestId('kit-photo')).toHaveCount(0);
    } finally {
      await launched.context.close();
    }
  });
}

test('while locked, the popup offers the kit in the lockout banner', async () => {
  // Its own launch: the lock it starts would otherwise last for the rest of a shared browser.
  const launched = await launchExtension({ clip: null });
  try {
    const popup = await launched.context.newPage();
    await popup.goto(launched.url('popup.html'));
    await expect(popup.getByTestId('attempts-left')).toBeVisible();
    await expect(popup.getByTestId('open-review-kit')).toHaveCount(0);
    await sendFromPage(popup, 'bg:kyc-event', { ruleId: 'too-many-attempts', kind: 'lockout', at: Date.now() });
    await expect(popup.getByTestId('lockout')).toBeVisible();
    await expect(popup.getByTestId('open-review-kit')).toBeVisible();
    // At the end of the lockout banner's text, so the locked popup gains no height.
    await expect(popup.getByTestId('lockout').getByTestId('open-review-kit')).toHaveText('Manual review');
    const [kit] = await Promise.all([launched.context.waitForEvent('page'), popup.getByTestId('open-review-kit').click()]);
    await expect(kit.getByTestId('review-kit')).toBeVisible();
  } finally {
    await launched.context.close();
  }
});
