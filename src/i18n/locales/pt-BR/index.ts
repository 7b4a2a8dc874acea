// One language's strings, one file per namespace. Pages load this module as its own chunk
// (src/i18n/load.ts), so a page carries only the language in use; `satisfies` makes a missing key a type error.
import type { Catalog } from '../../catalog';
import background from './background.json';
import checklist from './checklist.json';
import checks from './checks.json';
import common from './common.json';
import exportStrings from './export.json';
import guide from './guide.json';
import kyc from './kyc.json';
import match from './match.json';
import options from './options.json';
import popup from './popup.json';
import report from './report.json';
import reviewKit from './reviewKit.json';
import ui from './ui.json';
import vision from './vision.json';

export default { common, checks, popup, guide, checklist, ui, background, options, kyc, match, vision, report, export: exportStrings, reviewKit } satisfies Catalog;
