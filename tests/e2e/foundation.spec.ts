import { expect, test } from './support/fixtures';
import { sendFromPage } from './support/helpers';
import { PreflightPage } from './support/pages/preflight-page';

test.describe('the built extension in Chromium', () => {
  test('service worker starts and answers a typed ping with the package version', async ({ extension }) => {
    const worker = await extension.serviceWorker();
    const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    const page = await extension.context.newPage();
    await page.goto(extension.url('popup.html'));
    const reply = await sendFromPage(page, 'bg:ping');
    expect(reply).toMatchObject({ res: { version: manifest.version } });
    await page.close();
  });

  const TITLES: Record<string, string> = {
    'popup.html': 'KYC Preflight',
    'preflight.html': 'Pre-flight check · KYC Preflight',
    'options.html': 'KYC Preflight settings · KYC Preflight',
  };
  for (const name of Object.keys(TITLES)) {
    test(`${name} renders without console errors`, async ({ openPage, consoleErrors }) => {
      const page = await openPage(name);
      await expect(page).toHaveTitle(TITLES[name]!);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('h1')).not.toBeEmpty();
      // The pre-flight page preloads MediaPipe when idle; its wasm prints INFO lines through console.error,
      // which land here or not depending on how fast the machine is (seen under load).
      expect(consoleErrors.filter((text) => !text.startsWith('INFO:'))).toEqual([]);
    });
  }

  test('a fake camera fed from a fixture photo reaches the pre-flight page as live video', async ({
    openPage,
    consoleErrors,
  }) => {
    const page = await openPage('preflight.html');
    // The pre-flight can analyse about a second of video and then release the camera, so the live frame's size is
    // recorded in the page as the video reports it (media events, caught on the document) and read afterwards.
    await page.evaluate(() => {
      const widths: number[] = ((window as unknown as { __videoWidths: number[] }).__videoWidths = []);
      const note = (event: Event) => {
        if (event.target instanceof HTMLVideoElement) widths.push(event.target.videoWidth);
      };
      for (const type of ['loadedmetadata', 'resize', 'playing']) document.addEventListener(type, note, true);
    });
    const preflight = new PreflightPage(page);
    await preflight.run(20_000);
    // The photo at 640 wide, not Chromium's built-in green test pattern.
    expect(await page.evaluate(() => (window as unknown as { __videoWidths: number[] }).__videoWidths)).toContain(640);
    // A face was found in the frames (the photo arrived) at the camera's full 640x480...
    await expect(preflight.reportRow('face-count')).toHaveAttribute('data-status', 'pass');
    expect((await preflight.publishedReport()).checks.find((c) => c.id === 'camera-quality')?.measured)
      .toMatchObject({ width: 640, height: 480 });
    // ...and the camera was released with the verdict.
    expect(await preflight.cameraPreview.evaluate((v: HTMLVideoElement) => v.srcObject)).toBeNull();
    // MediaPipe's wasm logs an INFO line on stderr (console.error); it is not an error.
    expect(consoleErrors.filter((text) => !text.startsWith('INFO:'))).toEqual([]);
  });
});
