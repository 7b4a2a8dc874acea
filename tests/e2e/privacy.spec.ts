// Privacy, proved on the real built extension in one launch: every request the browser makes goes
// through a recording proxy (tests/e2e/support/network-recorder.ts) while the popup, a full
// pre-flight with the camera, the guide, the options page, the manual-review kit (selfies taken and
// saved) and the content script on the binance.com fixture run. Then every storage area is dumped
// and searched for face data.
import { expect, test, type Download, type Page, type Request } from '@playwright/test';
import { cameraTrackStates, recordCameraTracks } from './support/camera-tracks';
import { BINANCE_HOST, startFakeBinance, type FakeBinance } from './support/binance-server';
import { launchExtension, type LaunchedExtension } from './support/extension';
import { findFaceData } from './support/face-data';
import { startRecordingProxy, type RecordingProxy } from './support/network-recorder';
import { BinancePage } from './support/pages/binance-page';
import { GuidePage } from './support/pages/guide-page';
import { OptionsPage } from './support/pages/options-page';
import { PopupPage } from './support/pages/popup-page';
import { PreflightPage } from './support/pages/preflight-page';
import { ReviewKitPage } from './support/pages/review-kit-page';

let server: FakeBinance;
let proxy: RecordingProxy;
let extension: LaunchedExtension;
/** Every request Playwright saw from any page, frame or worker of the context. */
const seen: string[] = [];
const KYC_PATH = '/en/my/settings/profile';
/**
 * Chromium itself (not the extension) contacts these at start-up even with every
 * background-networking flag: a baseline launch without the extension shows exactly them. The
 * proxy tolerates them; requests from the extension's own pages and worker to ANY host, these
 * included, are caught by Playwright's request events (proved by the control test below).
 */
const BROWSER_OWN_HOSTS = ['update.googleapis.com', 'accounts.google.com', 'clients2.google.com'];
/** Longer than the content script's slowest re-check (1 s): time for it to have acted. */
const SETTLE_MS = 1500;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  server = await startFakeBinance();
  proxy = await startRecordingProxy([BINANCE_HOST]);
  // No --host-resolver-rules: the proxy alone decides where www.binance.com goes.
  extension = await launchExtension({ clip: 'frontal-close', extraArgs: [...proxy.args, '--ignore-certificate-errors'] });
  extension.context.on('request', (request: Request) => seen.push(request.url()));
  await extension.context.addInitScript(() => {
    // Every request the page's CSP refused, as the page saw it.
    const refused: string[] = [];
    (window as unknown as { __cspRefused: string[] }).__cspRefused = refused;
    document.addEventListener('securitypolicyviolation', (event) => refused.push(event.blockedURI));
  });
  // Record every camera stream any page opens, to prove each track ends.
  await recordCameraTracks(extension.context);
});

test.afterAll(async () => {
  await extension?.context.close();
  await proxy?.close();
  await server?.close();
});

const refusedBy = (page: Page) => page.evaluate(() => (window as unknown as { __cspRefused: string[] }).__cspRefused);

test('a full run — popup, pre-flight with the camera, guide, options, content script — makes no network request', async () => {
  const popup = await PopupPage.open(extension.context, extension.url('popup.html'));
  await expect(popup.attemptsLeft).toBeVisible();

  const preflight = new PreflightPage(await extension.context.newPage());
  // A controllable clock, so that timers meant to fire minutes later can be made to fire now.
  await preflight.page.clock.install();
  await preflight.page.goto(extension.url('preflight.html'));
  await preflight.run(25_000);
  await expect(preflight.row('face-count')).toHaveAttribute('data-status', 'pass');
  // This clip is too close, so the last analysed picture is on screen with the oval marked: it was
  // shown, and the storage dump below proves it was not kept.
  await expect(preflight.snapshot).toBeVisible();
  // The camera is released once the report is there.
  const states = await cameraTrackStates(preflight.page);
  expect(states.length).toBeGreaterThan(0);
  expect(states).toEqual(states.map(() => 'ended'));

  // MediaPipe's tasks-vision posts usage logs to Google every 60 s with no opt-out. The CSP's
  // connect-src 'self' refuses them: jump the clock past the flush and see it refused, not sent.
  await preflight.page.clock.fastForward(61_000);
  await expect.poll(() => refusedBy(preflight.page)).toContain('https://odml.pa.googleapis.com/v1/log');

  const guide = new GuidePage(await extension.context.newPage());
  await guide.page.goto(extension.url('guide.html#scenario-4'));
  await guide.search.fill('camera');
  await expect(guide.results).not.toBeEmpty();

  const options = new OptionsPage(await extension.context.newPage());
  await options.page.goto(extension.url('options.html'));
  await expect(options.form).toBeVisible();

  const site = await extension.context.newPage();
  await site.goto(server.url(KYC_PATH));
  const binance = new BinancePage(site);
  await expect(binance.button).toBeVisible();
  await binance.fixture(`fixture.show('retry')`);
  await expect(binance.card).toHaveAttribute('data-rule', 'retry-screen');
  // The popup follows storage: it now shows one attempt used, still without a request.
  await popup.page.reload();
  await expect(popup.attemptsLeft).toBeVisible();
  // Positive control for the wait below: a request the page itself makes 1 s from now (as late as the
  // content script's slowest re-check) is seen within the same wait, so the wait could catch ours.
  const probe = server.url('/settle-probe');
  await site.evaluate((url) => void setTimeout(() => void fetch(url).catch(() => undefined), 1000), probe);
  await site.waitForTimeout(SETTLE_MS);
  expect(seen).toContain(probe);

  // Beyond the browser's own start-up calls, the proxy saw only the tunnel to the fixture page.
  const port = new URL(server.url('/')).port;
  const other = proxy.requests.filter((r) => !BROWSER_OWN_HOSTS.includes(r.host)).map((r) => `${r.kind} ${r.target}`);
  expect(other).toEqual(other.map(() => `connect ${BINANCE_HOST}:${port}`));
  expect(other.length).toBeGreaterThan(0);
  // Playwright saw the extension's own files and the fixture page's document, nothing else.
  const own = `chrome-extension://${extension.extensionId}/`;
  const foreign = seen.filter((url) => !url.startsWith(own) && url !== server.url(KYC_PATH) && url !== probe && !url.startsWith(`blob:${own}`) && !url.startsWith('data:'));
  expect(foreign).toEqual([]);
  expect(seen.filter((url) => url.startsWith(own)).length).toBeGreaterThan(10);
  for (const page of [popup.page, preflight.page, guide.page, options.page, site]) await page.close();
});

test('the manual-review kit: three selfies taken and saved make no request and release the camera', async () => {
  test.setTimeout(90_000);
  const proxied = proxy.requests.length;
  const observed = seen.length;
  const page = await extension.context.newPage();
  const downloads: Download[] = [];
  page.on('download', (download) => downloads.push(download));
  await page.goto(extension.url('review-kit.html'));
  const kit = new ReviewKitPage(page);
  await kit.startCameraButton.click();
  // The frontal clip is captured by itself once held; the two turns on a click.
  await expect(kit.photo('front')).toBeVisible({ timeout: 30_000 });
  await kit.captureButton.click();
  await expect(kit.currentShot).toHaveAttribute('data-shot', 'right');
  await kit.captureButton.click();
  await expect(kit.photos).toHaveCount(3);
  expect(downloads).toHaveLength(0);
  await kit.saveButton.click();
  await expect.poll(() => downloads.length).toBe(3);
  for (const download of downloads) expect(download.url()).toMatch(new RegExp(`^blob:chrome-extension://${extension.extensionId}/`));
  // The camera was released once the three were taken.
  const states = await cameraTrackStates(page);
  expect(states.length).toBeGreaterThan(0);
  expect(states).toEqual(states.map(() => 'ended'));
  await page.close();

  // Nothing but the extension's own files and its in-memory blobs; the proxy saw nothing new.
  const own = `chrome-extension://${extension.extensionId}/`;
  expect(seen.slice(observed).filter((url) => !url.startsWith(own) && !url.startsWith(`blob:${own}`))).toEqual([]);
  expect(proxy.requests.slice(proxied).filter((r) => !BROWSER_OWN_HOSTS.includes(r.host))).toEqual([]);
});

test('the recorder can fail, and the CSP stops the extension before it could', async () => {
  const before = proxy.requests.length;
  // A page request to another host reaches the proxy and is recorded.
  const site = await extension.context.newPage();
  await site.goto(server.url(KYC_PATH));
  await site.evaluate(() => fetch('https://example.org/from-the-page').catch(() => undefined));
  expect(proxy.requests.slice(before).map((r) => r.host)).toContain('example.org');

  // Requests of the service worker are seen by Playwright (its own files here).
  const worker = await extension.serviceWorker();
  await worker.evaluate(() => fetch('/manifest.json').then((r) => r.status));
  expect(seen).toContain(`chrome-extension://${extension.extensionId}/manifest.json`);

  // The extension's pages and worker cannot reach any other host: connect-src 'self'.
  const page = await extension.context.newPage();
  await page.goto(extension.url('options.html'));
  const fromPage = await page.evaluate(() => fetch('http://127.0.0.1:65000/from-the-extension').then(() => 'sent', () => 'refused'));
  expect(fromPage).toBe('refused');
  expect(await refusedBy(page)).toContain('http://127.0.0.1:65000/from-the-extension');
  const fromWorker = await worker.evaluate(() => fetch('https://accounts.google.com/from-the-worker').then(() => 'sent', () => 'refused'));
  expect(fromWorker).toBe('refused');
  const reached = proxy.requests.slice(before).map((r) => r.host).filter((host) => ['example.org', '127.0.0.1'].includes(host));
  expect(reached).toEqual(['example.org']);
  await site.close();
  await page.close();
});

test('nothing that could identify a face is stored anywhere after a pre-flight and the kit\'s selfies', async () => {
  const worker = await extension.serviceWorker();
  const areas = await worker.evaluate(async () => ({
    local: await chrome.storage.local.get(null),
    sync: await chrome.storage.sync.get(null),
    session: await chrome.storage.session.get(null),
  }));
  // The run above was stored (statuses and numbers; the whole report, texts included, in session
  // memory for "View report"), so the search below has something to search.
  const history = (areas.local as { reportHistory?: unknown[] }).reportHistory;
  expect(history?.length).toBeGreaterThan(0);
  expect((areas.session as { lastFullReport?: { checks?: unknown[] } }).lastFullReport?.checks?.length).toBeGreaterThan(0);
  expect(findFaceData(areas)).toEqual([]);
  // The kit's three selfies (taken and saved above) left no trace either.
  expect(JSON.stringify(areas)).not.toMatch(/selfie|blob:|image\/jpeg/i);

  const page = await extension.context.newPage();
  await page.goto(extension.url('preflight.html'));
  const web = await page.evaluate(async () => ({
    localStorage: Object.fromEntries(Object.entries(localStorage)),
    sessionStorage: Object.fromEntries(Object.entries(sessionStorage)),
    indexedDB: (await indexedDB.databases()).map((db) => db.name),
    caches: await caches.keys(),
  }));
  expect(web).toEqual({ localStorage: {}, sessionStorage: {}, indexedDB: [], caches: [] });
  // The worker has no web storage of its own either.
  expect(await worker.evaluate(async () => ({ idb: (await indexedDB.databases()).length, caches: (await caches.keys()).length }))).toEqual({ idb: 0, caches: 0 });
  await page.close();
});
