// The popup at a glance, in both languages: attempts, lockout countdown, checklist persistence and
// the hand-over to the pre-flight page. Its own browser launch (clip "ui-popup"), because it records
// a lock and a report that other specs sharing the default launch must not inherit.
import { CLIPS, defineClip } from './support/clips';
import { launchExtension } from './support/extension';
import { expect, test } from './support/fixtures';
import { sendFromPage as send, seriousViolations, setLocale } from './support/helpers';
import { Background } from './support/pages/background';
import { PopupPage } from './support/pages/popup-page';
import { PreflightPage } from './support/pages/preflight-page';
import type { CheckStatus } from '../../src/report/types';
import { verdictOf } from '../../src/report/verdict';

// Too close on purpose: the inline run's report then has a first fix (distance) at any hour, which the lock test's
// 600 px fit needs (a ready report has none; at night the ideal clip's first fix would be the timing row instead).
test.use({ clip: defineClip('ui-popup', CLIPS['frontal-close']) });
test.describe.configure({ mode: 'serial' });


test('English popup: browser, camera, last pre-flight and attempts at a glance, ready to run', async ({
  extension,
  openPage,
  consoleErrors,
}) => {
  await setLocale(await extension.serviceWorker(), 'en');
  const popup = new PopupPage(await openPage('popup.html'));
  await expect(popup.page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(popup.heading).toHaveText('KYC Preflight');
  await expect(popup.runPreflight).toBeEnabled();
  await expect(popup.runPreflight).toHaveText('Run pre-flight');
  await expect(popup.attemptsLeft).toHaveText('5');
  await expect(popup.glance('attempts')).toContainText('5 of 5 left');
  // The browser row says what the worker's own assessment says (it follows a release estimate, so it depends on the
  // date); the camera row says what the permission API says: each compared with its source, not with a list of any.
  const browserStatus = await new Background(await extension.serviceWorker()).browserStatus();
  await expect(popup.glance('browser')).toHaveAttribute('data-status', browserStatus);
  await expect(popup.glance('browser')).toContainText(browserStatus === 'pass' ? /Chrom\w+ \d+ is supported/ : /Chrom\w+ \d+ may have trouble/);
  const camera = { granted: 'Allowed', prompt: 'Not asked yet', denied: 'Blocked' }[await popup.cameraPermission()];
  await expect(popup.glance('camera')).toContainText(camera);
  await expect(popup.glance('last')).toContainText('None yet');
  await expect(popup.lockoutCountdown).toHaveCount(0);
  await expect(popup.backgroundError).toHaveCount(0);
  await expect(popup.checklistProgress).toHaveText('0 of 13 ready');
  expect(consoleErrors).toEqual([]);
});

test('Chinese popup from the language setting', async ({ extension, openPage, consoleErrors }) => {
  const worker = await extension.serviceWorker();
  await setLocale(worker, 'zh-CN');
  try {
    const popup = new PopupPage(await openPage('popup.html'));
    await expect(popup.page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(popup.runPreflight).toHaveText('运行预检');
    await expect(popup.glance('attempts')).toContainText('剩余 5 次，共 5 次');
    await expect(popup.attemptsLeft).toHaveText('5');
    await expect(popup.checklist).toContainText('验证前确认');
    await expect(popup.page.getByRole('link', { name: /指南/ })).toBeVisible();
    expect(await seriousViolations(popup.page)).toEqual([]);
  } finally {
    await setLocale(worker, 'en');
  }
  expect(consoleErrors).toEqual([]);
});

test('the checklist survives a reload, and a passing report ticks items with a mark', async ({ openPage }) => {
  const popup = new PopupPage(await openPage('popup.html'));
  // Folded to its progress line; the line opens it.
  await popup.openChecklist();
  await popup.checklistBox('app-id-match').check();
  await expect(popup.checklistProgress).toHaveText('1 of 13 ready');
  await popup.page.reload();
  await popup.openChecklist();
  await expect(popup.checklistBox('app-id-match')).toBeChecked();
  await expect(popup.checklistProgress).toHaveText('1 of 13 ready');

  // A stored pre-flight where lighting and backlight passed but the network only warned.
  const createdAt = Date.now();
  await send(popup.page, 'bg:save-report', {
    id: 'ui-test',
    createdAt,
    verdict: 'caution',
    source: 'page',
    checks: [
      { id: 'lighting', status: 'pass', summary: { key: 'common.appName' } },
      { id: 'backlight', status: 'pass', summary: { key: 'common.appName' } },
      { id: 'network', status: 'warn', summary: { key: 'common.appName' } },
    ],
  });
  await expect(popup.checklistItem('env-light')).toHaveAttribute('data-verified', 'true');
  await expect(popup.checklistBox('env-light')).toBeChecked();
  // Marked once, clearly: the time in one line, a "Confirmed" tag per item, nothing greyed out.
  await expect(popup.checklistVerifiedNote).toHaveText(/^✓ Confirmed by your pre-flight at \d\d:\d\d$/);
  await expect(popup.checklistItem('env-light')).toContainText('Confirmed');
  await expect(popup.checklistBox('env-light')).toBeEnabled();
  await popup.checklistBox('env-light').click();
  await expect(popup.checklistBox('env-light')).toBeChecked();
  await expect(popup.checklistBox('env-no-backlight')).toBeChecked();
  await expect(popup.checklistItem('env-network')).toHaveAttribute('data-verified', 'false');
  await expect(popup.checklistBox('env-network')).not.toBeChecked();
  await expect(popup.checklistProgress).toHaveText('3 of 13 ready');
  await expect(popup.glance('last')).toContainText('Almost ready');
  await expect(popup.glance('last')).toHaveAttribute('data-status', 'warn');
  // The top problem with its fix, at a glance.
  await expect(popup.topFix).toHaveAttribute('data-fix-for', 'network');
  // (Stored by message here, so the whole report is not in this session: the guide's topic stands in for the fix.)
  await expect(popup.glanceGuideLink('last')).toHaveText(/^Guide: Network/);
});

test('fits Chrome\'s 600 px popup, clips nothing from 300 to 800 px wide, body text at real size', async ({ openPage }) => {
  const popup = await openPage('popup.html');
  await expect(new PopupPage(popup).attemptsLeft).toBeVisible();
  for (const width of [300, 360, 800]) {
    await popup.setViewportSize({ width, height: 600 });
    const box = await popup.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      font: parseFloat(getComputedStyle(document.body).fontSize),
      clipped: [...document.querySelectorAll('main *')].filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).length,
    }));
    expect(box.overflow, `${width} px`).toBeLessThanOrEqual(0);
    expect(box.clipped, `${width} px`).toBe(0);
    expect(box.font).toBeGreaterThanOrEqual(14);
    if (width === 360) expect(box.height).toBeLessThanOrEqual(600);
  }
});

test('Run pre-flight hands over to the pre-flight page once when the camera needs a prompt', async () => {
  // Without the fake-UI flag the camera is not granted: the popup must not try to ask for it.
  const launched = await launchExtension({ clip: null, grantCamera: false });
  try {
    const popup = await PopupPage.open(launched.context, launched.url('popup.html'));
    await expect(popup.glance('camera')).toHaveAttribute('data-status', /warn|fail/);
    await expect(popup.runHint).toHaveText(/Opens the pre-flight page once/);
    const [tab] = await Promise.all([launched.context.waitForEvent('page'), popup.runPreflight.click()]);
    await expect(tab).toHaveURL(/\/preflight\.html$/);
    expect(launched.context.pages().filter((p) => p.url().endsWith('/preflight.html'))).toHaveLength(1);
  } finally {
    await launched.context.close();
  }
});

test('with the camera granted, the popup runs the same pre-flight inline and reports the same checks as the page', async ({
  extension,
  openPage,
}) => {
  test.setTimeout(120_000);
  const reportOf = async (preflight: PreflightPage) => {
    await expect(preflight.report).toBeVisible({ timeout: 60_000 });
    return preflight.shownStatuses();
  };

  const page = new PreflightPage(await openPage('preflight.html'));
  await page.start();
  const fromPage = await reportOf(page);
  await page.page.close();

  const popup = new PopupPage(await openPage('popup.html'));
  await expect(popup.glance('camera')).toHaveAttribute('data-status', 'pass');
  await expect(popup.runHint).toHaveText(/Takes a few seconds/);
  // The start control's disabled state is recorded in the page: the run can end about a second after it starts,
  // too soon to assert it live without racing the analysis.
  await popup.preflight.watchRunButton();
  await popup.runPreflight.click();
  // The overview gives way to the pre-flight flow itself, already running from that one click:
  // one start control (disabled while it ran), the page's DOM contract.
  await expect(popup.runPreflight).toHaveCount(1);
  await expect(popup.checklist).toHaveCount(0);
  const fromPopup = await reportOf(popup.preflight);
  expect(await popup.preflight.runDisabledStates()).toContain('');

  // Two runs of the camera need not agree on a borderline status: they must report the same checks, each with a
  // status, and a verdict. (The re-opened report below must equal its run exactly: it is the same stored report.)
  expect(Object.keys(fromPage.checks).length).toBeGreaterThan(5);
  expect(Object.keys(fromPopup.checks).sort()).toEqual(Object.keys(fromPage.checks).sort());
  // The clip is too close on purpose: both runs find it, and each verdict is the product's rule over its own rows.
  expect(fromPage.checks.distance).toMatch(/^(warn|fail)$/);
  expect(fromPopup.checks.distance).toMatch(/^(warn|fail)$/);
  const rows = (shown: typeof fromPopup) => Object.values(shown.checks).map((status) => ({ status: status as CheckStatus }));
  expect(fromPopup.verdict).toBe(verdictOf(rows(fromPopup)));
  expect(fromPage.verdict).toBe(verdictOf(rows(fromPage)));
  // Back to the overview, which now shows that run as the last pre-flight.
  await popup.backToOverview.click();
  await expect(popup.glance('last')).not.toContainText('None yet');
  // "View report" reopens that very report on the pre-flight page.
  const [tab] = await Promise.all([extension.context.waitForEvent('page'), popup.viewReport.click()]);
  await expect(tab).toHaveURL(/\/preflight\.html\?report=/);
  const reopened = new PreflightPage(tab);
  await expect(reopened.report).toHaveAttribute('data-verdict', fromPopup.verdict!);
  expect(await reportOf(reopened)).toEqual(fromPopup);
  await tab.close();
});

test('a missed failure can be logged by hand and undone from the popup', async ({ openPage }) => {
  const popup = new PopupPage(await openPage('popup.html'));
  const left = popup.attemptsLeft;
  await expect(left).toHaveText(/^\d+$/);
  const before = await popup.attemptsLeftNumber();
  await popup.logMissedFailure();
  await expect(left).toHaveText(String(before - 1));
  await popup.undoAttemptButton.click();
  await expect(left).toHaveText(String(before));
});

test('a stored lock shows a live countdown, with attempts at zero, in both languages', async ({
  extension,
  openPage,
}) => {
  const popup = new PopupPage(await openPage('popup.html'));
  await expect(popup.attemptsLeft).toHaveText(/\d/);
  await send(popup.page, 'bg:kyc-event', { ruleId: 'too-many-attempts', kind: 'lockout', at: Date.now() });
  // The popup follows storage: the lock appears without reopening it.
  const countdown = popup.lockoutCountdown;
  await expect(countdown).toHaveText(/^(24 h 0 min|23 h 59 min)$/);
  await expect(popup.attemptsLeft).toHaveText('0');
  await expect(popup.lockout).toContainText('Verification is locked');
  await expect(countdown).toHaveAttribute('role', 'timer');
  await expect(popup.countdownAnnouncement).toHaveText(/Unlocks in about 24 h 0 min\./);
  expect(await seriousViolations(popup.page)).toEqual([]);
  // Locked, with a last report and its first fix, and a browser the calendar says is outdated (the tallest
  // glance), the popup still fits Chrome's 600 px: the warning's reason and fix fold under the browser row.
  const worker = await extension.serviceWorker();
  await new Background(worker).storeOutdatedBrowser();
  await popup.page.reload();
  await expect(popup.browserRow).toContainText('may have trouble');
  await expect(popup.topFix).toBeVisible();
  await popup.page.setViewportSize({ width: 360, height: 600 });
  expect(await popup.page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(600);
  // Opened from the keyboard, the fold reads the reason and the fix.
  await popup.browserWhy.locator('summary').focus();
  await popup.page.keyboard.press('Enter');
  await expect(popup.browserWhy).toContainText('versions behind the current release');
  await expect(popup.browserWhy).toContainText('Settings → About');

  await setLocale(worker, 'zh-CN');
  try {
    const zh = new PopupPage(await openPage('popup.html'));
    await expect(zh.lockout).toContainText('验证已被锁定');
    await expect(zh.lockoutCountdown).toHaveText(/^(24 小时 0 分钟|23 小时 59 分钟)$/);
    await zh.page.close();
  } finally {
    await setLocale(worker, 'en');
  }

  // Live: 23.5 hours later the same element shows minutes and seconds, then keeps ticking.
  await popup.page.clock.install();
  await popup.page.reload();
  await expect(countdown).toHaveText(/^(24 h 0 min|23 h 59 min)$/);
  await popup.page.clock.fastForward('23:30:00');
  await expect(countdown).toHaveText(/^(30|29) min \d\d s$/);
  const first = await countdown.textContent();
  await popup.page.clock.fastForward(2000);
  await expect(countdown).not.toHaveText(first!);
});
