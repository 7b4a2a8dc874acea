// Driving the real Firefox build in Debian's firefox-esr: puppeteer-core over WebDriver BiDi (built
// into Firefox, no geckodriver), the extension installed as a temporary add-on with a fixed
// moz-extension UUID, Firefox's synthetic camera, and www.binance.com served by the e2e fake server
// through a local CONNECT proxy (Firefox has no --host-resolver-rules). Recipe: NOTES.md "A real Firefox".
import { connect as netConnect, createServer as netServer, type Server as NetServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const ROOT = resolve(import.meta.dirname, '..', '..');
/** The Firefox test build (`npm run build:test`). */
export const FIREFOX_BUILD = join(ROOT, process.env.KYC_OUT_DIR ?? '.output', 'firefox-mv2-e2e');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The add-on id from wxt.config.ts and the UUID we pin its moz-extension:// origin to. */
export const GECKO_ID = 'kyc-preflight@kyc-preflight.local';
export const UUID = '6f1c1c52-0b7e-4c61-9d8e-4b3c5a0f7e21';
export const ORIGIN = `moz-extension://${UUID}`;

/** Pipes every CONNECT (any host, any port) to the local HTTPS server: Firefox then "reaches" www.binance.com. */
export async function startConnectProxy(targetPort: number): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<import('node:net').Socket>();
  const server: NetServer = netServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.once('data', (head) => {
      if (!/^CONNECT /.test(head.toString('latin1'))) return void client.destroy();
      const upstream = netConnect(targetPort, '127.0.0.1', () => {
        sockets.add(upstream);
        upstream.on('close', () => sockets.delete(upstream));
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    // Firefox keeps tunnels open: end them, or close() would wait for them forever.
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((done) => server.close(() => done()));
    },
  };
}

/** Waits for `promise` at most `ms` (tear-down must never hang the suite). */
export function bounded(promise: Promise<unknown>, ms: number): Promise<unknown> {
  return Promise.race([promise.catch(() => undefined), sleep(ms)]);
}

export interface FirefoxOptions {
  proxyPort: number;
  profile?: string;
  /** As hardened builds ship (and as headless Firefox is here): MediaPipe then cannot run. */
  webglDisabled?: boolean;
}

export interface LaunchedFirefox {
  browser: Browser;
  profile: string;
  version: string;
}

export async function launchFirefox(options: FirefoxOptions): Promise<LaunchedFirefox> {
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) throw new Error(`No Firefox build at ${FIREFOX_BUILD}: run "npm run build" first.`);
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: apt-get install -y firefox-esr xvfb (or set FIREFOX_PATH).`);
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'kyc-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    // Headless Firefox has no WebGL here; under Xvfb Mesa's software GL gives it WebGL.
    headless: false,
    acceptInsecureCerts: true,
    userDataDir: profile,
    protocolTimeout: 60_000,
    extraPrefsFirefox: {
      'media.navigator.streams.fake': true,
      'media.navigator.permission.disabled': true,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      // A temporary add-on is removed when Firefox quits; its storage stays for the reinstall after a restart.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': options.proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'webgl.disabled': options.webglDisabled === true,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  return { browser, profile, version: await browser.version() };
}

/** The first page whose location matches (BiDi may report about:blank for a moment, so ask the page). */
export async function findPage(browser: Browser, match: RegExp, timeoutMs = 15_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (match.test(href)) return page;
    }
    await sleep(200);
  }
  throw new Error(`no page matching ${match} within ${timeoutMs} ms`);
}

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Polls `read` until `accept` says yes; returns the last value or throws with it. */
export async function waitFor<T>(what: string, read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      last = await read();
      if (accept(last)) return last;
    } catch (error) {
      lastError = error;
    }
    await sleep(150);
  }
  throw new Error(`${what}: still ${JSON.stringify(last)} after ${timeoutMs} ms${lastError ? ` (${String(lastError)})` : ''}`);
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
