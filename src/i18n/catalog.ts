// Every user-visible string lives in the JSON files under locales/, one file per feature
// ("namespace"). A namespace is registered here once for each locale; the `satisfies` below makes
// a missing Chinese namespace a type error and tests/unit/i18n catches a missing key.
import enCommon from './locales/en/common.json';
import zhCommon from './locales/zh-CN/common.json';
import enChecks from './locales/en/checks.json';
import zhChecks from './locales/zh-CN/checks.json';
import enPopup from './locales/en/popup.json';
import zhPopup from './locales/zh-CN/popup.json';
import enGuide from './locales/en/guide.json';
import zhGuide from './locales/zh-CN/guide.json';
import enChecklist from './locales/en/checklist.json';
import zhChecklist from './locales/zh-CN/checklist.json';
import enUi from './locales/en/ui.json';
import zhUi from './locales/zh-CN/ui.json';
import enBackground from './locales/en/background.json';
import zhBackground from './locales/zh-CN/background.json';
import enOptions from './locales/en/options.json';
import zhOptions from './locales/zh-CN/options.json';
import enKyc from './locales/en/kyc.json';
import zhKyc from './locales/zh-CN/kyc.json';
import enVision from './locales/en/vision.json';
import zhVision from './locales/zh-CN/vision.json';
import enReport from './locales/en/report.json';
import zhReport from './locales/zh-CN/report.json';
import enExport from './locales/en/export.json';
import zhExport from './locales/zh-CN/export.json';
import enReviewKit from './locales/en/reviewKit.json';
import zhReviewKit from './locales/zh-CN/reviewKit.json';

export const en = {
  common: enCommon,
  checks: enChecks,
  popup: enPopup,
  guide: enGuide,
  checklist: enChecklist,
  ui: enUi,
  background: enBackground,
  options: enOptions,
  kyc: enKyc,
  vision: enVision,
  report: enReport,
  export: enExport,
  reviewKit: enReviewKit,
};

export type Catalog = { [N in keyof typeof en]: Record<keyof (typeof en)[N], string> };

export const zhCN = {
  common: zhCommon,
  checks: zhChecks,
  popup: zhPopup,
  guide: zhGuide,
  checklist: zhChecklist,
  ui: zhUi,
  background: zhBackground,
  options: zhOptions,
  kyc: zhKyc,
  vision: zhVision,
  report: zhReport,
  export: zhExport,
  reviewKit: zhReviewKit,
} satisfies Catalog;

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];
export const catalogs: Record<Locale, Catalog> = { en, 'zh-CN': zhCN };
