// Security of the BUILT extension: the manifests (Chrome MV3 and Firefox MV2) ask for exactly
// what the features need under the strict CSP, the shipped JavaScript loads no remote code, a
// hostile binance.com page cannot drive the content script beyond what it shows on screen, and a
// binance.com frame embedded by another site cannot count attempts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { OTHER_HOST, VERIFY_HOST } from './support/binance-server';
import { useBinanceSession } from './support/binance-session';
import { Background } from './support/pages/background';
import { BinancePage } from './support/pages/binance-page';
import { OUT_DIR } from './support/paths';
import { QUIET_MS } from './support/quiet';

const CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'; connect-src 'self'";
const PERMISSIONS = ['alarms', 'notifications', 'storage'];
const CONTENT_SCRIPTS = [{ matches: ['https://*.binance.com/*'], all_frames: true, js: ['content-scripts/kyc.js'] }];

const manifestOf = (target: string) => JSON.parse(readFileSync(join(OUT_DIR, target, 'manifest.json'), 'utf8')) as Record<string, unknown>;

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ext))
    .map((entry) => join(entry.parentPath, entry.name));
}

test.describe('built manifests', () => {
  for (const target of ['chrome-mv3', 'firefox-mv2']) {
    test(`${target}: exact permissions, strict CSP, binance.com only, nothing exposed to pages`, () => {
      expect(existsSync(join(OUT_DIR, target, 'manifest.json')), `build ${target} first (npm run build)`).toBe(true);
      const manifest = manifestOf(target);
      expect([...(manifest.permissions as string[])].sort()).toEqual(PERMISSIONS);
      expect(manifest.content_security_policy).toEqual(target === 'chrome-mv3' ? { extension_pages: CSP } : CSP);
      expect(manifest.content_scripts).toEqual(CONTENT_SCRIPTS);
      // Nothing else may widen what the extension can reach or what can reach it.
      for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'web_accessible_resources', 'externally_connectable', 'update_url', 'key', 'sandbox', 'declarative_net_request', 'chrome_url_overrides']) {
        expect(manifest, key).not.toHaveProperty(key);
      }
    });
  }
});

/**
 * Remote URLs in the shipped code that are not fetched: XML namespaces, comments, help links (face-api's bundled
 * TensorFlow.js names emscripten's docs, a shadertoy and an arXiv paper in messages and comments; rolldown's runtime
 * its own docs in an error message).
 */
const INERT_URL = /^https?:\/\/(www\.w3\.org\/|developer\.mozilla\.org\/|github\.com\/|wxt\.dev\/|(en\.)?wikipedia\.org\/|kripken\.github\.io\/|pubs\.opengroup\.org\/|unicode\.org\/|bugzil\.la\/|tools\.ietf\.org\/|www\.ietf\.org\/|webkit\.org\/|www\.khronos\.org\/registry\/|emscripten\.org\/docs\/|www\.shadertoy\.com\/view\/|arxiv\.org\/abs\/|rolldown\.rs\/|server\.com$)/;

test('the shipped JavaScript loads no remote code and never evaluates strings', () => {
  const build = join(OUT_DIR, 'chrome-mv3');
  const findings: string[] = [];
  for (const file of [...filesUnder(build, '.js'), ...filesUnder(join(OUT_DIR, 'firefox-mv2'), '.js')]) {
    const name = relative(OUT_DIR, file);
    const code = readFileSync(file, 'utf8');
    // The emscripten loader of MediaPipe's wasm uses Function() for its JS glue (under
    // 'wasm-unsafe-eval' only WebAssembly compiles; the CSP refuses string evaluation anyway).
    const emscripten = name.endsWith('mediapipe/vision_wasm_internal.js');
    if (/\beval\s*\(/.test(code)) findings.push(`${name}: eval(`);
    if (/new\s+Function\s*\(/.test(code) && !emscripten) findings.push(`${name}: new Function(`);
    for (const [url] of code.matchAll(/https?:\/\/[\w.-]+(?:\/[\w./%?=&#-]*)?/g)) {
      // Our own links out (opened by the user in a tab) and MediaPipe's logger, refused by connect-src.
      if (INERT_URL.test(url) || /^https:\/\/(www\.)?binance\.com/.test(url) || url === 'https://odml.pa.googleapis.com/v1/log') continue;
      findings.push(`${name}: ${url}`);
    }
    // Script loading: only from a computed local URL (MediaPipe's loader gets the extension's own file).
    for (const [call] of code.matchAll(/(importScripts|import)\(\s*["'`]https?:[^)]*\)/g)) findings.push(`${name}: ${call}`);
    if (/\.src\s*=\s*["'`]https?:/.test(code)) findings.push(`${name}: script src set to a remote URL`);
  }
  expect(findings).toEqual([]);
  // Every HTML page loads only packaged scripts.
  for (const page of filesUnder(build, '.html')) {
    for (const [, src] of readFileSync(page, 'utf8').matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) expect(src, page).toMatch(/^\.?\/?[\w/.-]+\.js$/);
  }
});

test.describe('a hostile binance.com page', () => {
  test.describe.configure({ mode: 'serial' });
  const session = useBinanceSession();

  /** Everything the background keeps about attempts and locks, read straight from storage. */
  const stored = async () => {
    const worker = await session.extension.serviceWorker();
    return worker.evaluate(async () => {
      const all = await chrome.storage.local.get(['lockout', 'reportHistory']);
      return { lockout: all.lockout ?? null, reports: (all.reportHistory as unknown[] | undefined)?.length ?? 0, badge: await chrome.action.getBadgeText({}) };
    });
  };

  const attemptsIn = (state: { lockout: unknown }) => (state.lockout as { attempts?: unknown[] } | null)?.attempts?.length ?? 0;

  async function attack(): Promise<{ page: Page; log: { messages: string[]; results: Record<string, unknown> }; opened: string[] }> {
    const page = await session.extension.context.newPage();
    await page.goto(session.server.url('/en/my/kyc/hostile'));
    await expect(new BinancePage(page).button).toBeVisible();
    const opened: string[] = [];
    const onPage = (p: Page) => opened.push(p.url());
    session.extension.context.on('page', onPage);
    const log = await page.evaluate((id) => (window as unknown as { hostile: { attack(id: string): Promise<{ messages: string[]; results: Record<string, unknown> }> } }).hostile.attack(id), session.extension.extensionId);
    // Longer than the content script's re-check (250 ms on KYC pages) and the background's answer; the test's
    // positive control (a failure the person really sees) is read after the same wait.
    await page.waitForTimeout(QUIET_MS);
    session.extension.context.off('page', onPage);
    return { page, log, opened };
  }

  test('forged messages, scripted clicks and keys, shadow-root edits and hidden prompts change nothing', async () => {
    // The worker's start-up draws the badge from its own browser check: let it settle before the baseline.
    const background = new Background(await session.extension.serviceWorker());
    const idle = await background.idleBadge();
    await expect.poll(async () => (await stored()).badge).toBe(idle);
    const before = await stored();
    const { page, log, opened } = await attack();
    expect(opened).toEqual([]);
    expect(await stored()).toEqual(before);
    // Every control of the injected UI was poked.
    expect(log.results.controlsPoked).toBeGreaterThanOrEqual(2);
    // The page cannot reach the extension itself: no messaging API, no files, no shared storage.
    expect(log.results.chromeRuntime).toBe('undefined');
    for (const file of ['manifest.json', 'popup.html', 'mediapipe/face_landmarker.task']) expect(log.results[file]).toBe('refused');
    expect(log.results.pageStorage).toBe('{}{}');
    // Nothing posted to the page names the extension (which would tell the site it is installed).
    expect(log.messages.filter((m) => m.includes(session.extension.extensionId) || m.includes('wxt'))).toEqual([]);
    // The content script is still alive on the attacked page, so the hidden prompts were read and
    // ignored, not missed: a failure the person really sees still counts.
    const used = attemptsIn(await stored());
    await page.evaluate(() => (window as unknown as { hostile: { showFailure(): void } }).hostile.showFailure());
    await page.waitForTimeout(QUIET_MS);
    expect(attemptsIn(await stored())).toBe(used + 1);
    await page.close();
  });

  test('a page that knows the extension id cannot stop the content script with WXT\'s restart signal', async () => {
    // Store-published ids are public: such a page can forge WXT's "a newer copy started" event,
    // which (detail and all) reaches the isolated world; the content script swallows it in builds.
    const page = await session.extension.context.newPage();
    await page.goto(session.server.url('/en/my/kyc/hostile'));
    await expect(new BinancePage(page).button).toBeVisible();
    await page.evaluate((id) => (window as unknown as { hostile: { silence(id: string): void } }).hostile.silence(id), session.extension.extensionId);
    // Time for the forged signal to act, if it could: the same wait in which the failure below must count.
    await page.waitForTimeout(QUIET_MS);
    const used = attemptsIn(await stored());
    // A new page load is a new showing, counted however soon after the last test's.
    await page.evaluate(() => (window as unknown as { hostile: { showFailure(which: string): void } }).hostile.showFailure('match'));
    await expect.poll(async () => attemptsIn(await stored()), { timeout: QUIET_MS }).toBe(used + 1);
    await page.close();
  });

  test('a binance.com frame embedded by another site counts nothing; the same frame in a binance.com tab does', async () => {
    /** Opens `path` on `host`, starts FaceTec's SDK (9.6, English) in its verify.binance.com frame and shows the retry screen. */
    const retryInFrame = async (host: string | undefined, path: string) => {
      const page = await session.extension.context.newPage();
      await page.goto(session.server.url(path, host));
      await expect.poll(() => page.frames().length).toBe(2);
      const frame = page.frames().find((f) => f.url().includes(`${VERIFY_HOST}:`))!;
      await frame.waitForFunction('window.fixture !== undefined');
      await frame.evaluate(`fixture.start('9.6'); fixture.show('retry')`);
      return { page, card: new BinancePage(page).frame('#verify').card };
    };
    const used = attemptsIn(await stored());
    // The content script runs in the frame (a binance.com document) and sees the screen: its card
    // shows. But the tab is example.com's, so the background refuses what the frame reports.
    const foreign = await retryInFrame(OTHER_HOST, '/embed/kyc');
    await expect(foreign.card).toHaveAttribute('data-rule', 'retry-screen');
    await foreign.page.waitForTimeout(QUIET_MS);
    expect(attemptsIn(await stored())).toBe(used);
    await foreign.page.close();
    // Positive control, the same frame and the same wait in a binance.com tab: counted.
    const own = await retryInFrame(undefined, '/en/my/kyc/liveness');
    await expect(own.card).toHaveAttribute('data-rule', 'retry-screen');
    await own.page.waitForTimeout(QUIET_MS);
    expect(attemptsIn(await stored())).toBe(used + 1);
    await own.page.close();
  });

  test('during a lock the page can neither end it nor undo the attempts, nor read the reports', async () => {
    // Lock through the extension's own page, as the user would by logging attempts by hand.
    const popup = await session.extension.context.newPage();
    await popup.goto(session.extension.url('popup.html'));
    await popup.evaluate(async () => {
      for (let i = 0; i < 20; i++) {
        const reply = (await chrome.runtime.sendMessage({ id: i, type: 'bg:log-attempt', data: undefined, timestamp: Date.now() })) as { res?: { locked?: boolean } };
        if (reply.res?.locked) break;
      }
    });
    await expect.poll(async () => (await stored()).badge).toMatch(/\d+[hm]$/);
    const before = await stored();
    const { page, log, opened } = await attack();
    expect(opened).toEqual([]);
    expect(await stored()).toEqual(before);
    // What the page can read of the injected UI holds no stored results.
    expect(String(log.results.uiText)).not.toMatch(/ready|verdict|report|\d{2}:\d{2}/i);
    await page.close();
    await popup.close();
  });
});
