import { storage } from 'wxt/utils/storage';

/**
 * Keys earlier builds wrote and nothing reads any more. `local:returnTab` held the binance.com tab a
 * pre-flight was opened from; the tab travels in the pre-flight page's URL (`?returnTab=`), so the
 * stored copy was written and never read.
 */
export const RETIRED_KEYS = ['local:returnTab'] as const;

/** Deletes the retired keys and their WXT metadata. Safe to run on every start: removing nothing is a no-op. */
export async function removeRetiredItems(): Promise<void> {
  await Promise.all(RETIRED_KEYS.map((key) => storage.removeItem(key, { removeMeta: true })));
}
