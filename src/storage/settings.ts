import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { LOCALES } from '../i18n/catalog';
import type { LocaleSetting } from '../i18n/translate';
import { DEFAULT_POLICY, LIMIT_RANGE, LOCK_HOURS_RANGE } from '../lockout/policy';
import { readValidated } from './validated';

export interface Settings {
  locale: LocaleSetting;
  /** Failed face checks allowed before the site locks (the guide says 5; unofficial). */
  attemptLimit: number;
  /** How long the site's lock lasts, in hours (the guide says 24; unofficial). */
  lockHours: number;
  /** Tell the user when a lock lifts. */
  notifications: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  locale: 'auto',
  attemptLimit: DEFAULT_POLICY.limit,
  lockHours: DEFAULT_POLICY.lockMs / 3_600_000,
  notifications: true,
};

const int = (range: { min: number; max: number }) =>
  v.pipe(v.number(), v.integer(), v.minValue(range.min), v.maxValue(range.max));

export const SettingsSchema = v.object({
  locale: v.picklist(['auto', ...LOCALES]),
  attemptLimit: int(LIMIT_RANGE),
  lockHours: int(LOCK_HOURS_RANGE),
  notifications: v.boolean(),
});

// No released build ever wrote another shape, so the item has one version and no migrations.
export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS });

export function readSettings(): Promise<Settings> {
  return readValidated(settingsItem, SettingsSchema, DEFAULT_SETTINGS);
}

/**
 * The language setting alone, through the same validated item: pages need it before their first render and the
 * content script before its card. A settings value that does not parse reads as "auto" (the browser decides).
 */
export async function readLocaleSetting(): Promise<LocaleSetting> {
  return (await readSettings()).locale;
}
