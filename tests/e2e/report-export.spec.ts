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

test('a stored "looks different" answer of the ID match shows in the report, in the fix-first list and in the file, without a similarity or a descriptor', async ({
  openPage,
  extension,
}) => {
  // Written as the match page writes it (src/storage/id-match.ts), an hour ago: well inside its day.
  const worker = await extension.serviceWorker();
  await worker.evaluate(() => chrome.storage.local.set({ idMatch: { at: Date.now() - 3_600_000, answer: 'different', quality: 'pass' } }));
  try {
    await reportsTheMatch(await openPage('preflight.html'));
  } finally {
    await worker.evaluate(() => chrome.storage.local.remove('idMatch'));
  }
});

async function reportsTheMatch(page: Page) {
  const preflight = new PreflightPage(page);
  await preflight.run();
  // The row says the answer in words, as an estimate; it warns (never fails), so the verdict cannot be Ready.
  const row = preflight.reportRow('id-match');
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-status', 'warn');
  await expect(row).toHaveAttribute('data-cause', 'different');
  await expect(preflight.rowSummary('id-match')).toHaveText(/looked different from your ID photo \(an estimate, not FaceTec's score\)/);
  const { verdict, fixes } = await preflight.reportShape();
  expect(verdict).not.toBe('ready');
  // In the fix-first list, with the guide's advice and the way to the match page.
  expect(fixes).toContain('id-match');
  const fix = preflight.fixRow('id-match');
  await expect(preflight.rowFix('id-match')).toHaveText(/passport usually matches better than an ID card/);
  const [matchPage] = await Promise.all([page.context().waitForEvent('page'), fix.getByRole('button', { name: 'Check your ID photo' }).click()]);
  await expect(matchPage).toHaveURL(/\/match\.html$/);
  await matchPage.close();

  // The file: the answer and the ID photo's quality, nothing else of the match.
  const exported = JSON.parse(await readFile((await (await preflight.exportAsJson()).path())!, 'utf8'));
  const part = exported.checks.find((c: { id: string }) => c.id === 'id-match');
  expect(part).toMatchObject({ status: 'warn', cause: 'different', scenario: 3 });
  expect(part.measured).toEqual({ answer: 'different', quality: 'pass' });
  expect(JSON.stringify(exported)).not.toMatch(/similarity|descriptor|match\.html|data:image/i);
  const markdown = await readFile((await (await preflight.exportAsMarkdown()).path())!, 'utf8');
  expect(markdown).toMatch(/\(`id-match`\) \| [^|]+ \| `different` \| [^|]*looked different/);
  expect(markdown).toContain('`id-match`: answer = different, quality = pass');
  expect(markdown).not.toMatch(/similarity|descriptor/i);
}

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
