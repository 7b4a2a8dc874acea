// The closing line of `npm test` on sample reports: a retried pass is flaky, never passed.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countReports, readReports, summaryLine } from '../../scripts/test-summary.mjs';

// Shapes as the runners write them (trimmed to the fields that matter).
const unit = { numTotalTests: 900, numPassedTests: 899, numFailedTests: 1, numPendingTests: 0 };
const e2e = { stats: { startTime: '2026-11-30T18:00:00.000Z', duration: 1, expected: 100, skipped: 0, unexpected: 0, flaky: 2 } };
const firefox = { firefox: 'Mozilla Firefox 153.8', passed: 9, failed: 0, seconds: 40, tests: [] };

describe('npm test summary', () => {
  it('counts a retried Playwright pass as flaky, not passed', () => {
    expect(countReports({ e2e })).toEqual({ passed: 100, flaky: 2, failed: 0 });
    expect(summaryLine(countReports({ e2e }))).toBe('tests: 100 passed, 2 flaky, 0 failed');
  });

  it('adds the three suites and leaves out a report that does not exist', () => {
    expect(countReports({ unit, e2e, firefox })).toEqual({ passed: 1008, flaky: 2, failed: 1 });
    expect(countReports({ unit })).toEqual({ passed: 899, flaky: 0, failed: 1 });
    expect(countReports({})).toEqual({ passed: 0, flaky: 0, failed: 0 });
  });

  it('a run with nothing retried shows 0 flaky; an always-failing test is failed, not flaky', () => {
    const clean = { stats: { expected: 50, skipped: 1, unexpected: 1, flaky: 0 } };
    expect(summaryLine(countReports({ e2e: clean, firefox }))).toBe('tests: 59 passed, 0 flaky, 1 failed');
  });

  it('reads the reports from the folder the runners write', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kyc-reports-'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'e2e.json'), JSON.stringify(e2e));
    writeFileSync(join(dir, 'firefox.json'), JSON.stringify({ ...firefox, flaky: 1 }));
    expect(countReports(readReports(dir))).toEqual({ passed: 109, flaky: 3, failed: 0 });
  });
});
