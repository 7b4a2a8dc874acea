// Pure state transitions of the attempt budget. Every function takes the clock as an argument,
// so tests run on a fake clock and the background only adapts storage around them.
import type { AttemptEntry, AttemptSource, AttemptStatus, LockoutPolicy, LockoutState, ScreenOrigin } from './types';

/**
 * Another frame of the same tab reporting a failure this soon after one was counted is the same
 * screen seen twice (a page may mirror FaceTec's text in its own frame), not a new scan: a new scan
 * takes longer than this (get ready, press, scan, upload). This is the background's half of "one
 * attempt"; the content script's half (which screen fails, when a showing is new) is in
 * src/content/state.ts.
 */
export const CROSS_FRAME_MS = 3_000;
/** A bound on stored entries, so hostile input cannot grow storage without limit. */
export const MAX_ENTRIES = 100;

export const EMPTY_STATE: LockoutState = { attempts: [] };

export interface Normalised {
  state: LockoutState;
  /** True when a lock present in the input has run out by `now` (the moment to notify). */
  lifted: boolean;
}

export function unlockAt(state: LockoutState, policy: LockoutPolicy): number | undefined {
  return state.lock ? state.lock.at + policy.lockMs : undefined;
}

/**
 * Brings a state up to `now`: lifts an expired lock (the next window starts empty), drops
 * attempts that left the window, starts a lock when the budget is spent, and pulls times from
 * the future back to `now` (a clock moved backwards must not lengthen a lock).
 */
export function normalise(input: LockoutState, policy: LockoutPolicy, now: number): Normalised {
  let attempts = input.attempts
    .map((a) => (a.at > now ? { ...a, at: now } : a))
    .sort((a, b) => a.at - b.at)
    .slice(-MAX_ENTRIES);
  let lock = input.lock ? { ...input.lock, at: Math.min(input.lock.at, now) } : undefined;
  let lifted = false;
  // Each pass either lifts a lock or starts one from older attempts: a handful of passes at most.
  for (let pass = 0; pass <= MAX_ENTRIES; pass++) {
    if (lock && now >= lock.at + policy.lockMs) {
      const end = lock.at + policy.lockMs;
      attempts = attempts.filter((a) => a.at >= end);
      lock = undefined;
      lifted = true;
      continue;
    }
    if (lock) break;
    attempts = attempts.filter((a) => a.at > now - policy.windowMs);
    const reaching = attempts[policy.limit - 1];
    if (!reaching) break;
    lock = { at: reaching.at, reason: 'attempts' };
  }
  return { state: lock ? { attempts, lock } : { attempts }, lifted };
}

export function status(input: LockoutState, policy: LockoutPolicy, now: number): AttemptStatus {
  const { state } = normalise(input, policy, now);
  const used = state.lock ? Math.min(state.attempts.length, policy.limit) : state.attempts.length;
  const oldest = state.attempts[0];
  return {
    used,
    left: state.lock ? 0 : Math.max(0, policy.limit - used),
    limit: policy.limit,
    locked: Boolean(state.lock),
    ...(state.lock ? { unlockAt: unlockAt(state, policy), lockReason: state.lock.reason } : {}),
    ...(oldest && !state.lock ? { windowEndsAt: oldest.at + policy.windowMs } : {}),
  };
}

/** True when `seen` is a showing already counted: the same one again, or the same tab's other frame just now. */
export function sameShowing(entry: AttemptEntry, seen: ScreenOrigin, now: number): boolean {
  const other = entry.seen;
  if (!other || other.tab !== seen.tab) return false;
  if (other.frame === seen.frame) return other.showing === seen.showing;
  return now - entry.at < CROSS_FRAME_MS;
}

/**
 * A failed attempt. Ignored while locked (the site accepts none) and when it repeats a showing
 * already counted (`seen`: the content script's showing, merged across the tab's frames). One
 * without a showing (logged by hand) always counts. A showing id is what lets a retry screen that
 * comes back after a quick new scan count again, however soon.
 */
export function recordFailure(
  input: LockoutState,
  policy: LockoutPolicy,
  now: number,
  source: AttemptSource,
  ruleId?: string,
  seen?: ScreenOrigin,
): LockoutState {
  const { state } = normalise(input, policy, now);
  if (state.lock) return state;
  if (seen && state.attempts.some((a) => sameShowing(a, seen, now))) return state;
  const entry: AttemptEntry = { at: now, source, ...(ruleId === undefined ? {} : { ruleId }), ...(seen ? { seen } : {}) };
  return normalise({ ...state, attempts: [...state.attempts, entry] }, policy, now).state;
}

/** The site said "too many attempts": lock at once, whatever the count. An existing lock stands. */
export function recordSiteLockout(input: LockoutState, policy: LockoutPolicy, now: number): LockoutState {
  const { state } = normalise(input, policy, now);
  if (state.lock) return state;
  return { ...state, lock: { at: now, reason: 'site' } };
}

/**
 * Removes the latest attempt (a wrong manual log, a misread screen). A lock the budget started
 * goes with it; a lock the site announced stays.
 */
export function undoLast(input: LockoutState, policy: LockoutPolicy, now: number): LockoutState {
  const { state } = normalise(input, policy, now);
  if (state.attempts.length === 0) return state;
  const attempts = state.attempts.slice(0, -1);
  const lock = state.lock?.reason === 'site' ? state.lock : undefined;
  return normalise(lock ? { attempts, lock } : { attempts }, policy, now).state;
}
