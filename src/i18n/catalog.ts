// Every user-visible string lives in the JSON files under locales/, one file per feature
// ("namespace"). A namespace is registered here once for each locale; the `satisfies` below makes
// a missing Chinese namespace a type error and tests/unit/i18n catches a missing key.
import enCommon from './locales/en/common.json';
import zhCommon from './locales/zh-CN/common.json';

export const en = {
  common: enCommon,
};

export type Catalog = { [N in keyof typeof en]: Record<keyof (typeof en)[N], string> };

export const zhCN = {
  common: zhCommon,
} satisfies Catalog;

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];
export const catalogs: Record<Locale, Catalog> = { en, 'zh-CN': zhCN };
