// FaceTec in the wild, in the built extension: pages that render FaceTec's SDK the way it does
// (its DOM_FT_ ids, screens switched by inline display; tests/e2e/sites/facetec-sdk.html) in a
// language the extension has no rule for (Turkish), in FaceTec's own strings of other languages
// (read from the facts file, never retyped), and inside a same-site frame served by another
// binance.com host. Every count is read from the popup, as the user reads it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Frame, type Locator, type Page } from '@playwright/test';
import { VERIFY_HOST } from './support/binance-server';
import { useBinanceSession } from './support/binance-session';
import { sendFromPage, setLocale } from './support/helpers';
import type { AttemptStatus } from '../../src/lockout/types';
import { BinancePage, cardStrings, cardText } from './support/pages/binance-page';
import { PopupPage } from './support/pages/popup-page';
import { QUIET_MS } from './support/quiet';

const en = cardStrings('en');
const zh = cardStrings('zh-CN');
/** FaceTec's own strings per language (the facts file the prompt table is generated from). */
const facts = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../shared/fixtures/facetec-strings.json'), 'utf8')) as {
  languages: Record<string, Record<string, string>>;
};

/**
 * How long every "did it count?" look waits (QUIET_MS): far longer than the content script's re-check (250 ms
 * on a KYC page, 1 s before a frame knows it holds FaceTec) and the background's answer. The same
 * wait is used for the screens that must not count and for the retry screen that must.
 */
const WAIT_MS = QUIET_MS;

test.describe.configure({ mode: 'serial' });

const session = useBinanceSession();

type Target = Page | Frame;

async function open(path: string, viewport = { width: 800, height: 720 }): Promise<Page> {
  const page = await session.extension.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(session.server.url(path));
  return page;
}

/** The popup's "attempts left", as the user reads it. */
async function attemptsLeft(): Promise<number> {
  const popup = await PopupPage.open(session.extension.context, session.extension.url('popup.html'));
  const left = await popup.attemptsLeftNumber();
  await popup.page.close();
  return left;
}

/** Our UI (button, card) and FaceTec's screens on a binance.com page. */
const ui = (page: Page) => new BinancePage(page);

async function status(): Promise<AttemptStatus> {
  const page = await session.extension.context.newPage();
  await page.goto(session.extension.url('popup.html'));
  const reply = await sendFromPage(page, 'bg:get-attempts');
  await page.close();
  return reply.res as unknown as AttemptStatus;
}

const call = (target: Target, script: string) => target.evaluate(script);

/** Attempts used by `action`, looked at once after WAIT_MS (no polling: a slow count is a miss). */
async function countOf(action: () => Promise<unknown>): Promise<number> {
  const before = await attemptsLeft();
  await action();
  await new Promise((done) => setTimeout(done, WAIT_MS));
  return before - (await attemptsLeft());
}

function overlap(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The card and FaceTec's shown part share no pixel. */
async function expectBeside(card: Locator, faceTec: Locator) {
  const cardBox = (await card.boundingBox())!;
  const screenBox = (await faceTec.boundingBox())!;
  expect(cardBox, 'card on screen').toBeTruthy();
  expect(overlap(cardBox, screenBox), `card ${JSON.stringify(cardBox)} over FaceTec ${JSON.stringify(screenBox)}`).toBe(false);
}

test.beforeAll(async () => {
  await setLocale(await session.extension.serviceWorker(), 'en');
});

// Each test starts with a full budget (the limit is 5; this file counts more than that in all).
test.beforeEach(async () => {
  const worker = await session.extension.serviceWorker();
  await worker.evaluate(() => chrome.storage.local.set({ lockout: { attempts: [] } }));
});

test('Turkish, SDK 10.x: only the retry screen counts, once per showing; the card sits beside it in English', async () => {
  const page = await open('/tr/my/kyc/face');
  await expect(ui(page).button).toBeVisible();
  await call(page, `fixture.start('10')`);
  const card = ui(page).card;

  // Negative controls, each given the same wait as the positive one below.
  expect(await countOf(() => call(page, `fixture.show('getReady')`))).toBe(0);
  expect(await countOf(() => call(page, `fixture.show('scan'); fixture.feedback('FaceTec_feedback_move_web_closer')`))).toBe(0);
  // Positive control: the same wait catches the retry screen, in words no rule knows.
  expect(await countOf(() => call(page, `fixture.show('retry')`))).toBe(1);

  await expect(card).toHaveAttribute('data-rule', 'retry-screen');
  await expect(card).toContainText(en['fix.retry-screen']!);
  await expect(card).toContainText(en.countedFailed!);
  const left = await attemptsLeft();
  await expect(ui(page).cardParts.attemptsLeft).toContainText(cardText('en', 'attemptsLeftAfter', { left, limit: 5 }));
  await expect(ui(page).cardParts.attemptsLeft).toContainText(en.limitGuide!.replace('{limit}', '5'));
  await expectBeside(card, ui(page).facetec('retryScreen'));
  // The card and the launcher, checked by axe inside their shadow root: no serious or critical finding.
  const axe = await new AxeBuilder({ page }).include('kyc-preflight-ui').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 80)).join(' | ')}`)).toEqual([]);
  expect(axe.passes.length, 'axe looked at our UI').toBeGreaterThan(0);

  // The screen re-renders while up (texts rewritten, a 120 ms flicker, re-attached): still one.
  expect(await countOf(async () => {
    for (let i = 0; i < 3; i++) await call(page, 'fixture.rerender()');
  })).toBe(0);

  // A new scan, quicker than the background's old 10-s same-rule window: the next showing counts.
  expect(await countOf(async () => {
    // The pauses are the scenario (a quick new scan), not waits for an outcome.
    await call(page, `fixture.show('getReady')`);
    await page.waitForTimeout(1200);
    await call(page, `fixture.show('scan')`);
    await page.waitForTimeout(300);
    await call(page, `fixture.show('retry')`);
  })).toBe(1);

  // The guide link is a real link to the guide at the scenario, and opens it.
  const link = ui(page).cardParts.guideLink;
  await expect(link).toHaveAttribute('href', session.extension.url('guide.html#scenario-1'));
  const [guide] = await Promise.all([session.extension.context.waitForEvent('page'), link.click()]);
  await guide.waitForURL(/guide\.html#scenario-1$/);
  await guide.close();
  await page.close();
});

test('live guidance: its card never covers FaceTec at 800 px wide', async () => {
  const page = await open('/tr/my/kyc/face');
  await call(page, `fixture.start('10', ${JSON.stringify(facts.languages.de)})`);
  await call(page, `fixture.show('scan'); fixture.feedback('FaceTec_feedback_use_even_lighting')`);
  const card = ui(page).card;
  await expect(card).toHaveAttribute('data-rule', 'uneven-light');
  await expect(ui(page).cardParts.attemptsLeft).toContainText(cardText('en', 'attemptsLeft', { left: await attemptsLeft(), limit: 5 }));
  await expectBeside(card, ui(page).facetec('frameContainer'));
  await page.close();
});

for (const language of ['ru', 'es', 'ar', 'kk']) {
  test(`FaceTec's own ${language} strings: guidance gets its explainer, the retry screen its count`, async () => {
    const table = facts.languages[language]!;
    const page = await open('/tr/my/kyc/face');
    await call(page, `fixture.start('10', ${JSON.stringify(table)})`);
    await call(page, `fixture.show('scan'); fixture.feedback('FaceTec_presession_brighten_your_environment')`);
    await expect(ui(page).card).toHaveAttribute('data-rule', 'too-dark');
    expect(await countOf(() => call(page, `fixture.show('retry')`))).toBe(1);
    await expect(ui(page).card).toHaveAttribute('data-rule', 'retry-screen');
    await page.close();
  });
}

test('without the SDK ids, FaceTec\'s Russian text is the second signal: the retry screen still counts once', async () => {
  const page = await open('/tr/my/kyc/face');
  await call(page, `fixture.start('9.6', ${JSON.stringify(facts.languages.ru)}, { ids: false })`);
  expect(await ui(page).facetecElements.count()).toBe(0);
  expect(await countOf(() => call(page, `fixture.show('getReady')`))).toBe(0);
  expect(await countOf(() => call(page, `fixture.show('retry')`))).toBe(1);
  await expect(ui(page).card).toHaveAttribute('data-rule', 'retry-screen');
  await page.close();
});

test('camera screens: permission gets the repair shortcut, the feed issue the camera card; neither is an attempt', async () => {
  const page = await open('/tr/my/kyc/face');
  await call(page, `fixture.start('10')`);
  const card = ui(page).card;

  expect(await countOf(() => call(page, `fixture.show('cameraPermission')`))).toBe(0);
  await expect(card).toHaveAttribute('data-rule', 'enable-camera');
  await expect(card).toContainText(en.notCounted!);
  // The repair shortcut: this browser's camera setting for the site (the pre-flight's own repair action).
  const [settings] = await Promise.all([session.extension.context.waitForEvent('page'), ui(page).cardParts.cameraSettings.click()]);
  const origin = new URL(page.url()).origin;
  await expect.poll(() => settings.url()).toBe(`chrome://settings/content/siteDetails?site=${encodeURIComponent(origin)}`);
  await settings.close();
  await expect(ui(page).cardParts.guideLink).toHaveAttribute('href', session.extension.url('guide.html#scenario-4'));
  await expectBeside(card, ui(page).facetec('cameraPermissionsScreen'));

  // Camera busy, virtual or modified (guide scenarios 4 and 9): no face scan was taken.
  expect(await countOf(() => call(page, `fixture.show('cameraFeedIssue')`))).toBe(0);
  await expect(card).toHaveAttribute('data-rule', 'camera-feed-issue');
  await expect(card).toHaveAttribute('data-scenario', '4');
  await expect(card).toContainText(en.notCounted!);
  // Positive control with the same wait.
  expect(await countOf(() => call(page, `fixture.show('retry')`))).toBe(1);
  await page.close();
});

test('same-site frame, SDK 9.6 in English: counted once for the tab, the card in the frame says where, the button stays on top', async () => {
  const page = await open('/en/my/kyc/liveness');
  await expect(ui(page).button).toBeVisible();
  await expect.poll(() => page.frames().length).toBe(2);
  const frame = page.frames().find((f) => f.url().includes(`${VERIFY_HOST}:`))!;
  await frame.waitForFunction('window.fixture !== undefined');
  await call(frame, `fixture.start('9.6', ${JSON.stringify(facts.languages.en)})`);

  for (const [name, script] of [
    ['get ready', `fixture.show('getReady')`],
    ['live feedback', `fixture.show('scan'); fixture.feedback('FaceTec_feedback_move_web_closer')`],
    ['upload', `fixture.show('upload')`],
    ['success', `fixture.show('success')`],
  ] as const) {
    expect(await countOf(() => call(frame, script)), name).toBe(0);
  }
  expect(await countOf(() => call(frame, `fixture.show('retry')`))).toBe(1);

  const card = ui(page).frame('#verify').card;
  await expect(card).toHaveAttribute('data-rule', 'retry-screen');
  await expect(card).toHaveAttribute('data-frame', new RegExp(`^${VERIFY_HOST.replace(/\./g, '\\.')}:\\d+$`));
  await expect(ui(page).frame('#verify').cardParts.frameHost).toContainText(VERIFY_HOST);
  await expect(ui(page).frame('#verify').button).toHaveCount(0);
  await expect(ui(page).button).toHaveCount(1);
  await expectBeside(card, ui(page).frame('#verify').facetec('retryScreen'));

  // The same retry screen seen in two frames at once (the top page mirrors it) is one attempt.
  await call(frame, `fixture.show('none')`);
  await page.waitForTimeout(1500); // the screen away for a while (the scenario), not a wait for an outcome
  expect(await countOf(async () => {
    await call(page, 'host.mirror()');
    await call(frame, `fixture.show('retry')`);
  })).toBe(1);
  await page.close();
});

test('FaceTec in a frame of a page whose URL says nothing of KYC: the top frame offers the pre-flight', async () => {
  const page = await open('/en/markets/face-check?frame=/widget/face');
  await expect.poll(() => page.frames().length).toBe(2);
  const frame = page.frames().find((f) => f.url().includes(`${VERIFY_HOST}:`))!;
  await frame.waitForFunction('window.fixture !== undefined');
  // Before the SDK renders, nothing on either document says KYC: no button (given the same time).
  await page.waitForTimeout(WAIT_MS);
  await expect(ui(page).button).toHaveCount(0);
  await call(frame, `fixture.start('10'); fixture.show('getReady')`);
  await expect(ui(page).button).toBeVisible({ timeout: WAIT_MS });
  await expect(ui(page).frame('#verify').button).toHaveCount(0);
  await page.close();
});

test('the card speaks the extension\'s language (Chinese here) on a Turkish page', async () => {
  const worker = await session.extension.serviceWorker();
  await setLocale(worker, 'zh-CN');
  const page = await open('/tr/my/kyc/face');
  await call(page, `fixture.start('10')`);
  await call(page, `fixture.show('cameraFeedIssue')`);
  await expect(ui(page).card).toContainText(zh['fix.camera-feed-issue']!);
  await expect(ui(page).card).toContainText(zh.notCounted!);
  await page.close();
  await setLocale(worker, 'en');
});

test('the lockout card shows when it unlocks and offers the pre-flight', async () => {
  const page = await open('/tr/my/kyc/face');
  await call(page, `fixture.start('10')`);
  await call(page, 'fixture.lockout()');
  const card = ui(page).card;
  await expect(card).toHaveAttribute('data-rule', 'lockout');
  await expect.poll(async () => (await status()).locked).toBe(true);
  const { unlockAt } = await status();
  const expected = await page.evaluate((at) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(at), unlockAt!);
  await expect(ui(page).cardParts.unlockTime).toHaveText(en.unlockAt!.replace('{time}', expected));
  await expect(ui(page).cardParts.preflightLine).toHaveText(en.cardPreflightLocked!);
  await expect(ui(page).button).toBeVisible();
  await page.close();
});
