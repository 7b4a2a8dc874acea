// The guide page: offline, searchable in the reader's language, deep-linkable (#scenario-N) and
// usable with the keyboard alone.
import { expect, test } from './support/fixtures';
import { setLocale } from './support/pages';


const visibleScenarios = (page: import('@playwright/test').Page) =>
  page.locator('section[data-scenario]:visible').evaluateAll((els) => els.map((el) => el.getAttribute('data-scenario')));

test('English guide: ten scenarios, review route, funds, FAQ and the checklist; search filters', async ({
  extension,
  openPage,
  consoleErrors,
}) => {
  await setLocale(await extension.serviceWorker(), 'en');
  const page = await openPage('guide.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Face verification guide');
  await expect(page).toHaveTitle('Face verification guide · KYC Preflight');
  await expect(page.getByTestId('guide-footer')).toContainText('Not affiliated with Binance or FaceTec.');
  expect(await visibleScenarios(page)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
  for (const id of ['manual-review', 'funds', 'faq']) await expect(page.locator(`#${id}`)).toBeVisible();
  await expect(page.getByTestId('checklist')).toBeVisible();
  await expect(page.locator('#scenario-10')).toContainText('unofficial');

  const search = page.getByRole('searchbox', { name: 'Search the guide' });
  await search.fill('vpn');
  expect(await visibleScenarios(page)).toEqual(['6']);
  await expect(page.getByTestId('guide-results')).toHaveText('1 matching section');
  await search.fill('virtual camera');
  expect(await visibleScenarios(page)).toEqual(['9']);
  await search.fill('zzzz');
  await expect(page.getByTestId('guide-results')).toContainText('Nothing matches “zzzz”');
  expect(await visibleScenarios(page)).toEqual([]);
  await search.press('Escape');
  expect(await visibleScenarios(page)).toHaveLength(10);
  expect(consoleErrors).toEqual([]);
});

test('Chinese guide: same structure, Chinese text and Chinese search', async ({ extension, openPage }) => {
  const worker = await extension.serviceWorker();
  await setLocale(worker, 'zh-CN');
  try {
    const page = await openPage('guide.html');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('人脸验证指南');
    await expect(page).toHaveTitle('人脸验证指南 · KYC 预检');
    await expect(page.getByTestId('guide-footer')).toContainText('无任何关联');
    await expect(page.locator('#scenario-1 h3')).toContainText('光线');
    await expect(page.locator('#faq')).toContainText('常见问题');
    await page.getByRole('searchbox', { name: '搜索指南' }).fill('虚拟摄像头');
    expect(await visibleScenarios(page)).toEqual(['9']);
    await expect(page.getByTestId('guide-results')).toHaveText('找到 1 个相关部分');
  } finally {
    await setLocale(worker, 'en');
  }
});

test('a deep link #scenario-N opens that scenario, in view and focused, even after a search', async ({ openPage }) => {
  const page = await openPage('guide.html#scenario-7');
  const target = page.locator('#scenario-7');
  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();
  await page.getByTestId('guide-search').fill('vpn');
  await expect(target).toBeHidden();
  await page.evaluate(() => (location.hash = '#scenario-4'));
  await expect(page.locator('#scenario-4')).toBeFocused();
  await expect(page.getByTestId('guide-search')).toHaveValue('');
  await expect(target).toBeVisible();
});

test('keyboard only: tab to the search, type, tab to a contents link, follow it with Enter', async ({ openPage }) => {
  const page = await openPage('guide.html');
  await expect(page.getByTestId('guide-search')).toBeVisible(); // rendered (the locale is read first)
  // The first Tab stop is the skip link, then the search box.
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('guide-search')).toBeFocused();
  await page.keyboard.type('network');
  await page.keyboard.press('Tab');
  const link = page.locator('.guide-toc a:visible').first();
  await expect(link).toBeFocused();
  await expect(link).toHaveText(/Network/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#scenario-6$/);
  await expect(page.locator('#scenario-6')).toBeFocused();
  // Focus is drawn: the focused element has a visible outline.
  const outline = await page.locator('#scenario-6').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});

test('the guide works offline: it makes no network request', async ({ extension }) => {
  const page = await extension.context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(extension.url('guide.html'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(requests.filter((url) => !url.startsWith(`chrome-extension://${extension.extensionId}/`))).toEqual([]);
  await page.close();
});

test('with the language setting on "auto", a Chinese browser gets the Chinese guide and popup', async ({
  extension,
}) => {
  const worker = await extension.serviceWorker();
  await worker.evaluate(() =>
    chrome.storage.local.set({ settings: { locale: 'auto', attemptLimit: 5, lockHours: 24, notifications: true } }),
  );
  const page = await extension.context.newPage();
  try {
    // The browser's language list as a Chinese-language Chromium reports it (navigator.languages).
    const cdp = await extension.context.newCDPSession(page);
    await cdp.send('Emulation.setUserAgentOverride', {
      userAgent: await worker.evaluate(() => navigator.userAgent),
      acceptLanguage: 'zh-CN,zh,en',
    });
    await page.goto(extension.url('guide.html'));
    expect(await page.evaluate(() => navigator.languages[0])).toBe('zh-CN');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('人脸验证指南');
    await expect(page).toHaveTitle('人脸验证指南 · KYC 预检');
    await expect(page.getByTestId('guide-footer')).toContainText('无任何关联');
    await page.goto(extension.url('popup.html'));
    await expect(page.getByTestId('run-preflight')).toHaveText('运行预检');
  } finally {
    await page.close();
    await setLocale(worker, 'en');
  }
});

test('how the check decides, scenarios labelled and ordered by their share, figures where they help', async ({ extension, openPage }) => {
  const worker = await extension.serviceWorker();
  for (const locale of ['en', 'zh-CN'] as const) {
    await setLocale(worker, locale);
    const page = await openPage('guide.html');
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    // Before the scenarios: the three scores, the 3D map, the check's length and the lock rule.
    const how = page.locator('#how-it-decides');
    for (const figure of ['95', '90', '100', '15–30', '5', '24']) await expect(how).toContainText(figure);
    expect(await how.evaluate((el) => el.compareDocumentPosition(document.querySelector('#scenario-1')!) & Node.DOCUMENT_POSITION_FOLLOWING)).toBeTruthy();
    // Each scenario says its share of failures, most frequent first.
    const shares = await page.locator('section[data-scenario] [data-testid="scenario-share"]').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-share'))));
    expect(shares).toEqual([38, 22, 15, 10, 5, 4, 2, 2, 1, 1]);
    await expect(page.locator('#scenario-1 [data-testid="scenario-share"]')).toContainText(locale === 'en' ? '38% of failures (unofficial)' : '占失败的 38%（非官方）');
    // The fixes carry the guide's figures.
    await expect(page.locator('#scenario-1')).toContainText('500–1000');
    for (const figure of ['18:00', '23:00', '87%', '73%', '10:00', '16:00', '06:00']) await expect(page.locator('#scenario-1')).toContainText(figure);
    await expect(page.locator('#scenario-2')).toContainText('15°');
    await expect(page.locator('#scenario-2')).toContainText('30–50');
    await expect(page.locator('#scenario-3')).toContainText('15');
    await expect(page.locator('#ways-forward')).toContainText('VIP 3');
    await expect(page.locator('#manual-review')).toContainText('2–5');
    await expect(page.locator('#funds')).toContainText('24–72');
    await page.close();
  }
  await setLocale(worker, 'en');
  const page = await openPage('guide.html');
  await page.getByTestId('guide-search').fill('lux');
  expect(await visibleScenarios(page)).toEqual(['1']);
  await page.getByTestId('guide-search').fill('photochromic');
  expect(await visibleScenarios(page)).toEqual(['8']);
  await page.getByTestId('guide-search').fill('');
  await expect(page.locator('#faq')).toContainText('not a ban');
  await expect(page.locator('#faq')).toContainText('permanent ban');
});
