// Fault tolerance of the real built extension: each fault ends in a clear, recoverable state in
// the UI, with the camera released. (The worker stopped mid-countdown is proved in
// tests/e2e/background.spec.ts: the lock and badge survive a CDP-stopped worker.)
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordCameraTracks, cameraTrackStates } from './support/camera-tracks';
import { clipPath } from './support/clips';
import { BASE_ARGS, launchExtension, type LaunchedExtension } from './support/extension';
import { expect, test } from './support/fixtures';
import { GuidePage } from './support/pages/guide-page';
import { OptionsPage } from './support/pages/options-page';
import { PopupPage } from './support/pages/popup-page';
import { PreflightPage } from './support/pages/preflight-page';
import { CHROME_BUILD, CHROMIUM } from './support/paths';


async function expectReleased(page: Page): Promise<void> {
  const states = await cameraTrackStates(page);
  expect(states.length).toBeGreaterThan(0);
  expect(states).toEqual(states.map(() => 'ended'));
}

/** A finished, re-runnable state: a report with a verdict and an enabled "run again". */
async function expectRecoverable(preflight: PreflightPage): Promise<void> {
  await expect(preflight.report).toHaveAttribute('data-verdict', /^(ready|caution|not-ready)$/, { timeout: 25_000 });
  await expect(preflight.runButton).toBeEnabled();
}

test.describe('with a camera', () => {
  test.describe.configure({ mode: 'serial' });
  let extension: LaunchedExtension;
  test.beforeAll(async () => {
    extension = await launchExtension({ clip: 'frontal' });
    await recordCameraTracks(extension.context);
  });
  test.afterAll(async () => extension?.context.close());

  test('the camera track ends mid-run (unplugged or permission revoked): a camera-disconnected error, camera released, a second run works', async () => {
    const page = await extension.context.newPage();
    await page.goto(extension.url('preflight.html'));
    // What Chrome does when the device goes away or the permission is withdrawn: the track ends. Done inside the
    // page 300 ms after the camera opens (the run on this clip lasts at least a second of held-good frames), so the
    // test does not race the analysis window to act mid-run. Only the first stream: the second run below is clean.
    await page.evaluate(() => {
      const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
      let armed = true;
      navigator.mediaDevices.getUserMedia = async (constraints) => {
        const stream = await original(constraints);
        if (armed) {
          armed = false;
          setTimeout(() => {
            for (const track of stream.getTracks()) {
              track.stop();
              track.dispatchEvent(new Event('ended'));
            }
          }, 300);
        }
        return stream;
      };
    });
    const preflight = new PreflightPage(page);
    await preflight.start();
    await expectRecoverable(preflight);
    // A clear camera error with its fix, not a report of the frames seen before the camera went.
    await expect(preflight.error).toHaveAttribute('data-error', 'camera-lost');
    await expect(preflight.reportRow('camera-device')).toHaveAttribute('data-status', 'fail');
    await expectReleased(page);
    await preflight.start();
    await expect(preflight.reportRow('face-count')).toHaveAttribute('data-status', 'pass', { timeout: 25_000 });
    await expectReleased(page);
    await page.close();
  });

  test('closing the page mid-run stops every camera track before it goes', async () => {
    // Its own launch on a clip that never holds good (too close), so the run lasts its 8 s limit: closing the page
    // mid-run races nothing (on the default clip a run can end about a second after it starts).
    const extension = await launchExtension({ clip: 'frontal-close' });
    await recordCameraTracks(extension.context);
    try {
      const worker = await extension.serviceWorker();
      await worker.evaluate(() => chrome.storage.session.remove('testTracksAtPagehide'));
      const preflight = await PreflightPage.open(extension.context, extension.url('preflight.html'));
      await preflight.start();
      await expect(preflight.instruction).not.toBeEmpty({ timeout: 20_000 });
      expect(await cameraTrackStates(preflight.page)).toContain('live');
      await preflight.page.close({ runBeforeUnload: true });
      await expect
        .poll(() => worker.evaluate(async () => (await chrome.storage.session.get('testTracksAtPagehide')).testTracksAtPagehide))
        .toEqual(expect.arrayContaining(['ended']));
      const states = (await worker.evaluate(async () => (await chrome.storage.session.get('testTracksAtPagehide')).testTracksAtPagehide)) as string[];
      expect(states).not.toContain('live');
      await worker.evaluate(() => chrome.storage.session.remove('testTracksAtPagehide'));
    } finally {
      await extension.context.close();
    }
  });

  test('storage full of garbage: every page still works and the background recovers its defaults', async () => {
    const worker = await extension.serviceWorker();
    const junk = ['', 'x'.repeat(5000), -1, 1e308, null, [1, 'a', {}], { __proto__: { locked: true } }, { version: 'nine' }, true];
    await worker.evaluate(async (values) => {
      const keys = ['settings', 'lockout', 'reportHistory', 'browserAssessment', 'siteCameraPermission', 'returnTab', 'checklist'];
      const all = await chrome.storage.local.get(null);
      const entries: Record<string, unknown> = {};
      [...new Set([...keys, ...Object.keys(all)])].forEach((key, i) => {
        entries[key] = values[i % values.length];
        entries[`${key}$`] = values[(i + 3) % values.length]; // WXT's version metadata
      });
      await chrome.storage.local.set(entries);
      await chrome.storage.session.set({ junk: values });
    }, junk);
    const popup = await PopupPage.open(extension.context, extension.url('popup.html'));
    await expect(popup.attemptsLeft).toHaveText(/^\d+$/);
    const options = new OptionsPage(await extension.context.newPage());
    await options.page.goto(extension.url('options.html'));
    await expect(options.form).toBeVisible();
    const guide = new GuidePage(await extension.context.newPage());
    await guide.page.goto(extension.url('guide.html'));
    await expect(guide.search).toBeVisible();
    const preflight = await PreflightPage.open(extension.context, extension.url('preflight.html'));
    await preflight.start();
    await expectRecoverable(preflight);
    // A report could be stored again on top of the garbage.
    await expect.poll(() => worker.evaluate(async () => ((await chrome.storage.local.get('reportHistory')).reportHistory as unknown[] | undefined)?.length ?? 0)).toBeGreaterThan(0);
    for (const page of [popup, options, guide, preflight]) await page.page.close();
  });
});

/** Launches a copy of the build with one file broken, to run the pre-flight against it. */
async function launchBroken(breakIt: (dir: string) => void): Promise<{ context: BrowserContext; url: (p: string) => string; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'kyc-broken-build-'));
  cpSync(CHROME_BUILD, dir, { recursive: true });
  breakIt(dir);
  const profile = mkdtempSync(join(tmpdir(), 'kyc-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath: CHROMIUM,
    args: [...BASE_ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${clipPath('frontal')}`, '--use-fake-ui-for-media-stream'],
  });
  await recordCameraTracks(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return {
    context,
    url: (p) => `chrome-extension://${id}/${p}`,
    cleanup: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

for (const [name, breakIt] of [
  ['the model file is missing', (dir: string) => rmSync(join(dir, 'mediapipe', 'face_landmarker.task'))],
  ['the wasm file is corrupt', (dir: string) => writeFileSync(join(dir, 'mediapipe', 'vision_wasm_internal.wasm'), 'not wasm at all')],
] as const) {
  test(`${name}: a model error with its fix, environment checks still reported, camera released`, async () => {
    const broken = await launchBroken(breakIt);
    try {
      const preflight = await PreflightPage.open(broken.context, broken.url('preflight.html'));
      await preflight.start();
      await expect(preflight.error).toHaveAttribute('data-error', 'model', { timeout: 30_000 });
      await expect(preflight.error).not.toBeEmpty();
      await expectRecoverable(preflight);
      await expect(preflight.row('browser')).toHaveCount(1);
      await expect(preflight.row('head-pose')).toHaveAttribute('data-status', 'skip');
      await expectReleased(preflight.page);
    } finally {
      await broken.cleanup();
    }
  });
}

test('a 10 KB user agent: the popup and the pre-flight still give a browser verdict', async () => {
  const userAgent = `Mozilla/5.0 (X11; Linux x86_64) ${'AppleWebKit/537.36 (KHTML, like Gecko) '.repeat(260)}Chrome/156.0.0.0 Safari/537.36`;
  expect(userAgent.length).toBeGreaterThan(10_000);
  const extension = await launchExtension({ clip: 'frontal', extraArgs: [`--user-agent=${userAgent}`] });
  try {
    const popup = await PopupPage.open(extension.context, extension.url('popup.html'));
    expect(await popup.page.evaluate(() => navigator.userAgent.length)).toBeGreaterThan(10_000);
    await expect(popup.glance('browser')).toHaveAttribute('data-status', /^(pass|warn|fail)$/);
    const preflight = await PreflightPage.open(extension.context, extension.url('preflight.html'));
    await preflight.start();
    await expectRecoverable(preflight);
    await expect(preflight.row('browser')).toHaveAttribute('data-status', /^(pass|warn|fail)$/);
  } finally {
    await extension.context.close();
  }
});
