import { describe, expect, it } from 'vitest';
import { assessBrowser } from '../../../src/checks/browser';
import { browserCheck } from '../../../src/checks/browser-check';
import { cameraErrorCheck } from '../../../src/checks/camera-errors';
import { networkCheck } from '../../../src/checks/network';
import { cameraPermissionCheck } from '../../../src/checks/permission';
import { browserRepairActions, osRepairActions } from '../../../src/checks/repair';
import { periodOf, timingCheck } from '../../../src/checks/timing';
import { en, zhCN } from '../../../src/i18n/catalog';
import type { Message } from '../../../src/i18n/translate';
import type { CheckResult, RepairAction } from '../../../src/report/types';

const SITE = 'https%3A%2F%2Fwww.binance.com';
const urls = (actions: RepairAction[]) => actions.map((action) => (action.kind === 'open-url' ? action.url : action.title.key));

describe('permission repair shortcuts', () => {
  it.each([
    ['chrome', 'Windows', [`chrome://settings/content/siteDetails?site=${SITE}`, 'chrome://settings/content/camera']],
    ['edge', 'Windows', [`edge://settings/content/siteDetails?site=${SITE}`, 'edge://settings/content/camera']],
    ['brave', 'macOS', [`brave://settings/content/siteDetails?site=${SITE}`, 'brave://settings/content/camera']],
    ['opera', 'Windows', [`opera://settings/content/siteDetails?site=${SITE}`, 'opera://settings/content/camera']],
    ['vivaldi', 'Linux', [`vivaldi://settings/content/siteDetails?site=${SITE}`, 'vivaldi://settings/content/camera']],
    ['chromium-other', 'Linux', [`chrome://settings/content/siteDetails?site=${SITE}`, 'chrome://settings/content/camera']],
    ['firefox', 'Windows', ['checks.steps.firefox.title']],
    ['firefox', 'Android', ['checks.steps.androidSite.title']],
    ['safari', 'macOS', ['checks.steps.safari.title']],
    ['safari', 'iOS', ['checks.steps.iosSite.title']],
    ['chrome', 'iOS', ['checks.steps.iosSite.title']],
    ['chrome', 'Android', ['checks.steps.androidSite.title']],
    ['samsung', 'Android', ['checks.steps.androidSite.title']],
    ['unknown', undefined, ['checks.steps.genericSite.title']],
  ] as const)('%s on %s', (family, os, expected) => {
    expect(urls(browserRepairActions({ family, os }))).toEqual(expected);
  });

  it('opens the extension origin too when given', () => {
    const actions = browserRepairActions({ family: 'chrome', os: 'Windows' }, ['chrome-extension://abc', 'https://www.binance.com']);
    expect(urls(actions)[0]).toBe('chrome://settings/content/siteDetails?site=chrome-extension%3A%2F%2Fabc');
  });

  it.each([
    ['Windows', ['ms-settings:privacy-webcam', 'checks.steps.windows.title']],
    ['macOS', ['checks.steps.macos.title']],
    ['iOS', ['checks.steps.ios.title']],
    ['Android', ['checks.steps.android.title']],
    ['Linux', []],
    [undefined, []],
  ] as const)('OS camera privacy on %s', (os, expected) => {
    expect(urls(osRepairActions(os))).toEqual(expected);
  });
});

describe('camera-permission', () => {
  const at = Date.UTC(2026, 10, 27);
  it.each([
    [{ extension: 'granted', site: { state: 'granted', at } }, 'pass', 'checks.permission.granted'],
    [{ extension: 'granted', site: { state: 'prompt', at } }, 'pass', 'checks.permission.grantedSiteWillAsk'],
    [{ extension: 'granted' }, 'pass', 'checks.permission.grantedSiteUnknown'],
    [{ extension: 'prompt' }, 'pass', 'checks.permission.willAsk'],
    [{ extension: 'denied' }, 'fail', 'checks.permission.extensionDenied'],
    [{ extension: 'granted', site: { state: 'denied', at } }, 'fail', 'checks.permission.siteDenied'],
    [{ extension: 'unsupported' }, 'skip', 'checks.permission.unknown'],
    [{ extension: 'unsupported', site: { state: 'denied', at } }, 'fail', 'checks.permission.siteDenied'],
  ] as const)('%j → %s', (input, status, key) => {
    const check = cameraPermissionCheck({ family: 'chrome', os: 'Windows', ...input });
    expect(check).toMatchObject({ id: 'camera-permission', status, scenario: 4, summary: { key } });
    expect(check.measured).toMatchObject({ extension: input.extension, site: 'site' in input ? input.site.state : 'unknown' });
  });

  it('repairs binance.com in the detected browser', () => {
    const check = cameraPermissionCheck({ family: 'edge', os: 'Windows', extension: 'granted', site: { state: 'denied', at } });
    expect(check.actions?.[0]).toEqual({ kind: 'open-url', url: `edge://settings/content/siteDetails?site=${SITE}`, label: { key: 'checks.action.siteSettings', params: { site: 'www.binance.com' } } });
  });
});

describe('network (an estimate, never a request)', () => {
  it.each([
    [{ online: false }, 'fail', 'checks.network.offline'],
    [{ online: true, effectiveType: 'slow-2g', downlink: 0.05, rtt: 2000 }, 'fail', 'checks.network.verySlow'],
    [{ online: true, effectiveType: '2g' }, 'fail', 'checks.network.verySlow'],
    [{ online: true, effectiveType: '3g', downlink: 1.5, rtt: 300 }, 'warn', 'checks.network.slow'],
    [{ online: true, effectiveType: '4g', downlink: 2.5, rtt: 100 }, 'warn', 'checks.network.slow'],
    [{ online: true, effectiveType: '4g', downlink: 10, rtt: 450 }, 'warn', 'checks.network.slow'],
    [{ online: true, effectiveType: '4g', downlink: 10, rtt: 50, saveData: true }, 'warn', 'checks.network.saveData'],
    [{ online: true, effectiveType: '4g', downlink: 10, rtt: 50 }, 'pass', 'checks.network.ok'],
    [{ online: true }, 'pass', 'checks.network.onlineUnknownSpeed'],
    [{}, 'pass', 'checks.network.onlineUnknownSpeed'],
    [{ online: true, downlink: NaN, rtt: -1 }, 'pass', 'checks.network.onlineUnknownSpeed'],
  ] as const)('%j → %s', (input, status, key) => {
    const check = networkCheck(input);
    expect(check).toMatchObject({ id: 'network', status, scenario: 6, summary: { key } });
    expect(check.measured?.estimate).toBe(true);
  });

  it('says how long 5 MB would take at the estimated speed', () => {
    expect(networkCheck({ online: true, downlink: 2, rtt: 100 }).summary.params).toMatchObject({ seconds: 20 });
  });
});

describe('timing (never a failure)', () => {
  const at = (hour: number) => new Date(2026, 10, 27, hour, 30);
  it.each([
    [3, 'warn', 'checks.timing.lateNight', 73],
    [23, 'warn', 'checks.timing.lateNight', 73],
    [7, 'pass', 'checks.timing.daytime', 91],
    [10, 'pass', 'checks.timing.best', 91],
    [15, 'pass', 'checks.timing.best', 91],
    [16, 'pass', 'checks.timing.daytime', 91],
    [19, 'pass', 'checks.timing.evening', 87],
  ] as const)('%i:30 → %s', (hour, status, key, rate) => {
    expect(timingCheck(at(hour))).toMatchObject({ id: 'timing', status, summary: { key }, measured: { hour, passRate: rate } });
  });

  it('never fails at any hour, and skips without a clock', () => {
    for (let hour = 0; hour < 24; hour += 1) expect(timingCheck(at(hour)).status).not.toBe('fail');
    expect(periodOf(22)).toBe('late-night');
    expect(timingCheck(new Date('nope')).status).toBe('skip');
  });
});

describe('every message a check can produce exists in both languages', () => {
  const messages = (check: CheckResult): Message[] => [
    check.summary,
    ...(check.fix ? [check.fix] : []),
    ...(check.actions ?? []).flatMap((action) => (action.kind === 'open-url' ? [action.label] : [action.title, ...action.steps])),
  ];
  const checks: CheckResult[] = [
    ...['NotAllowedError', 'NotFoundError', 'NotReadableError', 'OverconstrainedError', 'AbortError', 'SecurityError', 'TypeError', 'NoFramesError', 'TimeoutError', 'X'].flatMap((name) =>
      ['Windows', 'macOS', 'iOS', 'Android', 'Linux'].map((os) => cameraErrorCheck(Object.assign(new Error(), { name }), { family: 'firefox', os, permission: 'granted' })),
    ),
    ...(['chrome', 'firefox', 'safari', 'unknown'] as const).flatMap((family) =>
      ['Windows', 'macOS', 'iOS', 'Android', undefined].flatMap((os) => [
        cameraErrorCheck(Object.assign(new Error(), { name: 'NotAllowedError' }), { family, os }),
        cameraPermissionCheck({ family, os, extension: 'denied' }),
      ]),
    ),
    ...['', 'Mozilla/5.0 (Windows NT 10.0; Trident/7.0; rv:11.0) like Gecko', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15'].map((userAgent) =>
      browserCheck(assessBrowser({ userAgent, features: { webgl: false, secureContext: false, getUserMedia: false, webAssembly: false, wasmSimd: false } })),
    ),
  ];
  it('resolves every key and fills every placeholder', () => {
    for (const message of checks.flatMap(messages)) {
      const name = message.key.replace(/^checks\./, '');
      for (const catalog of [en.checks, zhCN.checks] as Record<string, string>[]) {
        const template = catalog[name];
        expect(template, message.key).toBeTypeOf('string');
        for (const [, placeholder] of template!.matchAll(/\{(\w+)\}/g)) expect(message.params, `${message.key} {${placeholder}}`).toHaveProperty(placeholder!);
      }
    }
  });
});
