#!/usr/bin/env node
// `npm run screenshots`: captures the real built extension (it builds nothing: run `npm run build:test`
// first) in Debian's Chromium, with a fake camera fed from a fixture face, into docs/screenshots/.
/* global chrome -- page.evaluate callbacks run inside extension pages */
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const BUILD = resolve(ROOT, process.env.KYC_OUT_DIR ?? '.output', 'chrome-mv3-e2e');
const FACE = resolve(ROOT, '..', 'shared', 'fixtures', 'faces', process.env.KYC_SCREENSHOT_FACE ?? 'stock-teen-6.jpg');
const OUT = resolve(ROOT, 'docs', 'screenshots');

if (!existsSync(join(BUILD, 'manifest.json'))) {
  console.error(`No build at ${BUILD}: run "npm run build:test" first.`);
  process.exit(1);
}
if (!existsSync(FACE)) {
  console.error(`Fixture face missing: ${FACE}`);
  process.exit(1);
}

const CONDITIONS = JSON.parse(readFileSync(resolve(ROOT, 'tests', 'e2e', 'preflight-conditions.json'), 'utf8')).conditions;
const filtersOf = (name) => CONDITIONS.find((condition) => condition.name === name).filters;

const work = mkdtempSync(join(tmpdir(), 'kyc-screens-'));
/** A fake-camera clip of the fixture face under one of the eval's conditions ("ideal": about 40 cm before a plain wall). */
function makeClip(condition) {
  const clip = join(work, `${condition}.y4m`);
  execFileSync('ffmpeg', [
    '-v', 'error', '-y', '-loop', '1', '-i', FACE,
    '-vf', `scale=640:480:force_original_aspect_ratio=increase,crop=640:480,${filtersOf(condition)},format=yuv420p`,
    '-t', '2', '-r', '15', clip,
  ]);
  return clip;
}
const launch = (clip, profile) =>
  chromium.launchPersistentContext(join(work, profile), {
    headless: true,
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    colorScheme: 'light',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader',
      `--disable-extensions-except=${BUILD}`, `--load-extension=${BUILD}`,
      '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${clip}`,
    ],
  });
const context = await launch(makeClip('ideal'), 'profile');

const shots = [];
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const url = (page) => `chrome-extension://${id}/${page}`;
  const setLocale = (locale) =>
    worker.evaluate((value) => chrome.storage.local.set({ settings: value }), {
      locale, attemptLimit: 5, lockHours: 24, notifications: true,
    });
  mkdirSync(OUT, { recursive: true });
  const save = async (page, name, options = {}) => {
    const path = join(OUT, `${name}.png`);
    await page.screenshot({ path, ...options });
    shots.push(path);
  };
  await setLocale('en');

  // Pre-flight first, so the popup then shows a last result and verified checklist items.
  const preflight = await context.newPage();
  await preflight.setViewportSize({ width: 640, height: 860 });
  await preflight.goto(url('preflight.html'));
  await preflight.getByTestId('run-preflight').click();
  await preflight.locator('video').evaluate((v) => new Promise((done) => (v.videoWidth ? done() : v.addEventListener('playing', done, { once: true }))));
  await preflight.getByTestId('preflight-report').waitFor({ timeout: 60_000 });
  await save(preflight, 'preflight-report', { fullPage: true });
  await preflight.close();

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 640 });
  await popup.goto(url('popup.html'));
  await popup.getByTestId('attempts-left').waitFor();
  await save(popup, 'popup', { fullPage: true });
  await popup.emulateMedia({ colorScheme: 'dark' });
  await save(popup, 'popup-dark', { fullPage: true });
  await popup.emulateMedia({ colorScheme: 'light' });
  await popup.setViewportSize({ width: 300, height: 640 });
  await save(popup, 'popup-300', { fullPage: true });
  await popup.setViewportSize({ width: 360, height: 640 });

  const guide = await context.newPage();
  await guide.setViewportSize({ width: 820, height: 820 });
  await guide.goto(url('guide.html'));
  await guide.getByTestId('guide-search').fill('camera');
  await guide.locator('#scenario-4').waitFor();
  await save(guide, 'guide');
  await guide.close();

  await setLocale('zh-CN');
  await popup.evaluate(() =>
    chrome.runtime.sendMessage({
      id: 1, type: 'bg:kyc-event', timestamp: Date.now(),
      data: { ruleId: 'too-many-attempts', kind: 'lockout', at: Date.now() },
    }),
  );
  await popup.reload();
  await popup.getByTestId('lockout-countdown').waitFor();
  await save(popup, 'popup-lockout-zh', { fullPage: true });
} finally {
  await context.close();
}

// A set-up that is not ready: the dim-room clip, in English (light) and Chinese (dark).
const dim = await launch(makeClip('dark'), 'profile-dark');
try {
  const worker = dim.serviceWorkers()[0] ?? (await dim.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  for (const [locale, scheme, name] of [['en', 'light', 'preflight-not-ready'], ['zh-CN', 'dark', 'preflight-not-ready-zh-dark']]) {
    await worker.evaluate((value) => chrome.storage.local.set({ settings: value }), { locale, attemptLimit: 5, lockHours: 24, notifications: true });
    const page = await dim.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 640, height: 900 });
    await page.goto(`chrome-extension://${id}/preflight.html`);
    await page.getByTestId('run-preflight').click();
    if (locale === 'en') {
      // Coaching live: a dim room is coached for up to 8 s, time to see the chips and the one instruction.
      await page.locator('[data-check-live="lighting"][data-status="fail"]').waitFor({ timeout: 30_000 });
      await page.waitForTimeout(300);
      const running = join(OUT, 'preflight-running.png');
      await page.screenshot({ path: running });
      shots.push(running);
    }
    await page.getByTestId('preflight-report').waitFor({ timeout: 60_000 });
    const path = join(OUT, `${name}.png`);
    await page.screenshot({ path, fullPage: true });
    shots.push(path);
    await page.close();
  }
} finally {
  await dim.close();
  rmSync(work, { recursive: true, force: true });
}
console.log(shots.map((path) => `wrote ${path.replace(`${ROOT}/`, '')}`).join('\n'));
