// Environment checks through the real extension: the camera-device check passes for a working
// (fake) camera and fails with the permission cause when the camera is denied, and the permission
// shortcut of that failure opens the browser's settings page in a new tab.
import type { Page } from '@playwright/test';
import { launchExtension } from './support/extension';
import { expect, test } from './support/fixtures';

interface ReportLike {
  checks: { id: string; status: string; measured?: Record<string, unknown>; actions?: { kind: string; url?: string }[] }[];
}

async function runPreflight(page: Page): Promise<ReportLike> {
  await page.getByTestId('run-preflight').click();
  await expect(page.getByTestId('preflight-report')).toBeVisible({ timeout: 60_000 });
  // The page keeps its last report for scripts/eval.mjs; the measured values are read from it.
  return page.evaluate(() => (window as unknown as { __kycPreflightReport: ReportLike }).__kycPreflightReport);
}

const check = (report: ReportLike, id: string) => report.checks.find((entry) => entry.id === id);

test('the service worker assesses this browser without page-only features, and never fails it', async ({ extension }) => {
  const worker = await extension.serviceWorker();
  const read = () =>
    worker.evaluate(async () => (await chrome.storage.local.get('browserAssessment')).browserAssessment as { assessment?: { status: string; family: string; findings: { code: string }[] } } | undefined);
  await expect.poll(async () => (await read())?.assessment?.status, { timeout: 15_000 }).toMatch(/^(pass|warn)$/);
  const { assessment } = (await read())!;
  // Headless Chromium names itself through client hints; camera and WebGL are not measurable in a worker.
  expect(['chrome', 'chromium-other']).toContain(assessment!.family);
  expect(assessment!.findings.map((finding) => finding.code)).not.toContain('no-webgl');
});

test('a working camera passes camera-device with the resolution it delivers', async ({ openPage }) => {
  const page = await openPage('preflight.html');
  const report = await runPreflight(page);

  await expect(page.locator('[data-check="camera-device"]')).toHaveAttribute('data-status', 'pass');
  const camera = check(report, 'camera-device')!;
  // Chromium's fake device plays the 640x480 clip; the check reports what actually arrived.
  expect(camera.measured).toMatchObject({ width: 640, height: 480, virtual: false, infrared: false });
  expect(camera.measured?.fps).toBeGreaterThan(0);
  expect(camera.measured?.firstFrameMs).toBeLessThan(3_000);

  // The environment checks ride along in the same report, each with its DOM contract.
  for (const id of ['browser', 'camera-permission', 'network', 'timing']) {
    await expect(page.locator(`[data-check="${id}"]`)).toHaveAttribute('data-status', /^(pass|warn|fail|skip)$/);
  }
  // This Chromium has every feature FaceTec needs: the browser check may warn (age) but never fails.
  await expect(page.locator('[data-check="browser"]')).not.toHaveAttribute('data-status', 'fail');
  await expect(page.locator('[data-check="camera-permission"]')).toHaveAttribute('data-status', 'pass');
  expect(check(report, 'network')?.measured).toMatchObject({ estimate: true, online: true });
});

test('a denied camera fails camera-device with the permission cause, and its shortcut opens the settings tab', async () => {
  const launched = await launchExtension({ grantCamera: false });
  try {
    const page = await launched.context.newPage();
    await page.goto(launched.url('preflight.html'));
    const report = await runPreflight(page);

    const row = page.locator('[data-check="camera-device"]');
    await expect(row).toHaveAttribute('data-status', 'fail');
    expect(check(report, 'camera-device')?.measured).toMatchObject({ error: 'NotAllowedError', cause: 'permission-browser' });
    await expect(row.locator('.check-summary')).toContainText('The browser blocked the camera');

    const siteSettings = 'chrome://settings/content/siteDetails?site=https%3A%2F%2Fwww.binance.com';
    expect(check(report, 'camera-device')?.actions?.[0]).toMatchObject({ kind: 'open-url', url: siteSettings });
    const [settings] = await Promise.all([
      launched.context.waitForEvent('page'),
      row.locator('[data-action="open-url"]').first().click(),
    ]);
    await expect.poll(() => settings.url()).toBe(siteSettings);
  } finally {
    await launched.context.close();
  }
});
