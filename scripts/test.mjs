#!/usr/bin/env node
// `npm test`: everything that proves the product, in order, stopping at the first failure.
// Ends with one summary line ("tests: N passed, N flaky, N failed") counted from the runners' JSON reports.
// A retried pass is flaky, not passed, and a flaky test fails `npm test` (exit 1) once every step has run.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { basename } from 'node:path';
import { countReports, readReports, summaryLine } from './test-summary.mjs';

// Matches tests/e2e/support/paths.ts: one report folder per build folder (KYC_OUT_DIR).
const reports = `.tmp/reports${basename(process.env.KYC_OUT_DIR ?? '.output').replace('.output', '')}`;

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '.']],
  ['unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${reports}/unit.json`]],
  ['build (chrome-mv3 + firefox-mv2)', 'npm', ['run', 'build']],
  // The suites load test builds (…-e2e): the production ones above are what ships and carry no test seam.
  ['test builds (chrome-mv3-e2e + firefox-mv2-e2e)', 'npm', ['run', 'build:test']],
  ['no test seams in the production builds', 'node', ['scripts/check-seams.mjs']],
  ['web-ext lint (firefox build)', 'npx', ['web-ext', 'lint', '--source-dir', `${process.env.KYC_OUT_DIR ?? '.output'}/firefox-mv2`, '--output', 'text']],
  ['end-to-end tests (real Chromium)', 'npx', ['playwright', 'test']],
  // The firefox-mv2 build in Debian's firefox-esr under Xvfb (tests/firefox/run.ts re-runs itself in xvfb-run).
  ['end-to-end tests (real Firefox)', 'npm', ['run', 'test:firefox']],
];

rmSync(reports, { recursive: true, force: true });
const started = Date.now();
for (const [name, command, args] of steps) {
  const stepStart = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  const seconds = ((Date.now() - stepStart) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed after ${seconds} s`);
    summary();
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds} s)`);
}
const { flaky } = summary();
if (flaky > 0) {
  console.error(`\n✖ ${flaky} test(s) passed only on a retry: flaky is not green. Fix the race, then re-run.`);
  process.exit(1);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);

function summary() {
  const counts = countReports(readReports(reports));
  console.log(summaryLine(counts));
  return counts;
}
