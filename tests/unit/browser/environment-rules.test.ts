import { describe, expect, it } from 'vitest';
import { assessBrowser } from '../../../src/browser/assess';
import { browserCheck } from '../../../src/checks/environment/browser';
import { cameraFailureOf } from '../../../src/checks/camera-errors';
import { cameraErrorCheck } from '../../../src/checks/camera/camera-device';
import { networkCheck } from '../../../src/checks/environment/network';
import { cameraPermissionCheck } from '../../../src/checks/environment/camera-permission';
import { browserRepairActions, osRepairActions } from '../../../src/checks/repair';
import { en, zhCN } from '../../../src/i18n/all';
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

describe('camera-permission: one truth about the camera', () => {
  const at = Date.UTC(2026, 10, 27);
  // extension = the extension's own permission queried after the camera attempt; camera = how that attempt ended.
  it.each([
    [{ extension: 'granted', site: { state: 'granted', at }, camera: 'opened' }, 'pass', undefined, 'checks.permission.granted'],
    [{ extension: 'granted', site: { state: 'prompt', at }, camera: 'opened' }, 'pass', undefined, 'checks.permission.grantedSiteWillAsk'],
    [{ extension: 'granted' }, 'pass', undefined, 'checks.permission.grantedSiteUnknown'],
    // A camera that opened proves the grant even when an earlier query said "prompt".
    [{ extension: 'prompt', camera: 'opened' }, 'pass', undefined, 'checks.permission.grantedSiteUnknown'],
    [{ extension: 'prompt' }, 'warn', 'not-asked', 'checks.permission.notAsked'],
    [{ extension: 'prompt', camera: 'no-camera' }, 'warn', 'not-asked', 'checks.permission.notAsked'],
    [{ extension: 'prompt', camera: 'timeout' }, 'warn', 'not-asked', 'checks.permission.notAsked'],
    [{ extension: 'denied' }, 'fail', 'blocked-extension', 'checks.permission.extensionDenied'],
    [{ extension: 'denied', camera: 'permission-browser' }, 'fail', 'blocked-extension', 'checks.permission.extensionDenied'],
    // Dismissed prompts leave the state at "prompt", but getUserMedia refused: blocked for the extension.
    [{ extension: 'prompt', camera: 'permission-browser' }, 'fail', 'blocked-extension', 'checks.permission.extensionDenied'],
    [{ extension: 'granted', camera: 'permission-os' }, 'fail', 'blocked-os', 'checks.permission.osBlocked'],
    [{ extension: 'prompt', camera: 'permission-os' }, 'fail', 'blocked-os', 'checks.permission.osBlocked'],
    [{ extension: 'granted', site: { state: 'denied', at } }, 'fail', 'blocked-site', 'checks.permission.siteDenied'],
    [{ extension: 'granted', site: { state: 'denied', at }, camera: 'opened' }, 'fail', 'blocked-site', 'checks.permission.siteDenied'],
    [{ extension: 'denied', site: { state: 'denied', at } }, 'fail', 'blocked-extension', 'checks.permission.extensionDenied'],
    [{ extension: 'unsupported' }, 'skip', 'not-judgeable', 'checks.permission.unknown'],
    [{ extension: 'unsupported', camera: 'opened' }, 'pass', undefined, 'checks.permission.grantedSiteUnknown'],
    [{ extension: 'unsupported', site: { state: 'denied', at } }, 'fail', 'blocked-site', 'checks.permission.siteDenied'],
  ] as const)('%j → %s %s', (input, status, cause, key) => {
    const check = cameraPermissionCheck({ family: 'chrome', os: 'Windows', ...input });
    expect(check).toMatchObject({ id: 'camera-permission', status, summary: { key } });
    expect(check.cause).toBe(cause);
    expect(check.measured).toMatchObject({ extension: input.extension, site: 'site' in input ? input.site.state : 'unknown' });
  });

  const ORIGIN = 'chrome-extension://abcdefghijklmnop';
  const firstUrl = (check: CheckResult) => urls(check.actions ?? [])[0];

  it("a blocked extension opens the extension's own camera setting first, in every Chromium browser", () => {
    for (const [family, scheme] of [['chrome', 'chrome'], ['edge', 'edge'], ['brave', 'brave']] as const) {
      const check = cameraPermissionCheck({ family, os: 'Windows', extension: 'denied', extensionOrigin: ORIGIN });
      expect(check.actions?.[0]).toEqual({ kind: 'open-url', url: `${scheme}://settings/content/siteDetails?site=chrome-extension%3A%2F%2Fabcdefghijklmnop`, label: { key: 'checks.action.extensionSettings' } });
      expect(urls(check.actions ?? [])).not.toContain(`${scheme}://settings/content/siteDetails?site=${SITE}`);
    }
    // Firefox cannot be sent to its settings: steps that name the moz-extension entry.
    expect(firstUrl(cameraPermissionCheck({ family: 'firefox', os: 'Windows', extension: 'denied', extensionOrigin: 'moz-extension://x' }))).toBe('checks.steps.firefoxExtension.title');
    // Both blocked: the extension first, then binance.com.
    const both = cameraPermissionCheck({ family: 'chrome', os: 'Windows', extension: 'denied', extensionOrigin: ORIGIN, site: { state: 'denied', at } });
    expect(urls(both.actions!)).toEqual([
      'chrome://settings/content/siteDetails?site=chrome-extension%3A%2F%2Fabcdefghijklmnop',
      'chrome://settings/content/camera',
      `chrome://settings/content/siteDetails?site=${SITE}`,
    ]);
  });

  it("a blocked binance.com opens binance.com's site settings; an OS block gives the OS steps; never asked offers nothing to click", () => {
    const site = cameraPermissionCheck({ family: 'edge', os: 'Windows', extension: 'granted', extensionOrigin: ORIGIN, site: { state: 'denied', at } });
    expect(site.actions?.[0]).toEqual({ kind: 'open-url', url: `edge://settings/content/siteDetails?site=${SITE}`, label: { key: 'checks.action.siteSettings', params: { site: 'www.binance.com' } } });
    expect(firstUrl(cameraPermissionCheck({ family: 'chrome', os: 'Windows', extension: 'granted', camera: 'permission-os' }))).toBe('ms-settings:privacy-webcam');
    expect(firstUrl(cameraPermissionCheck({ family: 'chrome', os: 'macOS', extension: 'granted', camera: 'permission-os' }))).toBe('checks.steps.macos.title');
    expect(cameraPermissionCheck({ family: 'chrome', os: 'Windows', extension: 'prompt', camera: 'no-camera' }).actions).toBeUndefined();
  });

  // The two rows never contradict: whenever getUserMedia refuses the camera, camera-device fails
  // "blocked" and camera-permission fails too (extension or OS), with the same first action.
  it.each(['NotAllowedError', 'PermissionDeniedError'])('camera-device and camera-permission agree on %s', (name) => {
    for (const [extension, message] of [['prompt', ''], ['denied', ''], ['granted', ''], ['prompt', 'Permission denied by system']] as const) {
      for (const [family, os] of [['chrome', 'Windows'], ['edge', 'macOS'], ['firefox', 'Windows'], ['safari', 'macOS'], ['chrome', 'Linux']] as const) {
        const error = Object.assign(new Error(message), { name });
        const device = cameraErrorCheck(error, { family, os, permission: extension, extensionOrigin: ORIGIN });
        const camera = cameraFailureOf(error, extension);
        const permission = cameraPermissionCheck({ family, os, extension, extensionOrigin: ORIGIN, camera });
        const where = `${family}/${os}/${extension}/${message}`;
        expect(device, where).toMatchObject({ status: 'fail', cause: 'blocked' });
        expect(permission.status, where).toBe('fail');
        expect(permission.cause, where).toBe(camera === 'permission-os' ? 'blocked-os' : 'blocked-extension');
        expect(permission.actions?.[0], where).toEqual(device.actions?.[0]);
      }
    }
  });
});

describe('network (an estimate, never a request)', () => {
  it.each([
    [{ online: false }, 'fail', 'offline', 'checks.network.offline'],
    [{ online: false, effectiveType: '4g', downlink: 10 }, 'fail', 'offline', 'checks.network.offline'],
    [{ online: true, effectiveType: 'slow-2g', downlink: 0.05, rtt: 2000 }, 'warn', 'slow', 'checks.network.verySlow'],
    [{ online: true, effectiveType: '2g' }, 'warn', 'slow', 'checks.network.verySlow'],
    // Just above 2G, and every estimate that used to warn: information, never a lower verdict.
    [{ online: true, effectiveType: '3g', downlink: 0.4, rtt: 500 }, 'pass', undefined, 'checks.network.ok'],
    [{ online: true, effectiveType: '4g', downlink: 1.55, rtt: 100 }, 'pass', undefined, 'checks.network.ok'],
    [{ online: true, effectiveType: '4g', downlink: 10, rtt: 450 }, 'pass', undefined, 'checks.network.ok'],
    [{ online: true, effectiveType: '4g', downlink: 10, rtt: 50, saveData: true }, 'pass', undefined, 'checks.network.ok'],
    [{ online: true, effectiveType: '4g', downlink: 10, rtt: 50 }, 'pass', undefined, 'checks.network.ok'],
    [{ online: true, effectiveType: '2G' }, 'pass', undefined, 'checks.network.ok'],
    [{ online: true }, 'pass', undefined, 'checks.network.onlineUnknownSpeed'],
    [{}, 'pass', undefined, 'checks.network.onlineUnknownSpeed'],
    [{ online: true, downlink: NaN, rtt: -1 }, 'pass', undefined, 'checks.network.onlineUnknownSpeed'],
  ] as const)('%j → %s %s', (input, status, cause, key) => {
    const check = networkCheck(input);
    expect(check).toMatchObject({ id: 'network', status, summary: { key } });
    expect(check.cause).toBe(cause);
    expect(check.measured?.estimate).toBe(true);
  });

  it('shows the estimate itself as information', () => {
    const check = networkCheck({ online: true, effectiveType: '4g', downlink: 1.55, rtt: 100, saveData: true });
    expect(check.summary.params).toMatchObject({ downlink: 1.55, rtt: 100 });
    expect(check.measured).toMatchObject({ downlinkMbps: 1.55, rttMs: 100, effectiveType: '4g', saveData: true });
    expect(networkCheck({ online: true, effectiveType: '2g' }).summary.params).toEqual({ type: '2g' });
  });

  it('never lowers the verdict for any downlink or round trip while online and faster than 2G', () => {
    for (const effectiveType of ['3g', '4g', undefined]) {
      for (const downlink of [0, 0.1, 1, 4.9, 5, 10]) {
        for (const rtt of [0, 100, 399, 400, 3000]) expect(networkCheck({ online: true, effectiveType, downlink, rtt }).status).toBe('pass');
      }
    }
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
