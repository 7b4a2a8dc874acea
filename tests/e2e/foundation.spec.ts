import { expect, test } from './support/fixtures';

test.describe('the built extension in Chromium', () => {
  test('service worker starts and answers a typed ping with the package version', async ({ extension }) => {
    const worker = await extension.serviceWorker();
    const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    const page = await extension.context.newPage();
    await page.goto(extension.url('popup.html'));
    const reply = await page.evaluate(() =>
      chrome.runtime.sendMessage({ id: 0, type: 'bg:ping', data: undefined, timestamp: Date.now() }),
    );
    expect(reply).toMatchObject({ res: { version: manifest.version } });
    await page.close();
  });

  for (const name of ['popup.html', 'preflight.html', 'options.html']) {
    test(`${name} renders without console errors`, async ({ openPage, consoleErrors }) => {
      const page = await openPage(name);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('h1')).not.toBeEmpty();
      expect(consoleErrors).toEqual([]);
    });
  }

  test('a fake camera fed from a fixture photo reaches the pre-flight page as live video', async ({
    openPage,
    consoleErrors,
  }) => {
    const page = await openPage('preflight.html');
    await page.getByTestId('run-preflight').click();
    const video = page.getByTestId('camera-preview');
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.videoWidth)).toBe(640);
    const live = await video.evaluate((v: HTMLVideoElement) =>
      (v.srcObject as MediaStream).getVideoTracks().map((t) => t.readyState),
    );
    expect(live).toEqual(['live']);
    // The frame is the photo, not Chromium's built-in green test pattern: it has varied colour.
    const spread = await video.evaluate((v: HTMLVideoElement) => {
      const canvas = new OffscreenCanvas(64, 48);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(v, 0, 0, 64, 48);
      const data = ctx.getImageData(0, 0, 64, 48).data;
      let min = 255, max = 0;
      for (let i = 0; i < data.length; i += 4) {
        const luma = (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
        min = Math.min(min, luma);
        max = Math.max(max, luma);
      }
      return max - min;
    });
    expect(spread).toBeGreaterThan(60);
    expect(consoleErrors).toEqual([]);
  });
});
