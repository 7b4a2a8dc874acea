// The closing line of `npm test`, counted from the runners' JSON reports.
// A test that failed and then passed on a retry is *flaky*, not passed: it is counted on its own and makes `npm test`
// exit non-zero (see scripts/test.mjs), so the suite cannot flake into green.
import { existsSync, readFileSync } from 'node:fs';

/**
 * Counts from the reports that exist (a step that never ran has no report).
 * @param {{ unit?: any, e2e?: any, firefox?: any }} reports parsed JSON: Vitest's json reporter, Playwright's json
 *   reporter, and tests/firefox/run.ts's firefox.json.
 * @returns {{ passed: number, flaky: number, failed: number }}
 */
export function countReports({ unit, e2e, firefox }) {
  let passed = 0;
  let flaky = 0;
  let failed = 0;
  if (unit) {
    passed += unit.numPassedTests ?? 0;
    failed += unit.numFailedTests ?? 0;
  }
  if (e2e?.stats) {
    // Playwright: expected = passed first time, flaky = passed on a retry, unexpected = failed every try.
    passed += e2e.stats.expected ?? 0;
    flaky += e2e.stats.flaky ?? 0;
    failed += e2e.stats.unexpected ?? 0;
  }
  if (firefox) {
    passed += firefox.passed ?? 0;
    flaky += firefox.flaky ?? 0; // the Firefox suite does not retry today; a future retry reports here
    failed += firefox.failed ?? 0;
  }
  return { passed, flaky, failed };
}

/** "tests: 1010 passed, 2 flaky, 0 failed" */
export function summaryLine({ passed, flaky, failed }) {
  return `tests: ${passed} passed, ${flaky} flaky, ${failed} failed`;
}

/** Reads <dir>/{unit,e2e,firefox}.json where present. */
export function readReports(dir) {
  const read = (name) => (existsSync(`${dir}/${name}.json`) ? JSON.parse(readFileSync(`${dir}/${name}.json`, 'utf8')) : undefined);
  return { unit: read('unit'), e2e: read('e2e'), firefox: read('firefox') };
}
