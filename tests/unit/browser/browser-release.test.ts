// Browsers judged as they are: Firefox ESR is current while supported, Safari ships one major a
// year (so "behind" counts releases, not numbers), iOS below 14.1 fails as FaceTec's own list says.
// Each boundary is tested just either side, with dates read from the one table.
import { describe, expect, it } from 'vitest';
import { assessBrowser } from '../../../src/browser/assess';
import { browserCheck } from '../../../src/checks/environment/browser';
import { FIREFOX_ESR, SAFARI_RELEASES, SCHEDULES, isCurrentFirefoxEsr, safariMajorsBehind } from '../../../src/browser/release-schedule';

const DAY = 86_400_000;
const at = (date: string, shiftDays = 0) => new Date(Date.parse(`${date}T00:00:00Z`) + shiftDays * DAY + DAY / 2);
const firefox = (major: number) => ({ userAgent: `Mozilla/5.0 (X11; Linux x86_64; rv:${major}.0) Gecko/20100101 Firefox/${major}.0` });
const safariMac = (version: string) => ({ userAgent: `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${version} Safari/605.1.15` });
const iphone = (ios: string, version = ios.replace('_', '.')) => ({
  userAgent: `Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${version} Mobile/15E148 Safari/604.1`,
});
const TODAY = new Date('2026-11-30T12:00:00Z');

it('every release fact in the table says where it comes from, and its date is a real date', () => {
  const rows = [...SCHEDULES.chromium, ...SCHEDULES.firefox, ...SAFARI_RELEASES, ...FIREFOX_ESR];
  for (const row of rows) {
    expect(row.source.length).toBeGreaterThan(10);
    for (const date of Object.values(row).filter((value) => typeof value === 'string' && /^\d{4}-/.test(value))) {
      expect(Number.isFinite(Date.parse(date as string))).toBe(true);
    }
  }
});

describe('Firefox ESR', () => {
  it('every ESR row is a dated window: released before its end of life', () => {
    for (const esr of FIREFOX_ESR) expect(Date.parse(esr.released)).toBeLessThan(Date.parse(esr.endOfLife));
    expect(FIREFOX_ESR.map((esr) => esr.major)).toEqual([115, 128, 140, 153]);
  });

  it.each(FIREFOX_ESR.map((esr) => [esr.major, esr] as const))('ESR %i is current from its release to its end of life, not a day longer', (major, esr) => {
    expect(isCurrentFirefoxEsr(major, at(esr.released, -1))).toBe(false);
    expect(isCurrentFirefoxEsr(major, at(esr.released))).toBe(true);
    expect(isCurrentFirefoxEsr(major, at(esr.endOfLife, -1))).toBe(true);
    expect(isCurrentFirefoxEsr(major, at(esr.endOfLife))).toBe(false);
    // Only the ESR major itself: the rapid-release major next to it is judged by the calendar.
    expect(isCurrentFirefoxEsr(major + 1, at(esr.released, 30))).toBe(false);
  });

  it('Firefox ESR 153 today passes as current (the rapid train is at 161)', () => {
    const result = assessBrowser(firefox(153), TODAY);
    expect(result.status).toBe('pass');
    expect(result.behind).toBe(0);
    expect(result.findings.map((f) => f.code)).not.toContain('outdated');
  });

  it('Firefox 158 today (3 behind) passes as a few versions old, and the report row says so', () => {
    const result = assessBrowser(firefox(158), TODAY);
    expect(result).toMatchObject({ status: 'pass', behind: 3 });
    expect(browserCheck(result)).toMatchObject({ status: 'pass', summary: { key: 'checks.browser.fewVersionsOld' } });
    expect(browserCheck(assessBrowser(firefox(159), TODAY)).summary.key).not.toBe('checks.browser.fewVersionsOld');
  });

  it('Firefox 152 (not an ESR) today is outdated', () => {
    const result = assessBrowser(firefox(152), TODAY);
    expect(result.status).toBe('warn');
    expect(result.findings[0]).toMatchObject({ code: 'outdated', cause: 'outdated' });
    expect(browserCheck(result)).toMatchObject({ status: 'warn', cause: 'outdated' });
  });

  it('Firefox 140 ESR passes the day before its end of life and is outdated on it', () => {
    const eol = FIREFOX_ESR.find((esr) => esr.major === 140)!.endOfLife;
    expect(assessBrowser(firefox(140), at(eol, -1)).status).toBe('pass');
    const after = assessBrowser(firefox(140), at(eol));
    expect(after.status).toBe('warn');
    expect(after.findings[0]!.code).toBe('outdated');
  });

  it('Firefox 128 ESR was current in 2025 and is outdated in 2026', () => {
    expect(assessBrowser(firefox(128), new Date('2025-03-01T12:00:00Z')).status).toBe('pass');
    expect(assessBrowser(firefox(128), TODAY).status).toBe('warn');
  });
});

describe('Safari: one major a year', () => {
  it('the table is in release order, a year apart', () => {
    for (let i = 1; i < SAFARI_RELEASES.length; i++) {
      const gap = (Date.parse(SAFARI_RELEASES[i]!.date) - Date.parse(SAFARI_RELEASES[i - 1]!.date)) / DAY;
      expect(gap).toBeGreaterThan(350);
      expect(gap).toBeLessThan(380);
      expect(SAFARI_RELEASES[i]!.major).toBeGreaterThan(SAFARI_RELEASES[i - 1]!.major);
    }
  });

  it('counts releases, not numbers: 18 → 26 is one step', () => {
    expect(safariMajorsBehind(18, TODAY)).toEqual({ behind: 2, latest: 27 });
    expect(safariMajorsBehind(26, TODAY)).toEqual({ behind: 1, latest: 27 });
    expect(safariMajorsBehind(27, TODAY)).toEqual({ behind: 0, latest: 27 });
    expect(safariMajorsBehind(28, TODAY)).toEqual({ behind: 0, latest: 27 });
    expect(safariMajorsBehind(17, new Date('nonsense'))).toBeUndefined();
  });

  it('two majors behind passes, three warns (today: 27 is current)', () => {
    expect(assessBrowser(safariMac('18.6'), TODAY)).toMatchObject({ status: 'pass', behind: 2 });
    const old = assessBrowser(safariMac('17.6'), TODAY);
    expect(old).toMatchObject({ status: 'warn', behind: 3, cause: 'outdated' });
    expect(old.findings[0]!.code).toBe('outdated');
  });

  it('the boundary moves on the day the next major ships', () => {
    const safari27 = SAFARI_RELEASES.find((release) => release.major === 27)!.date;
    expect(assessBrowser(safariMac('17.6'), at(safari27, -1)).status).toBe('pass');
    expect(assessBrowser(safariMac('17.6'), at(safari27)).status).toBe('warn');
  });

  it('Safari 14 in 2026 is six years old: outdated, not failing', () => {
    expect(assessBrowser(safariMac('14.1'), TODAY)).toMatchObject({ status: 'warn', behind: 6 });
    expect(assessBrowser(safariMac('13.1'), TODAY).status).toBe('fail');
  });
});

describe('iOS: FaceTec needs 14.1', () => {
  // Judged in 2021, when 14 was current, so only the minimum decides.
  const IN_2021 = new Date('2021-06-01T12:00:00Z');
  it.each([
    ['13_7', 'fail'],
    ['14_0', 'fail'],
    ['14_0_1', 'fail'],
    ['14_1', 'pass'],
    ['14_2', 'pass'],
  ] as const)('iOS %s → %s', (ios, status) => {
    const result = assessBrowser(iphone(ios), IN_2021);
    expect(result.status).toBe(status);
    if (status === 'fail') {
      expect(result.cause).toBe('unsupported');
      expect(result.findings[0]!.code).toBe('safari-old');
    }
  });

  it('Chrome on iOS 14.0 fails too: it runs Safari\'s engine', () => {
    const ua = 'Mozilla/5.0 (iPhone; CPU iPhone OS 14_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/87.0.4280.77 Mobile/15E148 Safari/604.1';
    expect(assessBrowser({ userAgent: ua }, IN_2021).status).toBe('fail');
  });

  it('Safari 26 on iOS (UA frozen at OS 18_6) is judged by its own version', () => {
    expect(assessBrowser(iphone('18_6', '26.0'), TODAY)).toMatchObject({ status: 'pass', behind: 1 });
  });
});

describe('what the browser row says without WebGL or Web Workers', () => {
  const chrome = { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/158.0.0.0 Safari/537.36' };
  it('no WebGL: still a supported browser, the verdict line first, WebGL said after it', () => {
    const result = assessBrowser({ ...chrome, features: { webgl: false, workers: true } }, TODAY);
    expect(result.status).toBe('pass');
    expect(result.summary.key).toBe('checks.browser.recommended');
    expect(result.findings.map((f) => f.code)).toContain('no-webgl');
    expect(browserCheck(result).cause).toBeUndefined();
  });

  it('no Web Workers: fails, cause unsupported', () => {
    const result = assessBrowser({ ...chrome, features: { workers: false } }, TODAY);
    expect(result).toMatchObject({ status: 'fail', cause: 'unsupported' });
    expect(browserCheck(result)).toMatchObject({ status: 'fail', cause: 'unsupported' });
  });
});
