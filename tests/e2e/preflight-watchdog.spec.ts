// Never an endless spinner: every failure (WebGL off, the wasm failing to load, an exception or a
// rejected promise inside the frame loop, the camera stalling) ends the run within 5 s of the
// failure in an error state with its cause and fix, camera released, verdict not-ready. Failures are
// injected from the test (page.addInitScript before the page's own scripts), never by a product hook.
import { expect, test } from './support/fixtures';
import { cameraTrackStates, installCameraTrackRecorder } from './support/camera-tracks';
import { launchExtension, type LaunchedExtension } from './support/extension';
import { PreflightPage } from './support/pages/preflight-page';

/** The run must end this soon after the failure (the limit). */
const WITHIN_MS = 5000;

async function openPreflight(extension: LaunchedExtension, inject?: () => void): Promise<PreflightPage> {
  const page = await extension.context.newPage();
  await page.addInitScript(installCameraTrackRecorder);
  if (inject) await page.addInitScript(inject);
  await page.goto(extension.url('preflight.html'));
  return new PreflightPage(page);
}

/** Clicks run, waits for the error state and checks it through; returns ms from the click to the error. */
async function expectErrorState(preflight: PreflightPage, error: string): Promise<number> {
  const clicked = Date.now();
  await preflight.start();
  await expect(preflight.error).toHaveAttribute('data-error', error, { timeout: 15_000 });
  const elapsed = Date.now() - clicked;
  await expect(preflight.error).not.toBeEmpty();
  await expect(preflight.report).toHaveAttribute('data-verdict', 'not-ready');
  await expect(preflight.row('head-pose')).toHaveAttribute('data-status', 'skip');
  // The spinner is gone: the start control is back ("check again").
  await expect(preflight.runButton).toBeEnabled();
  const states = await cameraTrackStates(preflight.page);
  expect(states.every((state) => state === 'ended')).toBe(true);
  return elapsed;
}

test('Chromium without WebGL: the face checks skip (no-webgl) within 5 s, the browser row is not called unsupported', async () => {
  const extension = await launchExtension({ extraArgs: ['--disable-webgl', '--disable-webgl2'] });
  try {
    const preflight = await openPreflight(extension);
    expect(await preflight.page.evaluate(() => document.createElement('canvas').getContext('webgl'))).toBeNull();
    const elapsed = await expectErrorState(preflight, 'no-webgl');
    expect(elapsed).toBeLessThan(WITHIN_MS);
    await expect(preflight.error).toContainText('WebGL');
    // The camera was still checked, and the browser row does not fail for WebGL.
    await expect(preflight.row('camera-device')).toHaveAttribute('data-status', 'pass');
    await expect(preflight.row('browser')).not.toHaveAttribute('data-status', 'fail');
    // Each face row says why it was not checked: WebGL.
    await expect(preflight.row('head-pose')).toContainText('WebGL');
  } finally {
    await extension.context.close();
  }
});

test.describe('with a camera and WebGL', () => {
  test('an exception inside a frame\'s analysis ends the run as an analysis error within 5 s', async ({ extension }) => {
    // The sampler reads the face region back on every frame with one face: make that throw.
    const preflight = await openPreflight(extension, () => {
      OffscreenCanvasRenderingContext2D.prototype.getImageData = () => {
        (window as unknown as { __failedAt: number }).__failedAt ??= performance.now();
        throw new Error('injected failure in the frame analysis');
      };
    });
    await expectErrorState(preflight, 'analysis');
    // From the failure to now (the error state already shown): well within the limit.
    const lag = await preflight.page.evaluate(() => performance.now() - (window as unknown as { __failedAt: number }).__failedAt);
    expect(lag).toBeLessThan(WITHIN_MS);
  });

  test('a rejected promise inside the frame loop ends the run within 5 s', async ({ extension }) => {
    // After a few frames, asking for the next one throws inside nextFrame's promise: a rejection.
    const preflight = await openPreflight(extension, () => {
      const original = HTMLVideoElement.prototype.requestVideoFrameCallback;
      let calls = 0;
      HTMLVideoElement.prototype.requestVideoFrameCallback = function (callback) {
        if (++calls > 3) throw new Error('injected rejection in the frame loop');
        return original.call(this, callback);
      };
    });
    await expectErrorState(preflight, 'analysis');
  });

  test('the camera stalling mid-run ends it as a camera error, not a verdict on a few frames', async ({ extension }) => {
    // After three frames the camera sends nothing more: frame callbacks never come.
    const preflight = await openPreflight(extension, () => {
      const original = HTMLVideoElement.prototype.requestVideoFrameCallback;
      let calls = 0;
      HTMLVideoElement.prototype.requestVideoFrameCallback = function (callback) {
        if (++calls > 3) return 0;
        return original.call(this, callback);
      };
    });
    const elapsed = await expectErrorState(preflight, 'camera-lost');
    expect(elapsed).toBeLessThan(WITHIN_MS + 2000); // click → a few frames → 1 s without one
  });

  test('a promise that never settles (no timeout of its own) is ended by the watchdog\'s deadline within 5 s', async ({ extension }) => {
    // The camera opens and plays (first play()); the engine's own play() then never settles.
    const preflight = await openPreflight(extension, () => {
      const original = HTMLMediaElement.prototype.play;
      let calls = 0;
      HTMLMediaElement.prototype.play = function () {
        if (++calls === 1) return original.call(this);
        (window as unknown as { __failedAt: number }).__failedAt ??= performance.now();
        return new Promise<void>(() => undefined);
      };
    });
    await expectErrorState(preflight, 'no-frames');
    const lag = await preflight.page.evaluate(() => performance.now() - (window as unknown as { __failedAt: number }).__failedAt);
    expect(lag).toBeLessThan(WITHIN_MS); // the 4 s budget, plus Playwright's polling
  });

  test('the wasm failing to load ends the run as a model error with its fix', async ({ extension }) => {
    // The landmarker compiles its wasm in its own worker, where an init script cannot reach; without workers
    // the page runs it itself (src/vision/video-landmarker.ts), and that is where the wasm fails here.
    const preflight = await openPreflight(extension, () => {
      const fail = () => Promise.reject(new Error('injected: wasm failed to load'));
      WebAssembly.instantiateStreaming = fail;
      WebAssembly.instantiate = fail as typeof WebAssembly.instantiate;
      Reflect.deleteProperty(window, 'Worker');
    });
    const elapsed = await expectErrorState(preflight, 'model');
    expect(elapsed).toBeLessThan(WITHIN_MS);
  });

  test('the landmarker runs in its worker; where no worker can start, the page runs it and still reaches a verdict', async ({ extension }) => {
    for (const workers of [true, false]) {
      const preflight = await openPreflight(extension, workers ? undefined : () => Reflect.deleteProperty(window, 'Worker'));
      await preflight.start();
      // A verdict on the face, not an error: the face was found and measured.
      await expect(preflight.row('face-count')).toHaveAttribute('data-status', 'pass', { timeout: 30_000 });
      await expect(preflight.row('head-pose')).not.toHaveAttribute('data-status', 'skip');
      await expect(preflight.error).toHaveCount(0);
      const run = await preflight.timings();
      expect(run.timings.landmarkerInWorker, workers ? 'in the worker' : 'on the page').toBe(workers ? 1 : 0);
      await preflight.page.close();
    }
  });
});
