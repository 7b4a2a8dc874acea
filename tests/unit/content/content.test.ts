import { describe, expect, it, vi } from 'vitest';
import { attemptsLines, CARD_WIDTH, cardTop, MIN_CARD_WIDTH, slotCard } from '../../../src/content/card';
import { watchSiteCameraPermission } from '../../../src/content/camera-permission';
import { kycLanguage } from '../../../src/content/strings';
import { kycStrings } from '../../../src/background/strings';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings';

const kycText = (locale: 'en' | 'zh-CN') => kycLanguage(kycStrings({ ...DEFAULT_SETTINGS, locale })).t;
import { createThrottle } from '../../../src/content/throttle';
import en from '../../../src/i18n/locales/en/kyc.json';
import zh from '../../../src/i18n/locales/zh-CN/kyc.json';
import { PROMPT_RULES } from '../../../src/kyc/prompts';

describe('strings the card needs exist for every rule, in both languages', () => {
  for (const [name, table] of [['en', en], ['zh-CN', zh]] as const) {
    it(name, () => {
      const keys = table as Record<string, string>;
      for (const rule of PROMPT_RULES) {
        expect(keys[`fix.${rule.id}`], `${name} fix.${rule.id}`).toBeTruthy();
        for (const scenario of rule.scenarios) expect(keys[`scenario.${scenario}`], `${name} scenario.${scenario}`).toBeTruthy();
      }
    });
  }

  it('interpolates and keeps a missing parameter visible', () => {
    // Named by topic, never by a number ("Guide scenario 4" read as "your fourth problem").
    expect(kycText('zh-CN')('scenarioLabel', { number: 1, name: '光线' })).toBe('指南：光线');
    expect(kycText('en')('scenarioLabel', { number: 4 })).toBe('Guide: {name}');
  });
});

describe('createThrottle', () => {
  function clock() {
    let now = 0;
    const queue: Array<{ at: number; run: () => void }> = [];
    return {
      timers: { now: () => now, setTimeout: (run: () => void, ms: number) => queue.push({ at: now + ms, run }) },
      advance(ms: number) {
        now += ms;
        for (const task of queue.filter((t) => t.at <= now)) {
          queue.splice(queue.indexOf(task), 1);
          task.run();
        }
      },
    };
  }

  it('runs once per interval however many changes arrive, and once after the last one', () => {
    const c = clock();
    const run = vi.fn();
    const throttle = createThrottle(run, 250, c.timers);
    for (let i = 0; i < 50; i++) throttle.schedule();
    c.advance(0);
    expect(run).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 50; i++) {
      throttle.schedule();
      c.advance(10);
    }
    // 500 ms of constant changes: at most one run per 250 ms (plus the first).
    expect(run.mock.calls.length).toBeLessThanOrEqual(3);
    c.advance(250);
    expect(run.mock.calls.length).toBeLessThanOrEqual(4);
    const settled = run.mock.calls.length;
    c.advance(10_000);
    expect(run).toHaveBeenCalledTimes(settled);
  });

  it('uses the new interval after setInterval', () => {
    const c = clock();
    const run = vi.fn();
    const throttle = createThrottle(run, 1000, c.timers);
    throttle.schedule();
    c.advance(0);
    throttle.setInterval(100);
    throttle.schedule();
    c.advance(100);
    expect(run).toHaveBeenCalledTimes(2);
  });
});

describe('cardTop: level with the prompt, kept in view and clear of the launcher', () => {
  // A 120-px card in an 800-px viewport: the lowest top is 800 - 120 - 80 (the launcher's strip) = 600.
  const slot = (alignTop: number | null) => ({ left: 648, width: CARD_WIDTH, alignTop });
  it.each([
    ['level with the prompt', 100, 100],
    ['just above the launcher strip', 599, 599],
    ['at the launcher strip', 600, 600],
    ['a prompt near the bottom stays clear of the launcher', 760, 600],
    ['a prompt scrolled above stays in view', -50, 8],
    ['pinned above the launcher without a prompt', null, 600],
  ] as const)('%s', (_label, alignTop, expected) => {
    expect(cardTop(slot(alignTop), 120, 800)).toBe(expected);
  });
});

describe('slotCard: beside FaceTec\'s screen at any window width', () => {
  const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });
  const centred = (width: number, screen = 380) => {
    const left = (width - screen) / 2;
    return box(left, 120, left + screen, 600);
  };
  it('a full card right of the screen when it fits', () => {
    expect(slotCard({ prompt: centred(1280), screen: centred(1280) }, { width: 1280, height: 720 })).toEqual({ left: 838, width: CARD_WIDTH, alignTop: 120 });
  });
  it('at 800 px, narrowed into the side beside the screen, never over it', () => {
    const screen = centred(800);
    const slot = slotCard({ prompt: screen, screen }, { width: 800, height: 720 });
    expect(slot.left).toBeGreaterThanOrEqual(screen.right);
    expect(slot.left + slot.width).toBeLessThanOrEqual(800);
    expect(slot.width).toBeGreaterThanOrEqual(MIN_CARD_WIDTH);
  });
  it('just above the narrowest side that fits: beside; just below it: pinned', () => {
    // Side room = (width - 380) / 2 - 16; MIN_CARD_WIDTH needs width >= 380 + 2 * (MIN_CARD_WIDTH + 16).
    const fits = 380 + 2 * (MIN_CARD_WIDTH + 16);
    expect(slotCard({ prompt: centred(fits), screen: centred(fits) }, { width: fits, height: 720 }).alignTop).toBe(120);
    expect(slotCard({ prompt: centred(fits - 2), screen: centred(fits - 2) }, { width: fits - 2, height: 720 }).alignTop).toBeNull();
  });
});

describe('attemptsLines', () => {
  const t = kycText('en');
  const rule = (id: string) => PROMPT_RULES.find((r) => r.id === id)!;
  const status = { used: 1, left: 4, limit: 5, locked: false };
  it('after a counted screen: what is left after this one, the guide\'s limit marked unofficial', () => {
    expect(attemptsLines(rule('retry-screen'), status, t)).toEqual([
      "4 of 5 attempts left today after this one. Our count; the limit of 5 a day is the guide's unofficial figure.",
    ]);
  });
  it('a limit from the settings is the user\'s own, not the guide\'s', () => {
    expect(attemptsLines(rule('too-dark'), { ...status, limit: 6, left: 5 }, t)).toEqual(['5 of 6 attempts left today. Our count, with the limit from your settings.']);
  });
  it('nothing while locked or unknown', () => {
    expect(attemptsLines(rule('retry-screen'), { ...status, locked: true, left: 0 }, t)).toEqual([]);
    expect(attemptsLines(rule('retry-screen'), null, t)).toEqual([]);
  });
});

describe('watchSiteCameraPermission', () => {
  it('reports the state, then every change, until aborted', async () => {
    const status = new EventTarget() as PermissionStatus & { state: PermissionState };
    Object.defineProperty(status, 'state', { value: 'prompt', writable: true });
    vi.stubGlobal('navigator', { permissions: { query: vi.fn(async () => status) } });
    const reports: string[] = [];
    const abort = new AbortController();
    await watchSiteCameraPermission((r) => reports.push(r.state), abort.signal);
    (status as { state: PermissionState }).state = 'granted';
    status.dispatchEvent(new Event('change'));
    abort.abort();
    (status as { state: PermissionState }).state = 'denied';
    status.dispatchEvent(new Event('change'));
    expect(reports).toEqual(['prompt', 'granted']);
    vi.unstubAllGlobals();
  });

  it("says 'unsupported' where the browser cannot query the camera (Firefox)", async () => {
    vi.stubGlobal('navigator', { permissions: { query: vi.fn(async () => { throw new TypeError('camera'); }) } });
    const reports: string[] = [];
    await watchSiteCameraPermission((r) => reports.push(r.state), new AbortController().signal);
    expect(reports).toEqual(['unsupported']);
    vi.unstubAllGlobals();
  });
});
