// The adapter between the pure lockout transitions and storage: reads, brings up to date, writes.
import { normalise, status } from '../lockout/transitions';
import { policyFromSettings } from '../lockout/policy';
import type { AttemptStatus, LockoutPolicy, LockoutState } from '../lockout/types';
import { lockoutItem, readLockout } from '../storage/lockout';
import { readSettings, type Settings } from '../storage/settings';
import { createSerial } from './serial';

export interface LockoutSnapshot {
  settings: Settings;
  policy: LockoutPolicy;
  state: LockoutState;
  status: AttemptStatus;
}

export interface LockoutStoreHooks {
  /** The stored state changed (or a lock ran out): refresh the badge and alarms. */
  onChanged: (snapshot: LockoutSnapshot) => Promise<void>;
  /** A lock ran out: tell the user (once; the lifted state is written before this runs). */
  onLifted: (snapshot: LockoutSnapshot) => Promise<void>;
}

export type Transition = (state: LockoutState, policy: LockoutPolicy, now: number) => LockoutState;

export function createLockoutStore(now: () => number, hooks: LockoutStoreHooks) {
  const serial = createSerial();

  async function load(transition?: Transition): Promise<LockoutSnapshot> {
    const settings = await readSettings();
    const policy = policyFromSettings(settings);
    const stored = await readLockout();
    const at = now();
    const { state: current, lifted } = normalise(stored, policy, at);
    const next = transition ? transition(current, policy, at) : current;
    const changed = JSON.stringify(next) !== JSON.stringify(stored);
    if (changed) await lockoutItem.setValue(next);
    const snapshot = { settings, policy, state: next, status: status(next, policy, at) };
    if (lifted) await hooks.onLifted(snapshot).catch((e) => console.warn('[kyc-preflight] lift hook failed', e));
    if (changed) await hooks.onChanged(snapshot).catch((e) => console.warn('[kyc-preflight] refresh failed', e));
    return snapshot;
  }

  return {
    /** The current state, brought up to date (a lock that ran out is lifted and written). */
    read: () => serial(() => load()),
    /** Applies one engine transition atomically with respect to other messages. */
    update: (transition: Transition) => serial(() => load(transition)),
  };
}

export type LockoutStore = ReturnType<typeof createLockoutStore>;
