// The `browser` check as the report shows it (guide scenario 5): the assessment's worst finding,
// with what was detected as plain measurements.
import type { CheckResult, Measurements } from '../report/types';
import type { BrowserAssessment } from './browser';

export function browserCheck(assessment: BrowserAssessment): CheckResult {
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
  };
  const measured: Measurements = {};
  for (const [key, value] of Object.entries(candidates)) if (value !== undefined) measured[key] = value;
  return {
    id: 'browser',
    status: assessment.status,
    ...(assessment.cause ? { cause: assessment.cause } : {}),
    summary: assessment.summary,
    ...(assessment.fix ? { fix: assessment.fix } : {}),
    scenario: 5,
    measured,
  };
}
