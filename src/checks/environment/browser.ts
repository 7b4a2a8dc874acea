// browser (guide scenario 5): the assessment's worst finding, with what was detected as plain
// measurements. A warn or fail row carries its finding's cause; its words are the finding's
// (src/browser/finding-text.ts, picked by the finding measured), so the badge, the popup and the
// report say the same.
import { findingText, isWordedFinding } from '../../browser/finding-text';
import type { BrowserAssessment, BrowserCause } from '../../browser/types';
import { defineCheck, sayCause, type CauseText } from '../define';
import type { Measurements, Row, SkipCause } from '../row';

/** A browser cause's text: the precise finding's sentence, else the cause's general one. */
function byFinding(fallback: string): CauseText {
  const words = (m: Measurements) => findingText(typeof m.finding === 'string' ? m.finding : '', m, fallback)!;
  return { summary: (m) => words(m).message, fix: (m) => words(m).fix };
}

const CAUSES = ['unsupported', 'outdated', 'in-app', 'no-webgl'] as const satisfies readonly BrowserCause[];

export const BROWSER = defineCheck({
  id: 'browser',
  family: 'environment',
  causes: CAUSES,
  text: {
    unsupported: byFinding('unknown'),
    outdated: byFinding('outdated'),
    'in-app': byFinding('in-app'),
    'no-webgl': byFinding('no-webgl'),
  },
  topic: 5,
  tier: 0,
  ticks: ['dev-browser'],
});

// Every cause the browser rules can name is one of this check's (and the other way round).
type SameCauses = [BrowserCause] extends [(typeof CAUSES)[number]] ? true : never;
const _sameCauses: SameCauses = true;

export function browserCheck(assessment: BrowserAssessment): Row<'browser', BrowserCause | SkipCause> {
  const worst = assessment.findings[0];
  const candidates: Record<string, string | number | boolean | undefined> = {
    browser: assessment.browser.name,
    version: assessment.browser.version,
    engine: assessment.engine.name,
    engineVersion: assessment.engine.version,
    os: assessment.os.name,
    osVersion: assessment.os.version,
    device: assessment.device,
    inApp: assessment.inApp,
    latestMajorEstimate: assessment.latestMajor,
    majorsBehind: assessment.behind,
    successRate: assessment.successRate,
    finding: assessment.status === 'pass' ? undefined : worst?.code,
  };
  const measured: Measurements = {};
  for (const [key, value] of Object.entries(candidates)) if (value !== undefined) measured[key] = value;
  const base = { id: 'browser', status: assessment.status, measured } as const;
  // A passing browser a few versions old: the report's row says so (it names the browser and says it runs the check).
  if (assessment.status === 'pass') return { ...base, summary: assessment.advice?.message ?? assessment.summary };
  const cause = assessment.cause ?? 'unsupported';
  if (!isWordedFinding(worst?.code ?? '')) {
    // A finding newer than the wording table keeps the sentence its rule gave it until it gets an
    // entry there (tests/unit/checks/causes.test.ts fails for any such finding its browsers reach).
    return { ...base, cause, summary: assessment.summary, ...(assessment.fix ? { fix: assessment.fix } : {}) };
  }
  return { ...base, cause, ...sayCause(BROWSER, cause, measured) };
}
