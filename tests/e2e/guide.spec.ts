// The guide page: offline, searchable in the reader's language, deep-linkable (#scenario-N) and
// usable with the keyboard alone.
import { expect, test } from './support/fixtures';
import { setLocale } from './support/helpers';
import { GuidePage } from './support/pages/guide-page';

test('English guide: ten scenarios, review route, funds, FAQ and the checklist; search filters', async ({
  extension,
  openPage,
  consoleErrors,
}) => {
  await setLocale(await extension.serviceWorker(), 'en');
  const guide = new GuidePage(await openPage('guide.html'));
  await expect(guide.heading).toHaveText('Face verification guide');
  await expect(guide.page).toHaveTitle('Face verification guide · KYC Preflight');
  await expect(guide.footer).toContainText('Not affiliated with Binance or FaceTec.');
  expect(await guide.visibleScenarios()).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
  for (const id of ['manual-review', 'funds', 'faq']) await expect(guide.section(id)).toBeVisible();
  await expect(guide.checklist).toBeVisible();
  await expect(guide.scenario(10)).toContainText('unofficial');

  const search = guide.searchbox('Search the guide');
  await search.fill('vpn');
  expect(await guide.visibleScenarios()).toEqual(['6']);
  await expect(guide.results).toHaveText('1 matching section');
  await search.fill('virtual camera');
  expect(await guide.visibleScenarios()).toEqual(['9']);
  await search.fill('zzzz');
  await expect(guide.results).toContainText('Nothing matches “zzzz”');
  expect(await guide.visibleScenarios()).toEqual([]);
  await search.press('Escape');
  expect(await guide.visibleScenarios()).toHaveLength(10);
  expect(consoleErrors).toEqual([]);
});

test('Chinese guide: same structure, Chinese text and Chinese search', async ({ extension, openPage }) => {
  const worker = await extension.serviceWorker();
  await setLocale(worker, 'zh-CN');
  try {
    const guide = new GuidePage(await openPage('guide.html'));
    await expect(guide.page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(guide.heading).toHaveText('人脸验证指南');
    await expect(guide.page).toHaveTitle('人脸验证指南 · KYC 预检');
    await expect(guide.footer).toContainText('无任何关联');
    await expect(guide.scenarioTitle(1)).toContainText('光线');
    await expect(guide.section('faq')).toContainText('常见问题');
    await guide.searchbox('搜索指南').fill('虚拟摄像头');
    expect(await guide.visibleScenarios()).toEqual(['9']);
    await expect(guide.results).toHaveText('找到 1 个相关部分');
  } finally {
    await setLocale(worker, 'en');
  }
});

test('a deep link #scenario-N opens that scenario, in view and focused, even after a search', async ({ openPage }) => {
  const guide = new GuidePage(await openPage('guide.html#scenario-7'));
  const target = guide.scenario(7);
  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();
  await guide.search.fill('vpn');
  await expect(target).toBeHidden();
  await guide.page.evaluate(() => (location.hash = '#scenario-4'));
  await expect(guide.scenario(4)).toBeFocused();
  await expect(guide.search).toHaveValue('');
  await expect(target).toBeVisible();
});

test('keyboard only: tab to the search, type, tab to a contents link, follow it with Enter', async ({ openPage }) => {
  const guide = new GuidePage(await openPage('guide.html'));
  const page = guide.page;
  await expect(guide.search).toBeVisible(); // rendered (the locale is read first)
  // The first Tab stop is the skip link, then the search box.
  await page.keyboard.press('Tab');
  await expect(guide.skipLink).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(guide.search).toBeFocused();
  await page.keyboard.type('network');
  await page.keyboard.press('Tab');
  const link = guide.firstContentsLink;
  await expect(link).toBeFocused();
  await expect(link).toHaveText(/Network/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#scenario-6$/);
  await expect(guide.scenario(6)).toBeFocused();
  // Focus is drawn: the focused element has a visible outline.
  const outline = await guide.scenario(6).evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});

test('the guide works offline: it makes no network request', async ({ extension }) => {
  const page = await extension.context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(extension.url('guide.html'));
  await expect(new GuidePage(page).heading).toBeVisible();
  expect(requests.filter((url) => !url.startsWith(`chrome-extension://${extension.extensionId}/`))).toEqual([]);
  await page.close();
});

test('with the language setting on "auto", the browser\'s UI language decides before its preferred languages', async ({
  extension,
}) => {
  const worker = await extension.serviceWorker();
  await worker.evaluate(() =>
    chrome.storage.local.set({ settings: { locale: 'auto', attemptLimit: 5, lockHours: 24, notifications: true } }),
  );
  const page = await extension.context.newPage();
  try {
    // Chinese first among the preferred languages (navigator.languages) of a browser whose UI is English:
    // the UI language wins (tests/e2e/i18n-languages.spec.ts launches a Russian-UI browser).
    const cdp = await extension.context.newCDPSession(page);
    await cdp.send('Emulation.setUserAgentOverride', {
      userAgent: await worker.evaluate(() => navigator.userAgent),
      acceptLanguage: 'zh-CN,zh,en',
    });
    await page.goto(extension.url('guide.html'));
    expect(await page.evaluate(() => navigator.languages[0])).toBe('zh-CN');
    const ui = await page.evaluate(() => chrome.i18n.getUILanguage());
    expect(ui).toMatch(/^en/);
    const guide = new GuidePage(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(guide.heading).toHaveText('Face verification guide');
  } finally {
    await page.close();
    await setLocale(worker, 'en');
  }
});

test('how the check decides, scenarios labelled and ordered by their share, figures where they help', async ({ extension, openPage }) => {
  const worker = await extension.serviceWorker();
  for (const locale of ['en', 'zh-CN'] as const) {
    await setLocale(worker, locale);
    const guide = new GuidePage(await openPage('guide.html'));
    await expect(guide.page.locator('html')).toHaveAttribute('lang', locale);
    // Before the scenarios: the three scores, the 3D map, the check's length and the lock rule.
    const how = guide.section('how-it-decides');
    for (const figure of ['95', '90', '100', '15–30', '5', '24']) await expect(how).toContainText(figure);
    expect(await how.evaluate((el) => el.compareDocumentPosition(document.querySelector('#scenario-1')!) & Node.DOCUMENT_POSITION_FOLLOWING)).toBeTruthy();
    // Each scenario says its share of failures, most frequent first.
    expect(await guide.shares()).toEqual([38, 22, 15, 10, 5, 4, 2, 2, 1, 1]);
    await expect(guide.scenarioShare(1)).toContainText(locale === 'en' ? '38% of failures (unofficial)' : '占失败的 38%（非官方）');
    // The fixes carry the guide's figures.
    await expect(guide.scenario(1)).toContainText('500–1000');
    for (const figure of ['18:00', '23:00', '87%', '73%', '10:00', '16:00', '06:00']) await expect(guide.scenario(1)).toContainText(figure);
    await expect(guide.scenario(2)).toContainText('15°');
    await expect(guide.scenario(2)).toContainText('30–50');
    await expect(guide.scenario(3)).toContainText('15');
    await expect(guide.section('ways-forward')).toContainText('VIP 3');
    await expect(guide.section('manual-review')).toContainText('2–5');
    await expect(guide.section('funds')).toContainText('24–72');
    await guide.page.close();
  }
  await setLocale(worker, 'en');
  const guide = new GuidePage(await openPage('guide.html'));
  await guide.search.fill('lux');
  expect(await guide.visibleScenarios()).toEqual(['1']);
  await guide.search.fill('photochromic');
  expect(await guide.visibleScenarios()).toEqual(['8']);
  await guide.search.fill('');
  await expect(guide.section('faq')).toContainText('not a ban');
  await expect(guide.section('faq')).toContainText('permanent ban');
});
