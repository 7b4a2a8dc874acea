/** What every context may know about the attempt budget (computed by the background). */
export interface AttemptStatus {
  /** Failed attempts counted in the current window. */
  used: number;
  /** Attempts left before the lock (0 while locked). */
  left: number;
  limit: number;
  locked: boolean;
  /** Epoch ms when the lock lifts; present only while locked. */
  unlockAt?: number;
  /** Why the lock started: the budget ran out, or the site said so. Present only while locked. */
  lockReason?: LockReason;
  /** Epoch ms of the oldest counted attempt; it stops counting at `windowEndsAt`. */
  windowEndsAt?: number;
}

/** The rule the site is believed to apply. Public figures are unofficial, so all of it is a setting. */
export interface LockoutPolicy {
  /** Failed attempts allowed in a window; the limit-th one starts the lock. */
  limit: number;
  /** How long a failed attempt counts, in ms. */
  windowMs: number;
  /** How long a lock lasts, in ms. */
  lockMs: number;
}

export type AttemptSource = 'page' | 'manual';
export type LockReason = 'attempts' | 'site';

export interface AttemptEntry {
  /** Epoch ms, from the background's clock (never the page's). */
  at: number;
  source: AttemptSource;
  /** The content script's rule id, for recognised screens. */
  ruleId?: string;
  /** Where a recognised screen was seen: one showing of it counts once, however many frames report it. */
  seen?: ScreenOrigin;
}

/** A screen showing as the background knows it: the tab and frame (from the browser) and the frame's showing id. */
export interface ScreenOrigin {
  tab: number;
  frame: number;
  showing: string;
}

/**
 * Stored lockout state. The unlock time is derived (`lock.at + policy.lockMs`) rather than
 * stored, so a changed lock length applies to a running lock too.
 */
export interface LockoutState {
  attempts: AttemptEntry[];
  lock?: { at: number; reason: LockReason };
}
