import { LOCK_RULE } from '../figures/facts';
import type { LockoutPolicy } from './types';

const HOUR = 60 * 60 * 1000;

/** The troubleshooting guide's figures: 5 failed face checks in a day lock the account for 24 hours. */
export const DEFAULT_POLICY: LockoutPolicy = { limit: LOCK_RULE.failures, windowMs: LOCK_RULE.hours * HOUR, lockMs: LOCK_RULE.hours * HOUR };

/** Bounds for the settings; outside them a value is a typo, not a policy. */
export const LIMIT_RANGE = { min: 1, max: 20 } as const;
export const LOCK_HOURS_RANGE = { min: 1, max: 168 } as const;

/**
 * The settings change the limit and the lock length only. The counting window stays one day whatever the lock
 * length: the guide's rule is "5 failures in a day", and a lock length typed in the options says how long the
 * site keeps you out, not over what period it counts failures.
 */
export function policyFromSettings(settings: { attemptLimit: number; lockHours: number }): LockoutPolicy {
  const limit = clampInt(settings.attemptLimit, LIMIT_RANGE.min, LIMIT_RANGE.max, DEFAULT_POLICY.limit);
  const hours = clampInt(settings.lockHours, LOCK_HOURS_RANGE.min, LOCK_HOURS_RANGE.max, LOCK_RULE.hours);
  return { limit, windowMs: DEFAULT_POLICY.windowMs, lockMs: hours * HOUR };
}

function clampInt(value: number, min: number, max: number, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.round(value)));
}
