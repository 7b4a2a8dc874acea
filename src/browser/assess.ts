// Can this browser run FaceTec at all? Rules from the troubleshooting guide (scenario 5), applied
// to what the UA string, client hints and feature detection say. Pure and total: any input, however
// malformed, yields an assessment.
import { BROWSER_MIN } from '../figures/facts';
import { routeFindings, successRateOf } from './success-rates';
import { cleanHints } from './client-hints';
import { detectBrowser } from './detect';
import { featureFindings } from './features';
import { findingText, type BrowserFacts } from './finding-text';
import { estimateStableMajor, isCurrentFirefoxEsr, safariMajorsBehind } from './release-schedule';
import type { BrowserAssessment, BrowserFamily, BrowserFinding, BrowserInput, BrowserRuleFinding, DetectedBrowser, Severity } from './types';

/**
 * Chromium and Firefox ship a major every two weeks since September 2026 (four before). Three
 * behind the estimated stable one (six weeks to three months) is "a few versions old": worth
 * updating, said as information with its fix, but it does not lower the verdict, because FaceTec's
 * web SDK runs on far older browsers (the guide's floor is years back, scenario 5) and Debian's
 * Chromium sits there for weeks after every release. Six behind (three to six months, past the
 * vendors' security updates for that major) warns. docs/checks.md says why.
 */
const FEW_VERSIONS_AT = 3;
const OUTDATED_AT = 6;
/** Safari ships one major a year: more than two releases behind (three years old) is outdated. */
const SAFARI_OUTDATED_AT = 3;
/** FaceTec's own list (InvalidBrowserOniOS): iOS Safari below 14.1 cannot run it. */
const IOS_MIN: readonly [number, number] = [14, 1];
const RECOMMENDED: ReadonlySet<BrowserFamily> = new Set(['chrome', 'edge', 'safari']);
const SEVERITY_ORDER: Record<Severity, number> = { fail: 0, warn: 1, info: 2 };

function label(found: DetectedBrowser): string {
  return found.name ?? found.engine.name ?? '?';
}

/** What the rules found, by code; finding-text.ts words each one. */
function compatibilityFindings(found: DetectedBrowser): BrowserRuleFinding[] {
  const isIos = found.os.name === 'iOS';
  switch (found.family) {
    case 'ie':
      return [{ code: 'ie', severity: 'fail', cause: 'unsupported' }];
    case 'edge-legacy':
      return [{ code: 'edge-legacy', severity: 'fail', cause: 'unsupported' }];
    case 'in-app':
      return [{ code: 'in-app', severity: 'warn', cause: 'in-app' }];
    case '360':
    case 'qq':
    case 'uc':
      return [{ code: 'china-browser', severity: 'warn', cause: 'unsupported' }];
    case 'unknown':
      return [{ code: 'unknown', severity: 'warn', cause: 'unsupported' }];
  }
  // The guide's oldest working versions (src/figures/facts.ts), which its texts name too.
  if (found.family === 'firefox' && !isIos && found.major !== undefined && found.major < BROWSER_MIN.firefox) {
    return [{ code: 'firefox-old', severity: 'fail', cause: 'unsupported' }];
  }
  // Every iOS browser runs Safari's engine, so an old iOS fails whichever browser is used; on iOS
  // FaceTec needs 14.1 (its InvalidBrowserOniOS status), on macOS Safari 14.
  const tooOld = isIos ? olderThan(found.os.version, IOS_MIN) : found.family === 'safari' && found.major !== undefined && found.major < BROWSER_MIN.safari;
  if (tooOld) return [{ code: 'safari-old', severity: 'fail', cause: 'unsupported' }];
  return [];
}

/** "14.0.3" older than [14, 1]? Unparseable versions are not judged (undefined → false). */
function olderThan(version: string | undefined, [major, minor]: readonly [number, number]): boolean {
  const match = /^\s*(\d{1,6})(?:[._](\d{1,6}))?/.exec(version ?? '');
  if (!match) return false;
  const [have, haveMinor] = [Number(match[1]), Number(match[2] ?? 0)];
  return have < major || (have === major && haveMinor < minor);
}

/** `major`: the major the freshness was judged on (the engine's for Blink, the system's on iOS). */
type Freshness = { latestMajor?: number; behind?: number; major?: number; finding?: BrowserRuleFinding };

const OUTDATED: BrowserRuleFinding = { code: 'outdated', severity: 'warn', cause: 'outdated' };
const FEW_VERSIONS_OLD: BrowserRuleFinding = { code: 'few-versions-old', severity: 'info' };

/** WebKit's major: the system's on iOS (every iOS browser is WebKit), Safari's own on macOS. */
function webkitMajor(found: DetectedBrowser): number | undefined {
  // Safari 26 on iOS freezes the OS in its UA (18_6) but its Version/ token is true: prefer it.
  if (found.os.name === 'iOS') return found.family === 'safari' ? found.major ?? found.os.major : found.os.major;
  return found.family === 'safari' ? found.major : undefined;
}

function freshness(found: DetectedBrowser, now: Date): Freshness {
  const webkit = found.engine.name === 'WebKit' || found.os.name === 'iOS' ? webkitMajor(found) : undefined;
  if (webkit !== undefined) {
    const safari = safariMajorsBehind(webkit, now);
    if (!safari) return {};
    const { behind, latest } = safari;
    return { latestMajor: latest, behind, major: webkit, finding: behind >= SAFARI_OUTDATED_AT ? OUTDATED : undefined };
  }
  // Blink browsers (Opera, Samsung, Brave...) are judged by their Chromium version: that is what ships fixes.
  const train = found.engine.name === 'Blink' ? 'chromium' : found.family === 'firefox' && found.os.name !== 'iOS' ? 'firefox' : undefined;
  const current = train === 'chromium' ? found.engine.major ?? found.major : found.major;
  if (!train || current === undefined) return {};
  const latestMajor = estimateStableMajor(train, now);
  if (latestMajor === undefined) return {};
  // A supported ESR gets the fixes without the new majors: current, whatever the rapid train says.
  if (train === 'firefox' && isCurrentFirefoxEsr(current, now)) return { latestMajor, behind: 0 };
  const behind = Math.max(0, latestMajor - current);
  if (behind < FEW_VERSIONS_AT) return { latestMajor, behind };
  return { latestMajor, behind, major: current, finding: behind >= OUTDATED_AT ? OUTDATED : FEW_VERSIONS_OLD };
}

const INPUT_KEYS = ['userAgent', 'brands', 'platform', 'mobile', 'fullVersionList', 'platformVersion', 'features'] as const;

/** A plain snapshot of the fields we read: a getter that throws reads as absent, not as a crash. */
function safeInput(input: unknown): { userAgent: string; rest: Partial<Record<keyof BrowserInput, unknown>> } {
  const rest: Partial<Record<keyof BrowserInput, unknown>> = {};
  if (input && typeof input === 'object') {
    for (const key of INPUT_KEYS) {
      try {
        rest[key] = (input as Record<string, unknown>)[key];
      } catch {
        // Left out: the same as a browser that does not provide it.
      }
    }
  }
  const userAgent = typeof rest.userAgent === 'string' ? rest.userAgent.slice(0, 2048) : '';
  return { userAgent, rest };
}

/**
 * How often assessBrowser's safety net caught an exception since the last reset. The rules are
 * meant to be total without it, so the fuzz test asserts this stays 0: a caught error is a bug
 * that the net merely hides from the user.
 */
export const browserSafetyNet = {
  caught: 0,
  last: undefined as unknown,
  reset(): void {
    this.caught = 0;
    this.last = undefined;
  },
};

/** The first piece of information that comes with a fix: shown beside a passing browser (popup glance). */
function adviceOf(findings: readonly BrowserFinding[]): Pick<BrowserAssessment, 'advice'> {
  const advice = findings.find((f) => f.severity === 'info' && f.fix);
  return advice?.fix ? { advice: { message: advice.message, fix: advice.fix } } : {};
}

export function assessBrowser(input: BrowserInput, now: Date = new Date()): BrowserAssessment {
  try {
    const { userAgent, rest } = safeInput(input);
    const found = detectBrowser(userAgent, cleanHints(rest));
    const fresh = freshness(found, now);
    const successRate = successRateOf(found);
    const features = featureFindings(rest.features);
    const facts: BrowserFacts = {
      browser: found.name, version: found.version, engine: found.engine.name, os: found.os.name, osVersion: found.os.version,
      inApp: found.inApp, latestMajorEstimate: fresh.latestMajor, majorsBehind: fresh.behind, major: fresh.major,
    };
    const worded = (finding: BrowserRuleFinding): BrowserFinding => ({ ...finding, ...findingText(finding.code, facts) }) as BrowserFinding;
    const rules = [...features.filter((f) => f.severity !== 'info'), ...compatibilityFindings(found)];
    if (fresh.finding && fresh.finding.severity !== 'info') rules.push(fresh.finding);
    const findings = rules.map(worded);
    const params = { browser: label(found), version: found.version ?? '', os: found.os.name ?? '?' };
    const verdictKey = RECOMMENDED.has(found.family) ? 'checks.browser.recommended' : 'checks.browser.supported';
    // The verdict line leads the information (it is the row's summary when nothing is wrong).
    findings.push({ code: 'browser', severity: 'info', message: { key: verdictKey, params } });
    // Information with a fix ("a few versions old"): after the verdict line, so it never becomes the summary.
    if (fresh.finding?.severity === 'info') findings.push(worded(fresh.finding));
    findings.push(...features.filter((f) => f.severity === 'info').map(worded));
    findings.push(...routeFindings(successRate));
    findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    const worst = findings[0]!;
    return {
      status: worst.severity === 'info' ? 'pass' : worst.severity,
      browser: { name: found.name, version: found.version, major: found.major },
      engine: { name: found.engine.name, version: found.engine.version },
      os: { name: found.os.name, version: found.os.version },
      device: found.device,
      family: found.family,
      inApp: found.inApp,
      findings,
      summary: worst.message,
      fix: worst.severity === 'info' ? undefined : worst.fix,
      ...(worst.severity === 'info' ? {} : { cause: worst.cause ?? 'unsupported' }),
      latestMajor: fresh.latestMajor,
      behind: fresh.behind,
      ...adviceOf(findings),
      successRate,
    };
  } catch (error) {
    // Defensive: the rules above are total, but a parser surprise must never break the badge.
    browserSafetyNet.caught += 1;
    browserSafetyNet.last = error;
    const { message, fix } = findingText('unknown', {})!;
    return {
      status: 'warn', browser: {}, engine: {}, os: {}, device: 'unknown', family: 'unknown', cause: 'unsupported',
      findings: [{ code: 'unknown', severity: 'warn', cause: 'unsupported', message, fix }], summary: message, fix,
    };
  }
}
