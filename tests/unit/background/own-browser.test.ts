// The worker's look at its own browser, end to end inside the background: a stubbed worker
// navigator → assessOwnBrowser (real detection, release calendar and storage) → refresh() → the
// toolbar badge on fakeBrowser. Worker scope is modelled as it is: no `document`, so camera and
// WebGL are not measurable and must not count as missing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BADGE_RED } from '../../../src/background/badge-view';
import { assessOwnBrowser } from '../../../src/background/own-browser';
import { estimateStableMajor } from '../../../src/browser/release-schedule';
import { createTranslator } from '../../../src/i18n/translate';
import { FACT_PARAMS } from '../../../src/figures/facts';
import { browserAssessmentItem, readBrowserAssessment } from '../../../src/storage/environment';
import { CONTENT, HOUR, setup, T0 } from './harness';

const en = createTranslator('en', FACT_PARAMS);
/** fakeBrowser hands badge colours back as Chrome does: [r, g, b, a]. */
const rgba = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).concat(255);
const RED = rgba(BADGE_RED);
const CURRENT = estimateStableMajor('chromium', new Date(T0))!;

/** What Chrome's WorkerNavigator exposes: UA string plus low- and high-entropy client hints. */
function chromeWorker(major: number) {
  const brands = [
    { brand: 'Chromium', version: `${major}` },
    { brand: 'Google Chrome', version: `${major}` },
    { brand: 'Not.A/Brand', version: '99' },
  ];
  const full = brands.map((entry) => ({ ...entry, version: `${entry.version}.0.6422.60` }));
  return {
    userAgent: `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${major}.0.0.0 Safari/537.36`,
    userAgentData: { brands, mobile: false, platform: 'Windows', getHighEntropyValues: async () => ({ fullVersionList: full, platformVersion: '15.0.0' }) },
  };
}

/** Internet Explorer 11 has no client hints at all. */
const IE11 = { userAgent: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko' };

let h: ReturnType<typeof setup>;
beforeEach(() => {
  h = setup();
  vi.stubGlobal('isSecureContext', true); // a service worker always runs in a secure context
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => vi.unstubAllGlobals());

async function assessAs(nav: object, now = h.clock.now) {
  vi.stubGlobal('navigator', nav);
  const assessment = await assessOwnBrowser(now);
  await h.bg.refresh();
  return { assessment, stored: await readBrowserAssessment(), badge: await h.badge() };
}

describe('assessOwnBrowser → badge', () => {
  it('a current Chrome passes, is stored with its time, and leaves the badge empty', async () => {
    const { assessment, stored, badge } = await assessAs(chromeWorker(CURRENT));
    expect(assessment).toMatchObject({ status: 'pass', family: 'chrome', browser: { major: CURRENT }, behind: 0 });
    // Not measurable in a worker is not missing: no camera/WebGL finding turns a good browser red.
    expect(assessment!.findings.some((finding) => finding.code.startsWith('no-'))).toBe(false);
    expect(stored).toEqual({ at: T0, assessment });
    expect(badge.text).toBe('');
    expect(badge.title).toContain(en('background.titleIdle', { left: 5, limit: 5 }));
  });

  it('a Chrome a few versions old passes, with the advice to update, and no badge: nothing blocks the check', async () => {
    const few = await assessAs(chromeWorker(CURRENT - 3));
    expect(few.assessment).toMatchObject({ status: 'pass', behind: 3, latestMajor: CURRENT });
    expect(few.assessment!.advice?.message.key).toBe('checks.browser.fewVersionsOld');
    expect(few.assessment!.advice?.fix.key).toBe('checks.browser.updateFix');
    expect(few.badge.text).toBe('');
    const two = await assessAs(chromeWorker(CURRENT - 2));
    expect(two.assessment).toMatchObject({ status: 'pass', behind: 2 });
    expect(two.assessment!.advice).toBeUndefined();
    const five = await assessAs(chromeWorker(CURRENT - 5));
    expect(five.assessment).toMatchObject({ status: 'pass', behind: 5 });
  });

  it('six versions behind warns in the popup and the report, still without a toolbar badge', async () => {
    const { assessment, badge } = await assessAs(chromeWorker(CURRENT - 6));
    expect(assessment).toMatchObject({ status: 'warn', behind: 6, latestMajor: CURRENT });
    expect(assessment!.summary.key).toBe('checks.browser.outdated');
    expect(badge.text).toBe('');
  });

  it('judges freshness by the clock it is given: the same Chrome two years later is outdated', async () => {
    const later = T0 + 2 * 365 * 24 * HOUR;
    const { assessment, stored, badge } = await assessAs(chromeWorker(CURRENT), later);
    expect(assessment).toMatchObject({ status: 'warn', latestMajor: estimateStableMajor('chromium', new Date(later)) });
    expect(stored?.at).toBe(later);
    expect(badge.text).toBe('');
  });

  it('an unsupported browser (IE 11) fails: red "!" with the fail tooltip', async () => {
    const { assessment, badge } = await assessAs(IE11);
    expect(assessment).toMatchObject({ status: 'fail', family: 'ie' });
    expect(badge).toMatchObject({ text: '!', color: RED });
    expect(assessment!.browser.version).toMatch(/^11\b/);
    expect(badge.title).toContain(en('background.titleBrowserFail', { browser: `IE ${assessment!.browser.version}` }));
  });

  it('a lock outranks the browser "!", which comes back when the lock ends', async () => {
    await assessAs(IE11);
    await h.send('bg:kyc-event', { ruleId: 'too-many', kind: 'lockout', at: T0 }, CONTENT);
    const locked = await h.badge();
    expect(locked).toMatchObject({ text: '24h', color: RED });
    expect(locked.title).not.toContain('IE 11');

    h.clock.now = T0 + 24 * HOUR;
    await h.bg.refresh();
    expect(await h.badge()).toMatchObject({ text: '!', color: RED, title: expect.stringContaining('IE 11') });
  });

  it('a storage failure returns null and leaves the badge alone instead of throwing', async () => {
    vi.spyOn(browserAssessmentItem, 'setValue').mockRejectedValue(new Error('quota'));
    const { assessment, stored, badge } = await assessAs(IE11);
    expect(assessment).toBeNull();
    expect(stored).toBeNull();
    expect(badge.text).toBe('');
  });
});
