// The options form's text fields → Settings, with per-field errors. Pure, so it is unit-tested.
import type { Message } from '../../i18n/translate';
import { LIMIT_RANGE, LOCK_HOURS_RANGE } from '../../lockout/policy';
import type { Settings } from '../../storage/settings';

export interface SettingsForm {
  locale: Settings['locale'];
  attemptLimit: string;
  lockHours: string;
  notifications: boolean;
}

export type FormErrors = Partial<Record<'attemptLimit' | 'lockHours', Message>>;

export function toForm(settings: Settings): SettingsForm {
  return { ...settings, attemptLimit: String(settings.attemptLimit), lockHours: String(settings.lockHours) };
}

function wholeNumber(text: string, range: { min: number; max: number }): number | Message {
  const trimmed = text.trim();
  const value = /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (value >= range.min && value <= range.max) return value;
  return { key: 'options.invalidNumber', params: { min: range.min, max: range.max } };
}

export function parseForm(form: SettingsForm): { settings: Settings } | { errors: FormErrors } {
  const attemptLimit = wholeNumber(form.attemptLimit, LIMIT_RANGE);
  const lockHours = wholeNumber(form.lockHours, LOCK_HOURS_RANGE);
  const errors: FormErrors = {};
  if (typeof attemptLimit !== 'number') errors.attemptLimit = attemptLimit;
  if (typeof lockHours !== 'number') errors.lockHours = lockHours;
  if (typeof attemptLimit !== 'number' || typeof lockHours !== 'number') return { errors };
  return { settings: { locale: form.locale, attemptLimit, lockHours, notifications: form.notifications } };
}
