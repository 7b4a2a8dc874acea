import { storage } from 'wxt/utils/storage';
import type { LocaleSetting } from '../i18n/translate';

export interface Settings {
  locale: LocaleSetting;
}

export const DEFAULT_SETTINGS: Settings = { locale: 'auto' };

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});
