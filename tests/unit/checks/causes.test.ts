// A cause for every non-pass: every warn, fail or skip row an environment check can produce carries
// a cause its module lists, its text comes from that module's table (the one lookup, causeText in
// src/checks/registry.ts), and that text exists in both languages with every placeholder filled.
import { describe, expect, it } from 'vitest';
import { CAUSES, CHECK_IDS, causeText, moduleOf, type CheckResult } from '../../../src/checks/registry';
import { assessBrowser } from '../../../src/browser/assess';
import type { BrowserInput } from '../../../src/browser/types';
import { browserCheck } from '../../../src/checks/environment/browser';
import { cameraErrorCheck } from '../../../src/checks/camera/camera-device';
import { cameraLostCheck, cameraNotAnsweredCheck, deliveredCameraCheck } from '../../../src/checks/camera/camera-device';
import { isWordedFinding } from '../../../src/browser/finding-text';
import { causeEntry } from '../../../src/checks/define';
import { networkCheck } from '../../../src/checks/environment/network';
import { cameraPermissionCheck, type CameraAttempt, type SiteCameraPermission } from '../../../src/checks/environment/camera-permission';
import type { OwnCameraPermission } from '../../../src/checks/permission';
import { timingCheck } from '../../../src/checks/environment/timing';
import { catalogs } from '../../../src/i18n/all';
import { createTranslator, type Message } from '../../../src/i18n/translate';
import { FACT_PARAMS } from '../../../src/figures/facts';
import { SKIP_CAUSES } from '../../../src/checks/row';

const NOW = new Date(2026, 10, 30, 12, 0);
const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36';

/** User agents and features that reach every browser finding (named in the comment). */
const BROWSERS: BrowserInput[] = [
  { userAgent: 'Mozilla/5.0 (Windows NT 10.0; Trident/7.0; rv:11.0) like Gecko' }, // ie
  { userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041' }, // edge-legacy
  { userAgent: 'Mozilla/5.0 (Linux; U; Android 10; en-US; SM-A505F) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/78.0.3904.108 UCBrowser/13.4.0.1306 Mobile Safari/537.36' }, // china-browser
  { userAgent: '' }, // unknown
  { userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.44(0x18002c2f) NetType/WIFI Language/en' }, // in-app
  { userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:80.0) Gecko/20100101 Firefox/80.0' }, // firefox-old
  { userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.2 Safari/605.1.15' }, // safari-old
  { userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 13_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.2 Mobile/15E148 Safari/604.1' }, // safari-old (iOS)
  { userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 14_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 CriOS/87.0.4280.77 Mobile/15E148 Safari/604.1' }, // safari-old (iOS 14.0 < 14.1)
  { userAgent: CHROME.replace('{v}', '120') }, // outdated
  ...(['secureContext', 'getUserMedia', 'webAssembly', 'wasmSimd', 'workers'] as const).map((feature) => ({
    userAgent: CHROME.replace('{v}', '158'),
    features: { [feature]: false },
  })), // no-<feature>
];

const ERRORS = ['NotAllowedError', 'PermissionDeniedError', 'NotFoundError', 'NotReadableError', 'OverconstrainedError', 'AbortError', 'SecurityError', 'TypeError', 'NoFramesError', 'TimeoutError', 'SomethingNew'];
const FAMILIES = [['chrome', 'Windows'], ['edge', 'macOS'], ['firefox', 'Linux'], ['safari', 'iOS'], ['samsung', 'Android'], ['unknown', undefined]] as const;
const EXTENSION: OwnCameraPermission[] = ['granted', 'prompt', 'denied', 'unsupported'];
const SITE: (SiteCameraPermission | undefined)[] = ['granted', 'prompt', 'denied', 'unsupported', undefined];
const ATTEMPTS: (CameraAttempt | undefined)[] = [undefined, 'opened', 'permission-browser', 'permission-os', 'no-camera', 'busy', 'timeout', 'no-frames'];

/** Every row the environment checks can produce, over their whole input space as the rules see it. */
function environmentRows(): CheckResult[] {
  const rows: CheckResult[] = [];
  for (const input of BROWSERS) rows.push(browserCheck(assessBrowser(input, NOW)));
  for (const name of ERRORS) {
    for (const [family, os] of FAMILIES) {
      for (const permission of EXTENSION) {
        const error = Object.assign(new Error(name === 'NotAllowedError' ? 'Permission denied by system' : ''), { name });
        rows.push(cameraErrorCheck(error, { family, os, permission, extensionOrigin: 'chrome-extension://abc' }));
        rows.push(cameraErrorCheck(Object.assign(new Error(), { name }), { family, os, permission }));
      }
    }
  }
  for (const label of ['OBS Virtual Camera', 'Integrated IR Camera', 'Old Webcam', 'Webcam']) {
    for (const [width, height] of [[320, 240], [640, 480]]) {
      for (const measuredFps of [5, 30, undefined]) rows.push(deliveredCameraCheck({ label, width, height, measuredFps }));
    }
  }
  rows.push(cameraLostCheck(), cameraNotAnsweredCheck());
  for (const extension of EXTENSION) {
    for (const site of SITE) {
      for (const camera of ATTEMPTS) {
        for (const [family, os] of FAMILIES) {
          rows.push(cameraPermissionCheck({ family, os, extension, camera, extensionOrigin: 'chrome-extension://abc', ...(site ? { site: { state: site, at: 1 } } : {}) }));
        }
      }
    }
  }
  for (const online of [true, false, undefined]) {
    for (const effectiveType of ['slow-2g', '2g', '3g', '4g', undefined]) {
      for (const downlink of [0.05, 1.5, 10, undefined]) rows.push(networkCheck({ online, effectiveType, downlink, rtt: 100, saveData: true }));
    }
  }
  for (let hour = 0; hour < 24; hour += 1) rows.push(timingCheck(new Date(2026, 10, 30, hour, 30)));
  rows.push(timingCheck(new Date('not a date')));
  return rows;
}

function messagesOf(check: CheckResult): Message[] {
  return [
    check.summary,
    ...(check.fix ? [check.fix] : []),
    ...(check.actions ?? []).flatMap((action) => (action.kind === 'open-url' ? [action.label] : [action.title, ...action.steps])),
  ];
}

function template(locale: keyof typeof catalogs, key: string): string | undefined {
  const dot = key.indexOf('.');
  return (catalogs[locale] as Record<string, Record<string, string>>)[key.slice(0, dot)]?.[key.slice(dot + 1)];
}

const vocabularyOf = (id: string): readonly string[] => [...((CAUSES as Record<string, readonly string[]>)[id] ?? []), ...SKIP_CAUSES];

describe('a cause for every non-pass environment row', () => {
  const rows = environmentRows();
  const nonPass = rows.filter((row) => row.status !== 'pass');

  it('covers every environment check and every status', () => {
    expect(new Set(nonPass.map((row) => row.id))).toEqual(new Set(['browser', 'camera-device', 'camera-permission', 'network', 'timing']));
    expect(new Set(nonPass.map((row) => row.status))).toEqual(new Set(['warn', 'fail', 'skip']));
  });

  it('every warn, fail and skip row has a cause from its check\'s vocabulary, and a pass row has none', () => {
    for (const row of rows) {
      if (row.status === 'pass') {
        expect(row.cause, `${row.id} pass`).toBeUndefined();
        continue;
      }
      expect(row.cause, `${row.id} ${row.status} ${row.summary.key}`).toBeDefined();
      expect(vocabularyOf(row.id), `${row.id}: ${row.cause}`).toContain(row.cause);
      // Skips carry a skip cause; warns and fails a finding cause.
      expect((SKIP_CAUSES as readonly string[]).includes(row.cause!), `${row.id} ${row.status} ${row.cause}`).toBe(row.status === 'skip');
    }
  });

  it('its summary and fix are the cause table\'s, from the row\'s own measurements', () => {
    for (const row of nonPass) {
      expect(causeEntry(moduleOf(row.id)!, row.cause!), `${row.id}/${row.cause}`).toBeDefined();
      const fromTable = causeText(row.id, row.cause!, row.measured ?? {});
      expect({ summary: row.summary, fix: row.fix }, `${row.id}/${row.cause}`).toEqual({ summary: fromTable.summary, fix: fromTable.fix });
    }
  });

  it('reaches every environment cause of the vocabulary', () => {
    const reached = new Set(nonPass.map((row) => `${row.id}/${row.cause}`));
    for (const id of ['browser', 'camera-device', 'camera-permission', 'network', 'timing'] as const) {
      // No WebGL no longer makes the browser row fail: the face rows skip with cause no-webgl instead.
      for (const cause of CAUSES[id]) if (`${id}/${cause}` !== 'browser/no-webgl') expect(reached, `${id}/${cause}`).toContain(`${id}/${cause}`);
    }
  });

  it('every message resolves in English and Chinese with every placeholder filled', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const t = createTranslator(locale, FACT_PARAMS);
      for (const message of nonPass.flatMap(messagesOf)) {
        expect(template(locale, message.key), `${locale} ${message.key}`).toBeTypeOf('string');
        // Rendered by the real translator (which may fill shared figures itself): nothing left as {name}.
        expect(t(message), `${locale} ${message.key}`).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('the browser row says what the browser badge says (one text, two places)', () => {
    for (const input of BROWSERS) {
      const assessment = assessBrowser(input, NOW);
      const row = browserCheck(assessment);
      expect(row.status).not.toBe('pass');
      expect({ summary: row.summary, fix: row.fix }, input.userAgent).toEqual({ summary: assessment.summary, fix: assessment.fix });
    }
  });
});

describe('browser findings and their causes', () => {
  // The rules (src/browser/assess.ts, features.ts) name each finding's cause; the row carries that cause.
  it.each([
    ['ie', 'unsupported'], ['edge-legacy', 'unsupported'], ['china-browser', 'unsupported'], ['unknown', 'unsupported'],
    ['no-secureContext', 'unsupported'], ['no-getUserMedia', 'unsupported'], ['no-webAssembly', 'unsupported'],
    ['no-wasmSimd', 'unsupported'], ['no-workers', 'unsupported'], ['in-app', 'in-app'], ['firefox-old', 'unsupported'],
    ['safari-old', 'unsupported'], ['outdated', 'outdated'],
  ])('%s → %s, worded by the table', (code, cause) => {
    const assessments = BROWSERS.map((input) => assessBrowser(input, NOW)).filter((a) => a.findings[0]?.code === code);
    expect(assessments.length, code).toBeGreaterThan(0);
    for (const assessment of assessments) {
      const row = browserCheck(assessment);
      expect(row.cause).toBe(cause);
      expect(row.cause).toBe(assessment.cause);
      expect(isWordedFinding(code), code).toBe(true);
    }
  });

  it('no WebGL is information on the browser row (the face rows skip for it), never a browser failure', () => {
    const row = browserCheck(assessBrowser({ userAgent: CHROME.replace('{v}', '158'), features: { webgl: false } }, NOW));
    expect(row.status).toBe('pass');
    expect(row.cause).toBeUndefined();
  });

  it('a finding the table does not know yet still gets a cause, and keeps its own sentence', () => {
    const message = { key: 'checks.browser.noWebgl' } as const;
    const base = assessBrowser({ userAgent: CHROME.replace('{v}', '158') }, NOW);
    const row = browserCheck({ ...base, status: 'warn', summary: message, findings: [{ code: 'brand-new-rule', severity: 'warn', message }] });
    expect(row).toMatchObject({ cause: 'unsupported', summary: message });
  });
});

describe('the cause table', () => {
  it('gives every check a text for the shared skips (no camera, model failed, internal error)', () => {
    for (const id of CHECK_IDS) {
      for (const cause of ['no-camera', 'model-failed', 'internal-error'] as const) {
        expect(causeEntry(moduleOf(id)!, cause), `${id}/${cause}`).toBeDefined();
        const { summary } = causeText(id, cause);
        expect(template('en', summary.key), `${id}/${cause}`).toBeTypeOf('string');
      }
    }
  });

  it('falls back to an honest "could not run" rather than a blank when an entry is missing', () => {
    expect(causeEntry(moduleOf('network')!, 'busy')).toBeUndefined();
    expect(causeText('network', 'busy').summary).toEqual({ key: 'checks.internalError' });
  });

  it('picks the precise sentence within a cause from the measurement that names it', () => {
    expect(causeText('camera-device', 'blocked', { failure: 'permission-os', error: 'NotAllowedError' }).summary).toEqual({ key: 'checks.camera.permission-os', params: { error: 'NotAllowedError' } });
    expect(causeText('camera-device', 'blocked', { failure: 'insecure', error: 'SecurityError' }).fix).toEqual({ key: 'checks.camera.insecureFix' });
    expect(causeText('browser', 'outdated', { finding: 'safari-old', os: 'iOS', osVersion: '13.7' }).summary).toEqual({ key: 'checks.browser.iosOld', params: { version: '13.7' } });
    expect(causeText('browser', 'outdated', { browser: 'Chrome', latestMajorEstimate: 160, majorsBehind: 5 }).summary).toEqual({ key: 'checks.browser.outdated', params: { browser: 'Chrome', behind: 5, latest: 160, major: 155 } });
  });
});
