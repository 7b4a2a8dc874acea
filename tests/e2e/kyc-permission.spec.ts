// binance.com's own camera permission, as the content script reports it ('bg:site-camera-permission'):
// recorded on the KYC page, followed as the browser's setting for that origin changes, and shown by
// the pre-flight's camera-permission check. The permission is changed the way a user would in site
// settings, through Chromium itself (Playwright's grant/clear, CDP's setPermission for "denied").
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { BINANCE_HOST } from './support/binance-server';
import { useBinanceSession } from './support/binance-session';
import { PreflightPage } from './support/pages/preflight-page';

const en = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../src/i18n/locales/en/checks.json'), 'utf8')) as Record<string, string>;

test.describe.configure({ mode: 'serial' });

const session = useBinanceSession();

interface Stored {
  state: string;
  at: number;
}

/** What the background stored (src/storage/environment.ts: local:siteCameraPermission). */
async function stored(): Promise<Stored | null> {
  const worker = await session.extension.serviceWorker();
  return worker.evaluate(async () => ((await chrome.storage.local.get('siteCameraPermission')).siteCameraPermission as Stored | undefined) ?? null);
}

/** The state the page itself sees, from its own origin: the truth the stored one must match. */
const pageSees = (page: Page) => page.evaluate(async () => (await navigator.permissions.query({ name: 'camera' as PermissionName })).state);

async function runPreflight(page: Page) {
  await page.goto(session.extension.url('preflight.html'));
  const preflight = new PreflightPage(page);
  await preflight.run(20_000);
  const report = await preflight.publishedReport();
  return {
    row: preflight.row('camera-permission'),
    summary: preflight.rowSummary('camera-permission'),
    fix: preflight.rowFix('camera-permission'),
    measured: report.checks.find((check) => check.id === 'camera-permission')?.measured,
  };
}

test("the KYC page records binance.com's camera permission and follows its changes; the pre-flight shows it", async () => {
  const { context } = session.extension;
  const origin = `https://${BINANCE_HOST}:${session.server.port}`;
  const cdp = await context.newCDPSession(await context.newPage());
  const setSite = (setting: 'granted' | 'denied' | 'prompt') =>
    cdp.send('Browser.setPermission', { permission: { name: 'camera' }, setting, origin });
  expect(await stored()).toBeNull();

  const before = Date.now();
  const kyc = await context.newPage();
  await kyc.goto(session.server.url('/en/my/settings/profile'));
  await expect.poll(stored).not.toBeNull();
  const first = (await stored())!;
  // Under --use-fake-ui-for-media-stream Chromium's default here is 'granted'; read, not assumed.
  const initial = await pageSees(kyc);
  expect(first.state).toBe(initial);
  expect(first.at).toBeGreaterThanOrEqual(before);
  expect(first.at).toBeLessThanOrEqual(Date.now());

  // Every change of this origin's setting reaches the page's PermissionStatus 'change' event,
  // and the background stores it with its own (later) time.
  const follows = async (state: string, change: () => Promise<unknown>) => {
    const previous = (await stored())!;
    expect(previous.state, 'each step must really change the state').not.toBe(state);
    await change();
    await expect.poll(async () => (await stored())?.state).toBe(state);
    expect(await pageSees(kyc)).toBe(state);
    expect((await stored())!.at).toBeGreaterThanOrEqual(previous.at);
  };
  await follows('denied', () => setSite('denied'));

  const preflight = await context.newPage();
  const denied = await runPreflight(preflight);
  expect(denied.measured).toMatchObject({ site: 'denied' });
  await expect(denied.row).toHaveAttribute('data-status', 'fail');
  await expect(denied.summary).toHaveText(en['permission.siteDenied']!);
  await expect(denied.fix).toContainText(en['permission.siteDeniedFix']!);

  await follows('prompt', () => setSite('prompt'));
  await follows('granted', () => context.grantPermissions(['camera'], { origin }));
  const granted = await runPreflight(preflight);
  const own = await pageSees(preflight); // the extension's own origin
  expect(granted.measured).toMatchObject({ extension: own, site: 'granted' });
  await expect(granted.row).toHaveAttribute('data-status', 'pass');
  if (own === 'granted') await expect(granted.summary).toHaveText(en['permission.granted']!);

  // Blocked again, then reset to the browser's default: back to what the page first saw.
  await follows('denied', () => setSite('denied'));
  await follows(initial, () => context.clearPermissions());

  await cdp.detach();
});
