// "Export report" on a finished pre-flight: real files through the browser's download path.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { PreflightPage } from './support/pages/preflight-page';

test('a finished report exports as JSON and Markdown with statuses, causes, measurements, browser and time', async ({
  openPage,
  extension,
}) => {
  // binance.com's camera reported as blocked, so at least one row is not a pass and carries a cause.
  const worker = await extension.serviceWorker();
  await worker.evaluate(() => chrome.storage.local.set({ siteCameraPermission: { state: 'denied', at: Date.now() } }));
  try {
    await exportsTheReport(await openPage('preflight.html'));
  } finally {
    await worker.evaluate(() => chrome.storage.local.remove('siteCameraPermission'));
  }
});

async function exportsTheReport(page: Page) {
  const before = Date.now();
  const preflight = new PreflightPage(page);
  const report = await preflight.run();
  await expect(report).toHaveAttribute('data-verdict', /^(ready|caution|not-ready)$/);
  const { verdict, rows: shown } = await preflight.reportShape();
  const causes = await preflight.reportCauses();
  expect(causes['camera-permission']).toBe('blocked-site');

  const jsonDownload = await preflight.exportAsJson();
  expect(jsonDownload.suggestedFilename()).toMatch(/^kyc-preflight-report-.*\.json$/);
  const exported = JSON.parse(await readFile((await jsonDownload.path())!, 'utf8'));
  expect(exported.verdict).toBe(verdict);
  expect(Object.fromEntries(exported.checks.map((c: { id: string; status: string }) => [c.id, c.status]))).toEqual(shown);
  // The cause ids travel with the file, exactly as the rows show them (none on a pass).
  expect(
    Object.fromEntries(exported.checks.filter((c: { cause?: string }) => c.cause).map((c: { id: string; cause: string }) => [c.id, c.cause])),
  ).toEqual(causes);
  const environment = ['browser', 'camera-permission', 'camera-device', 'network', 'timing'];
  for (const c of exported.checks as { id: string; status: string; cause?: string }[]) {
    if (c.status === 'pass') expect(c.cause, c.id).toBeUndefined();
    else if (environment.includes(c.id)) expect(c.cause, c.id).toMatch(/^[a-z-]+$/);
  }
  expect(Date.parse(exported.createdAt)).toBeGreaterThanOrEqual(before - 1000);
  expect(exported.browser).toHaveProperty('browser');
  expect(exported.checks.find((c: { id: string }) => c.id === 'head-pose').measured).toHaveProperty('yaw');
  // Never an image: no data URL and no long base64 run anywhere in the file.
  const text = JSON.stringify(exported);
  expect(text).not.toMatch(/data:image|[A-Za-z0-9+/]{200,}/);
  await expect(preflight.announcement(jsonDownload.suggestedFilename())).toBeVisible();

  const mdDownload = await preflight.exportAsMarkdown();
  const markdown = await readFile((await mdDownload.path())!, 'utf8');
  expect(markdown).toMatch(/^# KYC Preflight report/);
  for (const id of Object.keys(shown)) expect(markdown).toContain(`(\`${id}\`)`);
  expect(markdown).toContain('| Cause |');
  for (const [id, cause] of Object.entries(causes)) expect(markdown, id).toMatch(new RegExp(`\\(\`${id}\`\\) \\| [^|]+ \\| \`${cause}\` \\|`));
}
