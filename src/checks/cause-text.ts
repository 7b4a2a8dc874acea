// The environment checks' rows of the cause → text table (src/report/cause-text.ts): for each
// check and cause, the summary and fix a person reads, built from the row's own measurements.
// Where one cause covers several precise situations (the browser is unsupported because it is IE,
// or because it lacks WebAssembly), the measurement that names the situation picks the sentence.
import { UPLOAD } from '../figures/facts';
import type { Message, MessageKey, MessageParams } from '../i18n/translate';
import type { CauseText, CauseTextTable } from '../report/cause-table';
import type { Measurements } from '../report/types';

const text = (value: Measurements[string] | undefined, fallback = ''): string =>
  value === undefined ? fallback : String(value);
const fixed = (key: MessageKey, params?: MessageParams) => (): Message => (params ? { key, params } : { key });

// ---- browser: measured.finding is the assessment's worst finding code (browser.ts / features.ts)

/** The browser's name as the findings use it (its engine's when the parser found no name). */
const browserName = (m: Measurements): string => text(m.browser, text(m.engine, '?'));

/** The outdated finding's figures, rebuilt from what the browser row measured. */
function outdatedParams(m: Measurements): MessageParams {
  const behind = typeof m.majorsBehind === 'number' ? m.majorsBehind : '?';
  const latest = typeof m.latestMajorEstimate === 'number' ? m.latestMajorEstimate : '?';
  const major = typeof behind === 'number' && typeof latest === 'number' ? latest - behind : '?';
  return { browser: browserName(m), major, behind, latest };
}

/**
 * Per browser finding code (browser.ts, features.ts, which also name each finding's cause): its
 * sentence and fix. browser-check.ts keeps a finding's own sentence while it is missing here.
 */
export const BROWSER_FINDINGS: Record<string, { summary: (m: Measurements) => Message; fix: (m: Measurements) => Message }> = {
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
  outdated: {
    summary: (m) => ({ key: 'checks.browser.outdated', params: outdatedParams(m) }),
    fix: (m) => ({ key: 'checks.browser.updateFix', params: { browser: browserName(m) } }),
  },
};

/** A browser cause's text: the precise finding's sentence, else the cause's general one. */
function browserCause(fallback: string): CauseText {
  const pick = (m: Measurements) => BROWSER_FINDINGS[text(m.finding)] ?? BROWSER_FINDINGS[fallback]!;
  return { summary: (m) => pick(m).summary(m), fix: (m) => pick(m).fix(m) };
}

// ---- camera-device: measured.failure names the getUserMedia outcome (camera-errors.ts)

function cameraFailure(key: string): CauseText {
  return {
    summary: (m) => ({ key: `checks.camera.${key}` as MessageKey, params: { error: text(m.error, '—') } }),
    fix: fixed(`checks.camera.${key}Fix` as MessageKey),
  };
}

/** One cause, several failures: the measured failure picks the sentence, `fallback` when absent. */
function cameraCause(allowed: readonly string[], fallback: string): CauseText {
  const pick = (m: Measurements) => cameraFailure(allowed.includes(text(m.failure)) ? text(m.failure) : fallback);
  return { summary: (m) => pick(m).summary(m), fix: (m) => pick(m).fix!(m) };
}

function deliveredParams(m: Measurements): MessageParams {
  return { label: text(m.label) || '—', width: text(m.width, '?'), height: text(m.height, '?'), fps: text(m.fps, '?') };
}

const delivered = (key: string): CauseText => ({
  summary: (m) => ({ key: `checks.camera.${key}` as MessageKey, params: { ...deliveredParams(m), ...(m.product ? { product: text(m.product) } : {}) } }),
  fix: fixed(`checks.camera.${key}Fix` as MessageKey),
});

// ---- network: only what the browser already knows (network.ts)

/** FaceTec's upload wants about 5 Mbps (guide scenario 6); network.ts's pass row names it too. */
export const NEEDED_MBPS = UPLOAD.mbps; // the guide's figure (src/figures/facts.ts)
const networkAdvice = fixed('checks.network.advice', { mbps: NEEDED_MBPS });

export const ENV_CAUSE_TEXT: CauseTextTable = {
  browser: {
    unsupported: browserCause('unknown'),
    outdated: browserCause('outdated'),
    'in-app': browserCause('in-app'),
    'no-webgl': browserCause('no-webgl'),
    'internal-error': { summary: fixed('checks.internalError') },
  },
  'camera-permission': {
    'blocked-extension': { summary: fixed('checks.permission.extensionDenied'), fix: fixed('checks.permission.extensionDeniedFix') },
    'blocked-site': { summary: fixed('checks.permission.siteDenied'), fix: fixed('checks.permission.siteDeniedFix') },
    'blocked-os': { summary: fixed('checks.permission.osBlocked'), fix: fixed('checks.permission.osBlockedFix') },
    'not-asked': { summary: fixed('checks.permission.notAsked'), fix: fixed('checks.permission.notAskedFix') },
    'not-judgeable': { summary: fixed('checks.permission.unknown') },
    'internal-error': { summary: fixed('checks.internalError') },
  },
  'camera-device': {
    blocked: cameraCause(['permission-browser', 'permission-os', 'insecure'], 'permission-browser'),
    busy: cameraCause(['busy', 'aborted'], 'busy'),
    'not-found': cameraFailure('no-camera'),
    'no-frames': cameraFailure('no-frames'),
    'not-answered': cameraFailure('timeout'),
    unsupported: cameraFailure('unsupported'),
    failed: cameraCause(['overconstrained', 'unknown'], 'unknown'),
    lost: { summary: fixed('vision.camera-lost'), fix: fixed('vision.camera-lost.fix') },
    virtual: delivered('virtual'),
    infrared: delivered('infrared'),
    'low-resolution': delivered('lowResolution'),
    'low-fps': delivered('lowFps'),
  },
  network: {
    offline: { summary: fixed('checks.network.offline'), fix: networkAdvice },
    slow: { summary: (m) => ({ key: 'checks.network.verySlow', params: { type: text(m.effectiveType, '?') } }), fix: networkAdvice },
    'internal-error': { summary: fixed('checks.internalError') },
  },
  timing: {
    'late-night': { summary: fixed('checks.timing.lateNight'), fix: fixed('checks.timing.lateNightFix') },
    'not-judgeable': { summary: fixed('checks.timing.unknown') },
    'internal-error': { summary: fixed('checks.internalError') },
  },
  // Any check: skipped because the camera never delivered or the face model could not load.
  '*': {
    'no-camera': { summary: fixed('vision.skip.no-camera') },
    'model-failed': { summary: fixed('vision.skip.model-failed') },
    'internal-error': { summary: fixed('checks.internalError') },
  },
};
