// The ID match page (match.html) on the real built extension: an ID card made from one person's
// photo against the same person live (another photo of her as the fake camera) reads "same",
// another person's card "different"; blurred, glared, faceless, tiny and dark ID photos each give
// their cause and no comparison; files that are not readable images say so; a card held up to the
// camera is captured by itself; and nothing of the ID or the face leaves the page's memory.
import type { Page } from '@playwright/test';
import { defineClip } from './support/clips';
import { findFaceData } from './support/face-data';
import { launchExtension } from './support/extension';
import { expect, test } from './support/fixtures';
import { setLocale } from './support/helpers';
import { idCardPath, idHeldUpClipPath, unreadableFiles, type IdCardName } from './support/id-cards';
import { checklistMatchItem, checklistMatchLink, MatchPage, openMatchLink } from './support/pages/match-page';

// The live person: stock-emotions-a-5, a frown; her ID card is made from stock-emotions-a-1, another photo.
const LIVE = defineClip('match-live-a5', { photo: 'stock-emotions-a-5.jpg' });
test.use({ clip: LIVE });

const matchWith = (page: Page, file: string) => new MatchPage(page).matchWith(file);

test.describe.configure({ mode: 'serial' });

test('the same person live and on the ID reads "same", with the estimate caveat; the page made no network request', async ({ extension, openPage, consoleErrors }) => {
  test.setTimeout(120_000);
  await setLocale(await extension.serviceWorker(), 'en');
  const page = await openPage('match.html');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await expect(page).toHaveTitle(/Check your ID photo/);
  const started = Date.now();
  const result = await matchWith(page, idCardPath('stock-emotions-a-1.jpg'));
  console.log(`match: chosen file to answer ${Date.now() - started} ms (model load, ID photo, three live frames)`);
  const again = Date.now();
  await new MatchPage(page).anotherPhotoButton.click();
  await matchWith(page, idCardPath('stock-emotions-a-1.jpg'));
  console.log(`match: warm, chosen file to answer ${Date.now() - again} ms`);
  await expect(result).toHaveAttribute('data-match', 'same');
  await expect(result).toHaveAttribute('data-id-quality', 'pass');
  await expect(result).toContainText('not FaceTec');
  console.log(`match: same person, distance ${await result.getAttribute('data-distance')}`);
  expect(requests.filter((url) => !url.startsWith(`chrome-extension://${extension.extensionId}/`))).toEqual([]);
  // The answer ticks the checklist's "You look like your ID photo" (the popup shows it confirmed).
  const popup = await openPage('popup.html');
  await expect(checklistMatchItem(popup)).toHaveAttribute('data-verified', 'true');
  expect(consoleErrors.filter((e) => !/XNNPACK/.test(e))).toEqual([]);
});

test('another person on the ID reads "different", with what to do', async ({ extension, openPage }) => {
  test.setTimeout(120_000);
  await setLocale(await extension.serviceWorker(), 'en');
  const page = await openPage('match.html');
  const result = await matchWith(page, idCardPath('person-christina.jpg'));
  await expect(result).toHaveAttribute('data-match', 'different');
  await expect(result.locator('li').first()).toBeVisible();
  console.log(`match: different people, distance ${await result.getAttribute('data-distance')}`);
});

const BAD: [IdCardName, string][] = [
  ['blurred', 'id-blurry'],
  ['glared', 'id-glare'],
  ['faceless', 'id-no-face'],
  ['tiny', 'id-face-small'],
  ['dark', 'id-dark'],
];

test('an ID photo that will not read gives its cause, "unknown" and no similarity', async ({ extension, openPage }) => {
  test.setTimeout(120_000);
  await setLocale(await extension.serviceWorker(), 'en');
  const page = await openPage('match.html');
  for (const [variant, cause] of BAD) {
    const result = await matchWith(page, idCardPath('stock-emotions-a-1.jpg', variant));
    await expect(result, variant).toHaveAttribute('data-cause', cause);
    await expect(result, variant).toHaveAttribute('data-match', 'unknown');
    await expect(result, variant).toHaveAttribute('data-id-quality', 'fail');
    await expect(result, variant).not.toHaveAttribute('data-distance', /./);
    await new MatchPage(page).anotherPhotoButton.click();
    await expect(result).toBeHidden();
  }
});

test('a HEIC, a text file and a 26 MB file each say the file cannot be read, never a spinner', async ({ extension, openPage }) => {
  test.setTimeout(60_000);
  await setLocale(await extension.serviceWorker(), 'en');
  const page = await openPage('match.html');
  const files = unreadableFiles();
  for (const [file, words] of [[files.heic, /cannot open this image format/], [files.text, /not an image/], [files.big, /over 25 MB/]] as const) {
    const result = await matchWith(page, file);
    await expect(result).toHaveAttribute('data-cause', 'id-unreadable-file');
    await expect(result).toHaveAttribute('data-match', 'unknown');
    await expect(result).toContainText(words);
    // Kept as the answer (the report names it among the fixes): the finding only, nothing of the file.
    const worker = await extension.serviceWorker();
    await expect.poll(() => worker.evaluate(async () => (await chrome.storage.local.get('idMatch')).idMatch)).toMatchObject({ answer: 'unknown', quality: 'fail', cause: 'id-unreadable-file' });
    await worker.evaluate(() => chrome.storage.local.remove('idMatch'));
    await new MatchPage(page).anotherPhotoButton.click();
  }
});

test('nothing of the ID or the face is stored or downloaded, and leaving the page drops the answer', async ({ extension, openPage }) => {
  test.setTimeout(120_000);
  const worker = await extension.serviceWorker();
  await setLocale(worker, 'en');
  const page = await openPage('match.html');
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await matchWith(page, idCardPath('stock-emotions-a-1.jpg'));
  const stored = await worker.evaluate(async () => ({
    local: await chrome.storage.local.get(null),
    session: await chrome.storage.session.get(null),
    sync: await chrome.storage.sync.get(null),
  }));
  expect(findFaceData(stored)).toEqual([]);
  expect(JSON.stringify(stored)).not.toMatch(/descriptor|stock-emotions|data:image/);
  const web = await page.evaluate(() => ({ local: { ...localStorage }, session: { ...sessionStorage } }));
  expect(web).toEqual({ local: {}, session: {} });
  expect(downloads).toBe(0);
  await page.goto(extension.url('popup.html'));
  await page.goBack();
  await expect(new MatchPage(page).fileInput).toBeVisible();
  await expect(new MatchPage(page).result).toHaveCount(0);
});

test('the page in Chinese and in Arabic (right to left)', async ({ extension, openPage }) => {
  const worker = await extension.serviceWorker();
  for (const [locale, dir, words] of [['zh-CN', 'ltr', /身份证件|证件/], ['ar', 'rtl', /هويت/]] as const) {
    await setLocale(worker, locale);
    const page = await openPage('match.html');
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    await expect(page.locator('h1')).toHaveText(words);
    await page.close();
  }
  await setLocale(worker, 'en');
});

test('the camera route: a card held up to the camera is found, captured by itself and compared', async () => {
  test.setTimeout(120_000);
  const launched = await launchExtension({
    clip: null,
    extraArgs: ['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${idHeldUpClipPath('stock-emotions-a-1.jpg')}`],
  });
  try {
    await setLocale(await launched.serviceWorker(), 'en');
    const page = await launched.context.newPage();
    await page.goto(launched.url('match.html'));
    const match = new MatchPage(page);
    await match.fromCameraButton.click();
    const result = match.result;
    await expect(result).toBeVisible({ timeout: 60_000 });
    // The clip shows only the card, so the "live face" is its portrait again: the capture is what is proven here.
    await expect(result).toHaveAttribute('data-id-quality', /pass|warn/);
    await expect(result).toHaveAttribute('data-match', /same|unsure/);
  } finally {
    await launched.context.close();
  }
});

test('the guide and the report lead to the match page', async ({ extension, openPage }) => {
  await setLocale(await extension.serviceWorker(), 'en');
  const page = await openPage('guide.html');
  const link = openMatchLink(page);
  await expect(link).toHaveAttribute('href', `chrome-extension://${extension.extensionId}/match.html`);
  await expect(link).toHaveText('Check your ID photo');
  // The popup: beside the checklist's "You look like your ID photo" (the checklist is folded there, so no height is added).
  const popup = await openPage('popup.html');
  await expect(checklistMatchLink(popup)).toHaveAttribute('href', `chrome-extension://${extension.extensionId}/match.html`);
});
