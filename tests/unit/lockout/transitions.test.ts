import { describe, expect, it } from 'vitest';
import {
  CROSS_FRAME_MS,
  EMPTY_STATE,
  normalise,
  recordFailure,
  recordSiteLockout,
  status,
  undoLast,
} from '../../../src/lockout/transitions';
import { DEFAULT_POLICY, policyFromSettings } from '../../../src/lockout/policy';
import type { LockoutPolicy, LockoutState } from '../../../src/lockout/types';

const MIN = 60_000;
const HOUR = 60 * MIN;
const T0 = Date.UTC(2026, 10, 27, 9, 0, 0);

/** Failures one minute apart on a fake clock; returns the state and the clock after the last. */
function fail(times: number, policy: LockoutPolicy = DEFAULT_POLICY, start = EMPTY_STATE, at = T0) {
  let state: LockoutState = start;
  let now = at;
  for (let i = 0; i < times; i++) {
    now = at + i * MIN;
    state = recordFailure(state, policy, now, 'page', `rule-${i}`);
  }
  return { state, now };
}

describe('attempt budget on a fake clock', () => {
  it('counts 4 failures and leaves 1 attempt', () => {
    const { state, now } = fail(4);
    expect(status(state, DEFAULT_POLICY, now)).toMatchObject({ used: 4, left: 1, limit: 5, locked: false });
  });

  it('locks for exactly 24 h on the 5th failure', () => {
    const { state, now } = fail(5);
    const s = status(state, DEFAULT_POLICY, now);
    expect(s).toMatchObject({ used: 5, left: 0, locked: true, lockReason: 'attempts' });
    expect(s.unlockAt).toBe(now + 24 * HOUR);
  });

  it('lifts at exactly the unlock time, not a millisecond before, and starts a fresh budget', () => {
    const { state, now } = fail(5);
    const unlockAt = now + 24 * HOUR;
    expect(status(state, DEFAULT_POLICY, unlockAt - 1).locked).toBe(true);
    expect(status(state, DEFAULT_POLICY, unlockAt)).toMatchObject({ locked: false, used: 0, left: 5 });
    const lifted = normalise(state, DEFAULT_POLICY, unlockAt);
    expect(lifted.lifted).toBe(true);
    expect(normalise(lifted.state, DEFAULT_POLICY, unlockAt + 1).lifted).toBe(false);
  });

  it('restores an attempt when the last one is undone before the 5th', () => {
    const { state, now } = fail(4);
    const undone = undoLast(state, DEFAULT_POLICY, now + MIN);
    expect(status(undone, DEFAULT_POLICY, now + MIN)).toMatchObject({ used: 3, left: 2 });
    // ...so the next failure is the 4th again, not the locking 5th.
    const again = recordFailure(undone, DEFAULT_POLICY, now + 2 * MIN, 'manual');
    expect(status(again, DEFAULT_POLICY, now + 2 * MIN)).toMatchObject({ used: 4, locked: false });
  });

  it('undoing the locking failure lifts a budget lock, but not a lock the site announced', () => {
    const { state, now } = fail(5);
    expect(status(undoLast(state, DEFAULT_POLICY, now), DEFAULT_POLICY, now)).toMatchObject({ locked: false, used: 4 });
    const site = recordSiteLockout(fail(2).state, DEFAULT_POLICY, now);
    expect(status(undoLast(site, DEFAULT_POLICY, now), DEFAULT_POLICY, now)).toMatchObject({ locked: true, used: 1 });
  });

  it('locks at once on the site lockout message, whatever the count', () => {
    const s = status(recordSiteLockout(EMPTY_STATE, DEFAULT_POLICY, T0), DEFAULT_POLICY, T0);
    expect(s).toMatchObject({ locked: true, lockReason: 'site', unlockAt: T0 + 24 * HOUR, left: 0 });
  });

  it('keeps an existing lock when the site repeats the lockout screen', () => {
    const locked = recordSiteLockout(EMPTY_STATE, DEFAULT_POLICY, T0);
    const again = recordSiteLockout(locked, DEFAULT_POLICY, T0 + HOUR);
    expect(status(again, DEFAULT_POLICY, T0 + HOUR).unlockAt).toBe(T0 + 24 * HOUR);
  });

  it('ignores failures while locked', () => {
    const { state, now } = fail(5);
    const more = recordFailure(state, DEFAULT_POLICY, now + HOUR, 'manual');
    expect(more).toEqual(state);
  });

  it('a failure without a showing (logged by hand) counts every time, however soon', () => {
    const once = recordFailure(EMPTY_STATE, DEFAULT_POLICY, T0, 'manual');
    const twice = recordFailure(once, DEFAULT_POLICY, T0, 'manual');
    expect(status(twice, DEFAULT_POLICY, T0).used).toBe(2);
  });

  it('forgets failures older than the 24 h window', () => {
    const { state } = fail(3);
    // Each failure counts for exactly 24 h from when it happened.
    expect(status(state, DEFAULT_POLICY, T0 + 24 * HOUR - 1).used).toBe(3);
    expect(status(state, DEFAULT_POLICY, T0 + 24 * HOUR)).toMatchObject({ used: 2, windowEndsAt: T0 + MIN + 24 * HOUR });
    expect(status(state, DEFAULT_POLICY, T0 + 24 * HOUR + 2 * MIN).used).toBe(0);
  });

  it('applies a changed policy: a lower limit locks sooner, a shorter lock lifts sooner', () => {
    const strict = policyFromSettings({ attemptLimit: 3, lockHours: 2 });
    const { state, now } = fail(3, strict);
    expect(status(state, strict, now)).toMatchObject({ locked: true, unlockAt: now + 2 * HOUR, limit: 3 });
    // Changing the lock length during a lock moves the unlock time (it is derived, not stored).
    const longer = policyFromSettings({ attemptLimit: 3, lockHours: 48 });
    expect(status(state, longer, now).unlockAt).toBe(now + 48 * HOUR);
    // Lowering the limit below the failures already logged starts the lock from the one that reached it.
    const { state: four } = fail(4);
    const two = policyFromSettings({ attemptLimit: 2, lockHours: 24 });
    expect(status(four, two, T0 + 10 * MIN)).toMatchObject({ locked: true, unlockAt: T0 + MIN + 24 * HOUR });
  });

  it('pulls times from the future back to now, so a clock set back cannot lengthen a lock', () => {
    const future: LockoutState = { attempts: [], lock: { at: T0 + 100 * HOUR, reason: 'site' } };
    expect(status(future, DEFAULT_POLICY, T0).unlockAt).toBe(T0 + 24 * HOUR);
  });
});

describe('policyFromSettings', () => {
  it.each([
    [{ attemptLimit: 5, lockHours: 24 }, { limit: 5, lockMs: 24 * HOUR }],
    [{ attemptLimit: 0, lockHours: 0 }, { limit: 1, lockMs: HOUR }],
    [{ attemptLimit: 999, lockHours: 9999 }, { limit: 20, lockMs: 168 * HOUR }],
    [{ attemptLimit: Number.NaN, lockHours: Number.POSITIVE_INFINITY }, { limit: 5, lockMs: 24 * HOUR }],
  ])('%j → %j', (settings, expected) => {
    expect(policyFromSettings(settings)).toMatchObject(expected);
  });

  it.each([1, 2, 23, 24, 25, 48, 168])('the counting window stays 24 h with a %i h lock', (lockHours) => {
    const policy = policyFromSettings({ attemptLimit: 5, lockHours });
    expect(policy.windowMs).toBe(24 * HOUR);
    expect(policy.lockMs).toBe(lockHours * HOUR);
  });
});

describe('showings: one per tab, across frames', () => {
  const seen = (frame: number, showing: string, tab = 7) => ({ tab, frame, showing });
  const record = (state: LockoutState, at: number, origin: ReturnType<typeof seen>) =>
    recordFailure(state, DEFAULT_POLICY, at, 'page', 'retry-screen', origin);

  it('the same showing reported again counts once, however late', () => {
    let state = record(EMPTY_STATE, T0, seen(0, 'a-1'));
    state = record(state, T0 + HOUR, seen(0, 'a-1'));
    expect(state.attempts).toHaveLength(1);
  });

  it('a new showing of the same rule in the same frame counts again, however soon', () => {
    let state = record(EMPTY_STATE, T0, seen(0, 'a-1'));
    state = record(state, T0 + 1, seen(0, 'a-2'));
    expect(state.attempts).toHaveLength(2);
  });

  it('another frame of the same tab just after is the same screen; just past CROSS_FRAME_MS it is a new one', () => {
    const first = record(EMPTY_STATE, T0, seen(0, 'a-1'));
    expect(record(first, T0 + CROSS_FRAME_MS - 1, seen(3, 'b-1')).attempts).toHaveLength(1);
    expect(record(first, T0 + CROSS_FRAME_MS, seen(3, 'b-1')).attempts).toHaveLength(2);
  });

  it('another tab is another screen, at once', () => {
    const first = record(EMPTY_STATE, T0, seen(0, 'a-1'));
    expect(record(first, T0, seen(0, 'a-1', 8)).attempts).toHaveLength(2);
  });

});
