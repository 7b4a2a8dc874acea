import * as v from 'valibot';
import type { WxtStorageItem } from 'wxt/utils/storage';

/**
 * Reads a storage item through its schema. Anything that does not parse (a bug, an old build,
 * another extension's data under our key, hand edits) is replaced by the fallback, with a warning,
 * so a bad value never reaches the code that trusts the type.
 */
export async function readValidated<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
  schema: v.GenericSchema<unknown, T>,
  fallback: T,
): Promise<T> {
  let raw: unknown;
  try {
    raw = await item.getValue();
  } catch (error) {
    console.warn(`[kyc-preflight] could not read ${item.key}; using defaults`, error);
    return fallback;
  }
  const parsed = v.safeParse(schema, raw);
  if (parsed.success) return parsed.output;
  console.warn(`[kyc-preflight] ${item.key} held invalid data; replaced with defaults`, parsed.issues[0]?.message);
  await item.setValue(fallback).catch(() => undefined);
  return fallback;
}

/** A finite epoch-ms time (no NaN, no Infinity, no negative dates). */
export const epochMs = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(8.64e15));
