// Launching the real built extension in Debian's Chromium with a fake camera.
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clipPath, type ClipName } from './clips';
import { CHROME_BUILD, CHROMIUM } from './paths';

export interface LaunchOptions {
  /** Fake camera clip; null launches with no fake camera device. */
  clip?: ClipName | null;
  /** Without the fake UI flag headless Chromium denies the camera: the "denied" path. */
  grantCamera?: boolean;
  /** Reuse a profile to test a browser restart. */
  userDataDir?: string;
  extraArgs?: string[];
  /** The browser's own UI language (Linux Chromium reads LANGUAGE; Debian's chromium-l10n holds the strings). */
  uiLanguage?: string;
}

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  serviceWorker: () => Promise<Worker>;
  url: (page: string) => string;
}

export const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
];

export async function launchExtension(options: LaunchOptions = {}): Promise<LaunchedExtension> {
  const { clip = 'frontal', grantCamera = true, extraArgs = [] } = options;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'kyc-profile-'));
  const cameraArgs = clip
    ? ['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${clipPath(clip)}`]
    : [];
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: true,
    executablePath: CHROMIUM,
    ignoreHTTPSErrors: true,
    ...(options.uiLanguage ? { env: { ...process.env, LANGUAGE: options.uiLanguage, LANG: `${options.uiLanguage.replace('-', '_')}.UTF-8` }, locale: options.uiLanguage } : {}),
    args: [
      ...BASE_ARGS,
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      ...cameraArgs,
      ...(grantCamera ? ['--use-fake-ui-for-media-stream'] : []),
      ...extraArgs,
    ],
  });
  const serviceWorker = async () =>
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL((await serviceWorker()).url()).host;
  return {
    context,
    extensionId,
    userDataDir,
    serviceWorker,
    url: (page) => `chrome-extension://${extensionId}/${page.replace(/^\//, '')}`,
  };
}
