// The options page: validated policy settings that reach the background, language, export, clear.
import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';
import { sendFromPage as send } from './support/helpers';
import { OptionsPage } from './support/pages/options-page';


test.describe('options page', () => {
  test.afterEach(async ({ extension }) => {
    // The shared browser is reused by other specs: leave default settings and an empty log behind.
    const worker = await extension.serviceWorker();
    await worker.evaluate(() => chrome.storage.local.remove(['settings', 'settings$', 'lockout', 'reportHistory']));
  });

  test('validates, saves the policy and the background applies it', async ({ openPage, consoleErrors }) => {
    const page = await openPage('options.html');
    const options = new OptionsPage(page);
    await expect(options.heading).toHaveText('KYC Preflight settings');
    const limit = options.attemptLimit;
    await expect(limit).toHaveValue('5');

    await limit.fill('0');
    await options.save();
    await expect(limit).toHaveAttribute('aria-invalid', 'true');
    await expect(limit).toBeFocused();
    await expect(options.message('Enter a whole number from 1 to 20.')).toBeVisible();

    // Keyboard only: type, tab to the next fields, submit with Enter.
    await limit.fill('3');
    await options.lockHours.fill('2');
    await options.notifyOnUnlock.uncheck();
    await options.lockHours.press('Enter');
    await expect(options.settingsStatus).toHaveText('Settings saved.');
    for (let i = 0; i < 3; i++) await send(page, 'bg:log-attempt');
    const status = (await send(page, 'bg:get-attempts')).res!;
    expect(status).toMatchObject({ limit: 3, locked: true });
    expect((status.unlockAt as number) - Date.now()).toBeLessThanOrEqual(2 * 3_600_000);
    expect(consoleErrors).toEqual([]);
  });

  test('switches the language to Simplified Chinese', async ({ openPage }) => {
    const options = new OptionsPage(await openPage('options.html'));
    const page = options.page;
    await options.language.selectOption('zh-CN');
    await options.save();
    await expect(options.heading).toHaveText('KYC Preflight 设置');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });

  test('exports everything as JSON and clears history, keeping a running lock', async ({ openPage }) => {
    const page = await openPage('options.html');
    const options = new OptionsPage(page);
    await send(page, 'bg:save-report', { id: 'r1', createdAt: Date.now(), verdict: 'ready', source: 'page', checks: [{ id: 'lighting', status: 'pass', summary: { key: 'x' }, measured: { lux: 250 } }] });
    await send(page, 'bg:kyc-event', { ruleId: 'too-many-attempts', kind: 'lockout', at: Date.now() });

    const file = await options.exportEverything();
    expect(file.suggestedFilename()).toMatch(/^kyc-preflight-export-\d{4}-\d{2}-\d{2}\.json$/);
    const bundle = JSON.parse(readFileSync((await file.path())!, 'utf8'));
    expect(bundle).toMatchObject({
      format: 'kyc-preflight-export',
      settings: { attemptLimit: 5, lockHours: 24 },
      attempts: { locked: true },
      reports: [{ id: 'r1', checks: [{ id: 'lighting', status: 'pass', measured: { lux: 250 } }] }],
    });
    expect(bundle.reports[0].checks[0]).not.toHaveProperty('summary');

    await options.clearHistory();
    await expect(options.dataStatus).toHaveText('History cleared.');
    const state = (await send(page, 'bg:get-state')).res!;
    expect(state).not.toHaveProperty('lastReport');
    expect(state.attempts).toMatchObject({ locked: true });
  });
});
