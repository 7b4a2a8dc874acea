import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { EMPTY_STATE, MAX_ENTRIES } from '../lockout/transitions';
import type { LockoutState } from '../lockout/types';
import { epochMs, readValidated } from './validated';

/**
 * The attempt log and the lock live in one item: every change touches both, and one write keeps
 * them consistent if the worker is stopped half way.
 */
export const LockoutStateSchema = v.object({
  attempts: v.pipe(
    v.array(
      v.object({
        at: epochMs,
        source: v.picklist(['page', 'manual']),
        ruleId: v.optional(v.pipe(v.string(), v.maxLength(100))),
        seen: v.optional(
          v.object({
            tab: v.pipe(v.number(), v.integer()),
            frame: v.pipe(v.number(), v.integer()),
            showing: v.pipe(v.string(), v.maxLength(100)),
          }),
        ),
      }),
    ),
    v.maxLength(MAX_ENTRIES),
  ),
  lock: v.optional(v.object({ at: epochMs, reason: v.picklist(['attempts', 'site']) })),
});

export const lockoutItem = storage.defineItem<LockoutState>('local:lockout', {
  fallback: EMPTY_STATE,
  version: 1,
});

export function readLockout(): Promise<LockoutState> {
  return readValidated(lockoutItem, LockoutStateSchema, EMPTY_STATE);
}
