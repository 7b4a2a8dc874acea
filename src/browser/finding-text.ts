// The one wording of the browser findings that decide the browser row (warn and fail, plus the
// WebGL note): per finding code, its sentence and fix, built from the facts the browser row measures
// (browser, version, engine, os, osVersion, inApp, latestMajorEstimate, majorsBehind). The
// assessment's findings (the badge, the popup) and the report's browser row both read it.
import type { Message, MessageKey, MessageParams } from '../i18n/translate';

export type BrowserFacts = Readonly<Record<string, string | number | boolean | undefined>>;

const text = (value: BrowserFacts[string], fallback = ''): string => (value === undefined ? fallback : String(value));
const fixed = (key: MessageKey) => (): Message => ({ key });

/** The browser's name as the findings use it (its engine's when the parser found no name). */
const browserName = (m: BrowserFacts): string => text(m.browser, text(m.engine, '?'));

/**
 * The outdated finding's figures. `major` is the judged major where the rules know it (the
 * assessment); the report row, which does not store it, rebuilds it as latest - behind.
 */
function outdatedParams(m: BrowserFacts): MessageParams {
  const behind = typeof m.majorsBehind === 'number' ? m.majorsBehind : '?';
  const latest = typeof m.latestMajorEstimate === 'number' ? m.latestMajorEstimate : '?';
  const major = typeof m.major === 'number' ? m.major : typeof behind === 'number' && typeof latest === 'number' ? latest - behind : '?';
  return { browser: browserName(m), major, behind, latest };
}

interface FindingWords {
  summary: (m: BrowserFacts) => Message;
  fix: (m: BrowserFacts) => Message;
}

const FINDING_TEXT: Record<string, FindingWords> = {
  ie: { summary: fixed('checks.browser.ie'), fix: fixed('checks.browser.switchFix') },
  'edge-legacy': { summary: fixed('checks.browser.edgeLegacy'), fix: fixed('checks.browser.switchFix') },
  'china-browser': {
    summary: (m) => ({ key: 'checks.browser.chinaBrowser', params: { browser: browserName(m) } }),
    fix: fixed('checks.browser.switchFix'),
  },
  unknown: { summary: fixed('checks.browser.unknown'), fix: fixed('checks.browser.switchFix') },
  'no-secureContext': { summary: fixed('checks.browser.noSecureContext'), fix: fixed('checks.browser.noSecureContextFix') },
  'no-getUserMedia': { summary: fixed('checks.browser.noGetUserMedia'), fix: fixed('checks.browser.switchFix') },
  'no-webAssembly': { summary: fixed('checks.browser.noWebAssembly'), fix: fixed('checks.browser.switchFix') },
  'no-workers': { summary: fixed('checks.browser.noWorkers'), fix: fixed('checks.browser.switchFix') },
  'no-wasmSimd': { summary: fixed('checks.browser.noWasmSimd'), fix: fixed('checks.browser.switchFix') },
  'no-webgl': { summary: fixed('checks.browser.noWebgl'), fix: fixed('checks.browser.noWebglFix') },
  'in-app': {
    summary: (m) => ({ key: 'checks.browser.inApp', params: { app: text(m.inApp, browserName(m)) } }),
    fix: fixed('checks.browser.inAppFix'),
  },
  'firefox-old': {
    summary: (m) => ({ key: 'checks.browser.firefoxOld', params: { version: text(m.version) } }),
    fix: (m) => ({ key: 'checks.browser.updateFix', params: { browser: browserName(m) } }),
  },
  'safari-old': {
    // Every iOS browser runs Safari's engine: on iOS it is the system version that is too old.
    summary: (m) =>
      m.os === 'iOS'
        ? { key: 'checks.browser.iosOld', params: { version: text(m.osVersion) } }
        : { key: 'checks.browser.safariOld', params: { version: text(m.version) } },
    fix: fixed('checks.browser.safariOldFix'),
  },
  'few-versions-old': {
    summary: (m) => ({ key: 'checks.browser.fewVersionsOld', params: outdatedParams(m) }),
    fix: (m) => ({ key: 'checks.browser.updateFix', params: { browser: browserName(m) } }),
  },
  outdated: {
    summary: (m) => ({ key: 'checks.browser.outdated', params: outdatedParams(m) }),
    fix: (m) => ({ key: 'checks.browser.updateFix', params: { browser: browserName(m) } }),
  },
};

/** True when the finding code has its wording here. */
export function isWordedFinding(code: string): boolean {
  return Object.hasOwn(FINDING_TEXT, code);
}

/** A finding's sentence and fix; `fallback`'s when the code has none (undefined when neither has). */
export function findingText(code: string, facts: BrowserFacts, fallback?: string): { message: Message; fix: Message } | undefined {
  const words = FINDING_TEXT[code] ?? (fallback === undefined ? undefined : FINDING_TEXT[fallback]);
  return words ? { message: words.summary(facts), fix: words.fix(facts) } : undefined;
}
