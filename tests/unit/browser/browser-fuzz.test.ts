// assessBrowser is called with whatever a navigator, a stored value or a message carries: it must
// return a well-formed assessment for anything, and never throw. Its last-resort safety net would
// hide a crash as an "unknown browser", so every case below also asserts the net caught nothing:
// the rules themselves must be total (a positive control proves the counter does count).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assessBrowser, browserSafetyNet } from '../../../src/browser/assess';
import type { BrowserInput } from '../../../src/browser/types';
import { en } from '../../../src/i18n/all';

const checks = en.checks as Record<string, string>;

function wellFormed(input: unknown, now?: unknown) {
  const result = assessBrowser(input as BrowserInput, now as Date);
  expect(['pass', 'warn', 'fail']).toContain(result.status);
  expect(result.findings.length).toBeGreaterThan(0);
  expect(Object.keys(checks)).toContain(result.summary.key.slice('checks.'.length));
  // Storable as it is: a JSON round trip gives the same assessment back (no undefined-only fields, no NaN, no functions).
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  return result;
}

// A small deterministic PRNG so a failure is reproducible from its seed.
function random(seed: number) {
  let state = seed >>> 0;
  return () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function garbage(next: () => number, depth = 0): unknown {
  const pick = Math.floor(next() * 10);
  const text = () => Array.from({ length: Math.floor(next() * 300) }, () => String.fromCharCode(Math.floor(next() * 0xffff))).join('');
  switch (pick) {
    case 0: return undefined;
    case 1: return null;
    case 2: return next() * 1e12 - 5e11;
    case 3: return text();
    case 4: return depth < 3 ? Array.from({ length: Math.floor(next() * 5) }, () => garbage(next, depth + 1)) : [];
    case 5: return depth < 3 ? { brand: garbage(next, depth + 1), version: garbage(next, depth + 1) } : {};
    case 6: return next() > 0.5;
    case 7: return NaN;
    case 8: return 'Mozilla/5.0 (' + text() + ') Chrome/' + Math.floor(next() * 1e6) + '.0 Safari/537.36';
    default: return Symbol('x');
  }
}

describe('assessBrowser never throws, and never needs its safety net', () => {
  beforeEach(() => browserSafetyNet.reset());
  afterEach(() => {
    // A caught error is a bug the net merely hid: name it.
    expect(browserSafetyNet.last, 'internal error caught by the safety net').toBeUndefined();
    expect(browserSafetyNet.caught).toBe(0);
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a string', 'Chrome'],
    ['an array', [1, 2, 3]],
    ['an empty object', {}],
    ['a numeric user agent', { userAgent: 12345 }],
    ['an object user agent', { userAgent: { toString: () => { throw new Error('boom'); } } }],
    ['brands not an array', { userAgent: '', brands: 'Google Chrome' }],
    ['brands of garbage', { userAgent: '', brands: [null, 1, 'x', { brand: 5 }, { brand: 'Brave' }, { brand: 'Brave', version: {} }] }],
    ['platform and mobile of the wrong types', { userAgent: 'Mozilla/5.0', platform: 7, mobile: 'yes', platformVersion: [] }],
    ['features of the wrong type', { userAgent: 'Mozilla/5.0', features: 'none' }],
    ['features with non-boolean values', { userAgent: 'Mozilla/5.0', features: { webgl: 0, getUserMedia: null } }],
    ['a 10 KB user agent', { userAgent: 'Mozilla/5.0 '.repeat(900) }],
    ['a 10 KB user agent of one token', { userAgent: 'Chrome/' + '9'.repeat(10_000) }],
    ['a huge version number', { userAgent: 'Mozilla/5.0 (Windows NT 10.0) Chrome/99999999999999999999.0 Safari/537.36' }],
    ['control characters and emoji', { userAgent: '\u0000\u0007\uffff😀 Firefox/\u0000' }],
    ['an accessor that throws', Object.defineProperty({}, 'userAgent', { get: () => { throw new Error('boom'); } })],
  ])('%s', (_label, input) => {
    wellFormed(input);
  });

  it('accepts an invalid or missing clock', () => {
    const ua = { userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/100.0.0.0 Safari/537.36' };
    expect(wellFormed(ua, new Date('garbage')).behind).toBeUndefined();
    expect(wellFormed(ua, 'tomorrow').behind).toBeUndefined();
    // A clock set before the first known release says nothing about freshness rather than guess.
    expect(wellFormed(ua, new Date('2001-01-01')).behind).toBeUndefined();
  });

  it('keeps a 10 KB user agent fast', () => {
    const started = performance.now();
    wellFormed({ userAgent: 'a'.repeat(10_240) });
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('survives 1000 random inputs', () => {
    const next = random(20261127);
    let assessed = 0;
    for (let i = 0; i < 1000; i += 1) {
      const input = next() < 0.2 ? garbage(next) : { userAgent: garbage(next), brands: garbage(next), platform: garbage(next), mobile: garbage(next), fullVersionList: garbage(next), platformVersion: garbage(next), features: garbage(next) };
      wellFormed(input);
      assessed += 1;
    }
    expect(assessed).toBe(1000);
  });
});

describe('the safety net counter (positive control)', () => {
  beforeEach(() => browserSafetyNet.reset());

  it('counts an exception thrown inside the rules, and still returns a well-formed warning', () => {
    // A "Date" whose clock throws reaches the release-schedule estimate and throws there.
    const hostileClock = Object.create(Date.prototype, { getTime: { value: () => { throw new Error('clock exploded'); } } }) as Date;
    const ua = { userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36' };
    const result = wellFormed(ua, hostileClock);
    expect(result).toMatchObject({ status: 'warn', family: 'unknown', findings: [{ code: 'unknown' }] });
    expect(browserSafetyNet.caught).toBe(1);
    expect(String(browserSafetyNet.last)).toContain('clock exploded');
    wellFormed(ua, hostileClock);
    expect(browserSafetyNet.caught).toBe(2);
    browserSafetyNet.reset();
    expect(browserSafetyNet.caught).toBe(0);
    wellFormed(ua, new Date(2026, 10, 30));
    expect(browserSafetyNet.caught).toBe(0);
  });
});
