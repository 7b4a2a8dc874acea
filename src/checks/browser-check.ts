// The `browser` check as the report shows it (guide scenario 5): the assessment's worst finding,
// with what was detected as plain measurements. A warn or fail row carries its finding's cause, and
// its text comes from the cause table (src/checks/cause-text.ts), picked by the finding measured.
import { causeText } from '../report/cause-text';
import type { CheckResult, Measurements } from '../report/types';
import type { BrowserAssessment } from '../browser/types';
import { BROWSER_FINDINGS } from './cause-text';

export function browserCheck(assessment: BrowserAssessment): CheckResult {
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
  if (assessment.status === 'pass') return { ...base, summary: assessment.summary };
  // The rules name the cause (browser.ts); the cause table words it, by the finding measured.
  const cause = assessment.cause ?? 'unsupported';
  if (!BROWSER_FINDINGS[worst?.code ?? '']) {
    // A finding newer than the table: keep its own precise sentence until it gets an entry there
    // (tests/unit/report/causes.test.ts fails for any such finding its browsers reach).
    return { ...base, cause, summary: assessment.summary, ...(assessment.fix ? { fix: assessment.fix } : {}) };
  }
  return { ...base, cause, ...causeText('browser', cause, measured) };
}
