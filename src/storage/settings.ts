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

/**
 * v1 (the skeleton) held only `locale`; v2 adds the lockout policy and notifications. The
 * migration keeps a valid locale and fills the rest with defaults; anything else is dropped.
 */
export function migrateSettingsV1toV2(old: unknown): Settings {
  const locale = (old as { locale?: unknown } | null)?.locale;
  const valid = v.is(SettingsSchema.entries.locale, locale);
  return { ...DEFAULT_SETTINGS, locale: valid ? locale : DEFAULT_SETTINGS.locale };
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: migrateSettingsV1toV2 },
});

export function readSettings(): Promise<Settings> {
  return readValidated(settingsItem, SettingsSchema, DEFAULT_SETTINGS);
}
