// Thousands of random messages and random storage contents through the real router and handlers:
// the worker must never throw anything but a refusal, and what it stores must stay valid.
import * as v from 'valibot';
import { beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RejectedMessage } from '../../../src/background/router';
import { MESSAGE_RULES } from '../../../src/messaging/schemas';
import { LockoutStateSchema } from '../../../src/storage/lockout';
import { SettingsSchema } from '../../../src/storage/settings';
import { CONTENT, HOUR, PAGE, setup } from './harness';

/** Seeded, so a failure replays (mulberry32). */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = [...Object.keys(MESSAGE_RULES), 'bg:other', '', 'constructor', '__proto__', 42];
const SENDERS = [
  PAGE,
  CONTENT,
  { ...CONTENT, url: 'https://evil.example/' },
  { id: 'x', url: PAGE.url },
  undefined,
  null,
  {},
];

function randomValue(r: () => number, depth = 0): unknown {
  const pick = Math.floor(r() * 12);
  switch (pick) {
    case 0: return undefined;
    case 1: return null;
    case 2: return r() < 0.5;
    case 3: return Math.floor(r() * 20) - 2;
    case 4: return [Number.NaN, Number.POSITIVE_INFINITY, -1, 1e308, Date.now()][Math.floor(r() * 5)];
    case 5: return ['', 'failed', 'lockout', 'granted', 'auto', 'zh-CN', 'x'.repeat(300), 'rule-1'][Math.floor(r() * 8)];
    case 6: return { ruleId: `rule-${Math.floor(r() * 3)}`, kind: r() < 0.7 ? 'failed' : 'lockout', at: Date.now() };
    case 7: return { state: ['granted', 'denied', 'prompt', 'bad'][Math.floor(r() * 4)], at: r() * 1e13 };
    case 8: return { locale: 'en', attemptLimit: Math.floor(r() * 25), lockHours: Math.floor(r() * 200), notifications: r() < 0.5 };
    case 9: return { id: `r${Math.floor(r() * 5)}`, createdAt: Date.now(), verdict: 'ready', source: 'page', checks: [{ id: 'lighting', status: 'pass' }] };
    case 10: return depth > 2 ? {} : Array.from({ length: Math.floor(r() * 4) }, () => randomValue(r, depth + 1));
    default:
      return depth > 2 ? {} : Object.fromEntries(Array.from({ length: Math.floor(r() * 4) }, (_, i) => [['attempts', 'lock', 'at', 'x'][i] ?? 'k', randomValue(r, depth + 1)]));
  }
}

const KEYS = ['settings', 'lockout', 'reportHistory', 'browserAssessment', 'siteCameraPermission', 'returnTab'];
const EXPECTED_ERRORS = new Set(['message refused', 'not a report']);

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

it('survives 3000 random messages and storage corruptions with valid state throughout', async () => {
  const h = setup();
  const r = rng(20261127);
  let refusals = 0;
  let lockedSeen = 0;
  for (let step = 0; step < 3000; step++) {
    h.clock.now += Math.floor(r() * HOUR / 4);
    if (r() < 0.1) {
      await fakeBrowser.storage.local.set({ [KEYS[Math.floor(r() * KEYS.length)]!]: randomValue(r) });
    }
    // Half the traffic is plausible failures, so locks start and lift; the rest is noise.
    const plausible = r() < 0.5;
    const type = plausible ? 'bg:kyc-event' : TYPES[Math.floor(r() * TYPES.length)];
    const sender = plausible ? CONTENT : SENDERS[Math.floor(r() * SENDERS.length)];
    const data = plausible ? { ruleId: `rule-${Math.floor(r() * 50)}`, kind: r() < 0.95 ? 'failed' : 'lockout', at: h.clock.now, showing: `s-${step}` } : randomValue(r);
    try {
      await h.bg.router.route(type, data, sender);
    } catch (error) {
      // Refusals are the only acceptable failures: any other error is a crash in a handler.
      expect(error).toBeInstanceOf(Error);
      expect(EXPECTED_ERRORS.has((error as Error).message), String(error)).toBe(true);
      if (error instanceof RejectedMessage) refusals++;
    }
    if (step % 10 === 0 || step === 2999) {
      const status = await h.bg.router.route('bg:get-attempts', undefined, PAGE) as { used: number; left: number; limit: number; locked: boolean; unlockAt?: number };
      expect(status.used).toBeGreaterThanOrEqual(0);
      expect(status.used).toBeLessThanOrEqual(status.limit);
      expect(status.locked ? status.left : status.limit - status.used).toBe(status.left);
      if (status.locked) lockedSeen++;
      if (status.locked) expect(status.unlockAt! - h.clock.now).toBeLessThanOrEqual(168 * HOUR);
      const stored = await fakeBrowser.storage.local.get(['lockout', 'settings']);
      expect(v.is(LockoutStateSchema, stored.lockout ?? { attempts: [] })).toBe(true);
      await h.bg.refresh();
    }
  }
  // The run exercised both paths: refusals and accepted messages that changed state.
  expect(refusals).toBeGreaterThan(500);
  expect(lockedSeen).toBeGreaterThan(0);
  const settings = await h.bg.router.route('bg:export', undefined, PAGE) as { settings: unknown };
  expect(v.is(SettingsSchema, settings.settings)).toBe(true);
}, 60_000);
