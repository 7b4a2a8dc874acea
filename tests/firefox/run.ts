// `npm run test:firefox`: the Firefox build (firefox-mv2) end to end in Debian's firefox-esr.
// One Firefox for the flow (button → pre-flight → faces from clips → popup/options/guide → retry → lockout), a
// restart on the same profile (the lockout survives), and one Firefox with WebGL turned off. Runs under
// Xvfb (it re-executes itself through xvfb-run when there is no display). Writes its counts to
// <reports>/firefox.json for the summary line of `npm test`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { startFakeBinance, type FakeBinance } from '../e2e/support/binance-server.ts';
import { installCameraTrackRecorder, readCameraTrackStates } from '../e2e/support/camera-tracks.ts';
import { defineConditionClip, prepareClips } from '../e2e/support/clips.ts';
import { CLIP_DIR, REPORT_DIR } from '../e2e/support/paths.ts';
import { useClipCamera } from './clip-camera.ts';
import { assert, bounded, findPage, launchFirefox, ORIGIN, sleep, startConnectProxy, waitFor, type LaunchedFirefox } from './support.ts';

if (!process.env.DISPLAY) {
  const result = spawnSync('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', process.execPath, ...process.argv.slice(1)], { stdio: 'inherit' });
  if (result.error) console.error(`xvfb-run is needed for the Firefox suite (apt-get install -y xvfb): ${result.error.message}`);
  process.exit(result.status ?? 1);
}

const BUTTON = 'kyc-preflight-ui >>> [data-testid="kyc-preflight-button"]';
const KYC_PATH = '/en/my/settings/profile';
/** The issue's limit: any failure ends the run in an error state within this. */
const WITHIN_MS = 5000;

interface FirefoxApi {
  browserAction?: { getBadgeText(details: object): Promise<string> };
  action?: unknown;
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

const results: { name: string; ok: boolean; ms: number; error?: string }[] = [];
async function test(name: string, body: () => Promise<void>): Promise<void> {
  const started = Date.now();
  try {
    await body();
    results.push({ name, ok: true, ms: Date.now() - started });
    console.log(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    results.push({ name, ok: false, ms: Date.now() - started, error: message });
    console.log(`  ✘ ${name}\n    ${message.split('\n').join('\n    ')}`);
  }
}

/** Opens the KYC page, clicks the content script's button (a trusted click) and returns the pre-flight tab it opened. */
async function openPreflightFromKyc(browser: Browser, server: FakeBinance): Promise<{ kyc: Page; preflight: Page }> {
  const kyc = await browser.newPage();
  await kyc.goto(`https://www.binance.com${KYC_PATH}`);
  await kyc.waitForSelector(BUTTON, { visible: true, timeout: 15_000 });
  assert(server.port > 0, 'fake server up');
  await kyc.click(BUTTON);
  const preflight = await findPage(browser, new RegExp(`^${ORIGIN}/preflight\\.html\\?returnTab=\\d+$`));
  return { kyc, preflight };
}

/** Moves an extension tab to another page of the extension (BiDi cannot goto moz-extension URLs). */
async function goWithin(page: Page, path: string, ready: string): Promise<void> {
  await page.evaluate((to) => void (location.href = to), path).catch(() => undefined);
  await waitFor(`${path} loaded`, () => page.evaluate(() => location.pathname), (at) => at === path);
  await page.waitForSelector(ready, { timeout: 15_000 });
}

const attr = (page: Page, selector: string, name: string) =>
  page.$eval(selector, (element, attribute) => element.getAttribute(attribute), name).catch(() => null);

async function attemptsLeft(ext: Page): Promise<number> {
  await goWithin(ext, '/popup.html', '[data-testid="attempts-left"]');
  return Number(await ext.$eval('[data-testid="attempts-left"]', (element) => element.textContent));
}

/** Every camera track the page opens from now on is recorded, to prove each one is stopped. */
const recordTracks = (page: Page) => page.evaluate(installCameraTrackRecorder);
const trackStates = (page: Page) => page.evaluate(readCameraTrackStates);

/** The conditions proven on a face in Firefox (tests/e2e/preflight-conditions.json), each a WebM clip. */
const FACE_CLIPS = { good: defineConditionClip('ideal'), dark: defineConditionClip('dark'), group: defineConditionClip('photo-group-2') };
/** Made fresh every run (a recipe may have changed), apart from the Chromium suite's y4m clips. */
const FIREFOX_CLIP_DIR = `${CLIP_DIR}-firefox`;
let clipsReady: Promise<void> = Promise.resolve();

interface ClipRun {
  verdict: string;
  /** Every row's status, and its cause when it did not pass, by check id. */
  rows: Record<string, { status: string | null; cause: string | null }>;
  /** The run's timings (test builds publish them): landmarkerInWorker 1 when the model ran in its worker. */
  timings: Record<string, number> | undefined;
}

type Rows = ClipRun['rows'];
/** Every row on the page: the first of each check (the fix-first list may repeat one), as attr() reads it. */
const reportRows = (page: Page): Promise<Rows> =>
  page.$$eval('[data-check]', (elements) => {
    const found: Record<string, { status: string | null; cause: string | null }> = {};
    for (const element of elements) found[element.getAttribute('data-check')!] ??= { status: element.getAttribute('data-status'), cause: element.getAttribute('data-cause') };
    return found;
  });

/** Clicks Run and waits for a new report: the one already up is remembered (a new run unmounts it, then mounts another). */
async function runToNewReport(page: Page, what: string): Promise<string> {
  await page.evaluate(() => {
    (window as unknown as { __staleReport: Element | null }).__staleReport = document.querySelector('[data-testid="preflight-report"]');
  });
  await page.click('[data-testid="run-preflight"]');
  const verdict = await waitFor(`the report on ${what}`, () => page.evaluate(() => {
    const report = document.querySelector('[data-testid="preflight-report"]');
    return report && report !== (window as unknown as { __staleReport: Element | null }).__staleReport ? report.getAttribute('data-verdict') : null;
  }), Boolean, 20_000);
  return verdict!;
}

/** Makes `clip` the page's camera, runs the pre-flight on it and proves the run ended cleanly with the camera released. */
async function runOnClip(page: Page, clip: string): Promise<ClipRun> {
  await clipsReady;
  await useClipCamera(page, join(FIREFOX_CLIP_DIR, `${clip}.webm`));
  await recordTracks(page); // after the swap, so it records the clip's tracks
  const clicked = Date.now();
  const verdict = await runToNewReport(page, clip);
  const elapsed = Date.now() - clicked;
  const rows = await reportRows(page);
  const shown = Object.entries(rows).filter(([, row]) => row.status !== 'pass').map(([id, row]) => `${id} ${row.status}${row.cause ? ` (${row.cause})` : ''}`);
  console.log(`    ${clip}: "${verdict}" ${elapsed} ms after the click; not passing: ${shown.join(', ') || 'none'}`);
  assert((await page.$('[data-testid="preflight-error"]')) === null, `no error state on ${clip}`);
  const tracks = await trackStates(page);
  assert(tracks.length > 0 && tracks.every((state) => state === 'ended'), `the clip camera was released (tracks: ${tracks.join(', ')})`);
  // The captured track stands in for a camera: 640x480 from getSettings, an unnamed label, a counted frame rate.
  assert(rows['camera-device']?.status === 'pass', `the clip camera passes camera-device (got ${JSON.stringify(rows['camera-device'])})`);
  const timings = await page.evaluate(() => (window as unknown as { __kycPreflightTimings?: Record<string, number> }).__kycPreflightTimings);
  return { verdict, rows, timings };
}

const badge = (ext: Page) => ext.evaluate(() => (globalThis as unknown as { browser: FirefoxApi }).browser.browserAction!.getBadgeText({}));

const started = Date.now();
let firefox: LaunchedFirefox | undefined;
// A set-up failure (no Firefox, no display) is a failed test, counted like any other.
await main().catch((error: unknown) => {
  results.push({ name: 'Firefox suite set-up', ok: false, ms: Date.now() - started, error: String(error) });
  console.log(`  ✘ Firefox suite set-up: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
});

async function main(): Promise<void> {
  rmSync(FIREFOX_CLIP_DIR, { recursive: true, force: true });
  // Made while Firefox starts (about a second each, two at a time); a failure surfaces in the tests that need them.
  clipsReady = prepareClips(Object.values(FACE_CLIPS), 'webm', FIREFOX_CLIP_DIR);
  clipsReady.catch(() => undefined);
  const server = await startFakeBinance();
  const proxy = await startConnectProxy(server.port);
  try {
    firefox = await launchFirefox({ proxyPort: proxy.port });
    console.log(`Firefox suite in ${firefox.version} (launched in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
    const { browser } = firefox;
    let kyc: Page | undefined;
    let ext: Page | undefined;

    await test('the button appears on a binance.com KYC page and opens the pre-flight page for that tab', async () => {
      ({ kyc, preflight: ext } = await openPreflightFromKyc(browser, server));
      await ext.waitForSelector('[data-testid="run-preflight"]', { timeout: 15_000 });
    });

    await test('the pre-flight reaches a verdict on Firefox\'s synthetic camera: no face, the face checks say so; Firefox ESR passes', async () => {
      assert(ext, 'pre-flight tab');
      const clicked = Date.now();
      await ext.click('[data-testid="run-preflight"]');
      const verdict = await waitFor('verdict', () => attr(ext!, '[data-testid="preflight-report"]', 'data-verdict'), Boolean, 20_000);
      console.log(`    verdict "${verdict}" ${Date.now() - clicked} ms after the click`);
      assert((await ext.$('[data-testid="preflight-error"]')) === null, 'no error state on a working camera with WebGL');
      assert((await attr(ext, '[data-check="face-count"]', 'data-status')) === 'fail', 'face-count fails: the synthetic camera shows no face');
      for (const id of ['head-pose', 'lighting', 'eyes-open']) {
        assert((await attr(ext, `[data-check="${id}"]`, 'data-status')) === 'skip', `${id} skipped without a face`);
      }
      assert((await attr(ext, '[data-check="camera-device"]', 'data-status')) === 'pass', 'the synthetic camera passes camera-device');
      // Firefox ESR 153 is a current ESR: not "8 versions behind".
      assert((await attr(ext, '[data-check="browser"]', 'data-status')) === 'pass', 'firefox-esr passes the browser row');
      assert(verdict === 'not-ready', `no face → not ready (got ${verdict})`);
    });

    await test('Firefox paths: no Chrome settings URLs, the page-side camera permission is reported as Firefox answers it', async () => {
      assert(ext, 'pre-flight tab');
      const chromeLinks = await ext.$$eval('a[href^="chrome:"], a[href^="edge:"], a[href^="brave:"]', (links) => links.length);
      assert(chromeLinks === 0, `no chrome:// links in Firefox (found ${chromeLinks})`);
      const permissionRow = await attr(ext, '[data-check="camera-permission"]', 'data-status');
      assert(permissionRow !== null && permissionRow !== 'fail', `camera-permission row rendered without failing (got ${permissionRow})`);
      // The content script asked binance.com's permission in the page's origin and reported the answer.
      const stored = await ext.evaluate(async () => (await (globalThis as unknown as { browser: FirefoxApi }).browser.storage.local.get('siteCameraPermission')).siteCameraPermission);
      const state = (stored as { state?: string } | undefined)?.state;
      console.log(`    site camera permission as the content script read it in Firefox: ${state}`);
      assert(['granted', 'denied', 'prompt', 'unsupported'].includes(state ?? ''), `a site permission state was stored (got ${JSON.stringify(stored)})`);
      // MV2: the toolbar button is browserAction; there is no MV3 action API.
      const apis = await ext.evaluate(() => {
        const b = (globalThis as unknown as { browser: FirefoxApi }).browser;
        return { browserAction: typeof b.browserAction?.getBadgeText, action: typeof b.action };
      });
      assert(apis.browserAction === 'function' && apis.action === 'undefined', `browserAction, not action (got ${JSON.stringify(apis)})`);
    });

    await test('a rejection inside the frame loop and a stalled camera each end the run within 5 s; "Check again" then works', async () => {
      assert(ext, 'pre-flight tab');
      // Overridden from the test on the live page (the engine looks the method up on every frame).
      const inject = (mode: 'throw' | 'stall') =>
        ext!.evaluate((how) => {
          const proto = HTMLVideoElement.prototype as unknown as Record<string, unknown>;
          const original = (proto.__original ??= proto.requestVideoFrameCallback) as (this: HTMLVideoElement, cb: VideoFrameRequestCallback) => number;
          let calls = 0;
          proto.requestVideoFrameCallback = function (this: HTMLVideoElement, callback: VideoFrameRequestCallback) {
            if (++calls <= 3) return original.call(this, callback);
            if (how === 'throw') throw new Error('injected failure in the frame loop');
            return 0; // the camera stalls: no frame ever comes
          };
        }, mode);
      const runExpecting = async (expected: string) => {
        const clicked = Date.now();
        await ext!.click('[data-testid="run-preflight"]');
        const error = await waitFor(`error ${expected}`, () => attr(ext!, '[data-testid="preflight-error"]', 'data-error'), (value) => value === expected, 15_000);
        const elapsed = Date.now() - clicked;
        console.log(`    injected → "${error}" ${elapsed} ms after the click`);
        assert(elapsed < WITHIN_MS, `within 5 s (${elapsed} ms)`);
        assert((await attr(ext!, '[data-testid="preflight-report"]', 'data-verdict')) === 'not-ready', 'not ready');
        const released = await ext!.$eval('[data-testid="camera-preview"]', (video) => (video as HTMLVideoElement).srcObject === null);
        const tracks = await trackStates(ext!);
        assert(released && tracks.length > 0 && tracks.every((state) => state === 'ended'), `camera released (tracks: ${tracks.join(', ')})`);
      };
      await recordTracks(ext);
      await inject('throw');
      await runExpecting('analysis');
      await inject('stall');
      await runExpecting('camera-lost');
      await ext.evaluate(() => {
        const proto = HTMLVideoElement.prototype as unknown as Record<string, unknown>;
        proto.requestVideoFrameCallback = proto.__original;
      });
      await ext.click('[data-testid="run-preflight"]');
      await waitFor('a normal run after the failures', async () => (await ext!.$('[data-testid="preflight-error"]')) === null && (await attr(ext!, '[data-check="face-count"]', 'data-status')), (status) => status === 'fail', 20_000);
    });

    // Faces at last: each run's camera is a clip of a condition (clip-camera.ts), its report read from the DOM.
    await test('a good face from a clip (the ideal condition) reaches ready or caution, face-count passing', async () => {
      assert(ext, 'pre-flight tab');
      const { verdict, rows, timings } = await runOnClip(ext, FACE_CLIPS.good);
      assert(rows['face-count']?.status === 'pass', `face-count passes on one face (got ${JSON.stringify(rows['face-count'])})`);
      // Firefox runs MediaPipe in a worker too (its OffscreenCanvas WebGL), not only the page fallback.
      assert(timings?.landmarkerInWorker === 1, `the landmarker ran in its worker (landmarkerInWorker ${timings?.landmarkerInWorker})`);
      assert(verdict === 'ready' || verdict === 'caution', `ready or caution on a good set-up (got ${verdict})`);
    });

    await test('a dark face from a clip (the dark condition) fails lighting as dark', async () => {
      assert(ext, 'pre-flight tab');
      const { verdict, rows } = await runOnClip(ext, FACE_CLIPS.dark);
      assert(rows['face-count']?.status === 'pass', `the face is still found (face-count ${JSON.stringify(rows['face-count'])})`);
      assert(rows.lighting?.status === 'fail' && rows.lighting.cause === 'dark', `lighting fails as dark (got ${JSON.stringify(rows.lighting)})`);
      assert(verdict === 'not-ready', `not ready (got ${verdict})`);
    });

    await test('three people from a clip (photo-group-2) fail face-count as several', async () => {
      assert(ext, 'pre-flight tab');
      const { verdict, rows } = await runOnClip(ext, FACE_CLIPS.group);
      assert(rows['face-count']?.status === 'fail' && rows['face-count'].cause === 'several', `face-count fails as several (got ${JSON.stringify(rows['face-count'])})`);
      assert(verdict === 'not-ready', `not ready (got ${verdict})`);
    });

    await test('popup, options and guide render', async () => {
      assert(ext, 'extension tab');
      await goWithin(ext, '/popup.html', '[data-testid="attempts-left"]');
      await ext.waitForSelector('[data-testid="run-preflight"]');
      await goWithin(ext, '/options.html', '[data-testid="options-attempts"]');
      await goWithin(ext, '/guide.html', '[data-testid="guide-search"]');
      const sections = await ext.$$eval('h2', (headings) => headings.length);
      assert(sections >= 5, `the guide has its sections (found ${sections} h2)`);
    });

    await test('a retry screen counts once however it changes while up', async () => {
      assert(kyc && ext, 'tabs');
      const before = await attemptsLeft(ext);
      assert(before >= 2, `attempts left before (${before})`);
      await kyc.bringToFront();
      await kyc.evaluate(`fixture.show('retry')`);
      await kyc.waitForSelector('kyc-preflight-ui >>> [data-testid="kyc-explainer-card"][data-rule="retry-screen"]', { timeout: 10_000 });
      for (const step of [0, 1, 2]) {
        await kyc.evaluate(`fixture.mutate(${step})`);
        await sleep(300);
      }
      await waitFor('attempts left after one retry screen', () => attemptsLeft(ext!), (left) => left === before - 1);
      await sleep(1500);
      const after = await attemptsLeft(ext);
      assert(after === before - 1, `counted once: ${before} → ${after}`);
      await kyc.evaluate('fixture.hide()');
    });

    await test('a retry screen inside a same-site frame (verify.binance.com, FaceTec SDK ids) counts once for the tab', async () => {
      assert(ext, 'tabs');
      const before = await attemptsLeft(ext);
      const host = await browser.newPage();
      await host.goto('https://www.binance.com/en/my/kyc/liveness');
      const frame = await waitFor('the verify.binance.com frame', async () => host.frames().find((f) => f.url().includes('verify.binance.com')), Boolean);
      await frame!.waitForFunction('window.fixture !== undefined');
      // Firefox does not tell the extension this tab's URL: the background asks the tab's top frame.
      await frame!.evaluate(`fixture.start('9.6'); fixture.show('retry')`);
      await frame!.waitForSelector('kyc-preflight-ui >>> [data-testid="kyc-explainer-card"][data-rule="retry-screen"]', { timeout: 10_000 });
      await waitFor('attempts left after the frame\'s retry screen', () => attemptsLeft(ext!), (left) => left === before - 1);
      await host.close();
    });

    await test('the lockout prompt locks: the toolbar badge (browserAction) shows the countdown', async () => {
      assert(kyc && ext, 'tabs');
      assert(!/^\d+[hm]$/.test(await badge(ext)), 'no countdown on the badge before the lockout');
      await kyc.evaluate(`fixture.lockout('en')`);
      await waitFor('badge', () => badge(ext!), (text) => /^2[34]h$/.test(text));
    });

    const profile = firefox.profile;
    await test('the lockout survives a restart of Firefox on the same profile', async () => {
      await browser.close();
      firefox = await launchFirefox({ proxyPort: proxy.port, profile });
      const again = await openPreflightFromKyc(firefox.browser, server);
      const text = await waitFor('badge after restart', () => badge(again.preflight), (value) => /^2[34]h$/.test(value));
      const left = await attemptsLeft(again.preflight);
      console.log(`    after the restart: badge "${text}", ${left} attempts left`);
      const lock = await again.preflight.evaluate(async () => (await (globalThis as unknown as { browser: FirefoxApi }).browser.storage.local.get('lockout')).lockout);
      assert(lock && typeof lock === 'object', 'the lockout is still stored');
    });
  } finally {
    await bounded(firefox?.browser.close() ?? Promise.resolve(), 10_000);
  }

  // A Firefox without WebGL (hardened builds ship so): the run ends in an error state, never a spinner.
  try {
    firefox = await launchFirefox({ proxyPort: proxy.port, webglDisabled: true });
    await test('without WebGL (webgl.disabled) the run ends within 5 s as no-webgl; the browser row is not unsupported', async () => {
      const { preflight } = await openPreflightFromKyc(firefox!.browser, server);
      await preflight.waitForSelector('[data-testid="run-preflight"]', { timeout: 15_000 });
      assert((await preflight.evaluate(() => document.createElement('canvas').getContext('webgl'))) === null, 'WebGL is really off');
      await recordTracks(preflight);
      const clicked = Date.now();
      await preflight.click('[data-testid="run-preflight"]');
      const error = await waitFor('error state', () => attr(preflight, '[data-testid="preflight-error"]', 'data-error'), Boolean, 15_000);
      const elapsed = Date.now() - clicked;
      console.log(`    error "${error}" ${elapsed} ms after the click`);
      assert(error === 'no-webgl', `data-error is no-webgl (got ${error})`);
      assert(elapsed < WITHIN_MS, `within 5 s (${elapsed} ms)`);
      assert((await attr(preflight, '[data-testid="preflight-report"]', 'data-verdict')) === 'not-ready', 'verdict not-ready');
      assert((await attr(preflight, '[data-check="head-pose"]', 'data-status')) === 'skip', 'face checks skip');
      assert((await attr(preflight, '[data-check="browser"]', 'data-status')) !== 'fail', 'the browser row does not fail for WebGL');
      const released = await preflight.$eval('[data-testid="camera-preview"]', (video) => (video as HTMLVideoElement).srcObject === null);
      const tracks = await trackStates(preflight);
      assert(released && tracks.length > 0 && tracks.every((state) => state === 'ended'), `the camera was checked, then released (tracks: ${tracks.join(', ')})`);
      assert((await attr(preflight, '[data-check="camera-device"]', 'data-status')) === 'pass', 'camera-device still checked');
    });
  } finally {
    await bounded(firefox?.browser.close() ?? Promise.resolve(), 10_000);
    await bounded(proxy.close(), 2000);
    await bounded(server.close(), 2000);
  }
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
const seconds = ((Date.now() - started) / 1000).toFixed(1);
mkdirSync(REPORT_DIR, { recursive: true });
rmSync(`${REPORT_DIR}/firefox.json`, { force: true });
writeFileSync(`${REPORT_DIR}/firefox.json`, JSON.stringify({ firefox: firefox?.version, passed, failed, seconds: Number(seconds), tests: results }, null, 2));
console.log(`\nFirefox suite: ${passed} passed, ${failed} failed in ${seconds} s`);
process.exit(failed === 0 ? 0 : 1);
