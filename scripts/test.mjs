#!/usr/bin/env node
// `npm test`: everything that proves the product, in order, stopping at the first failure.
// Ends with one summary line ("tests: N passed, N failed") counted from the runners' JSON reports.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename } from 'node:path';

// Matches tests/e2e/support/paths.ts: one report folder per build folder (KYC_OUT_DIR).
const reports = `.tmp/reports${basename(process.env.KYC_OUT_DIR ?? '.output').replace('.output', '')}`;

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '.']],
  ['unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${reports}/unit.json`]],
  ['build (chrome-mv3 + firefox-mv2)', 'npm', ['run', 'build']],
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
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
summary();

function summary() {
  let passed = 0;
  let failed = 0;
  if (existsSync(`${reports}/unit.json`)) {
    const unit = JSON.parse(readFileSync(`${reports}/unit.json`, 'utf8'));
    passed += unit.numPassedTests;
    failed += unit.numFailedTests;
  }
  if (existsSync(`${reports}/e2e.json`)) {
    const { stats } = JSON.parse(readFileSync(`${reports}/e2e.json`, 'utf8'));
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
  }
  if (existsSync(`${reports}/firefox.json`)) {
    const firefox = JSON.parse(readFileSync(`${reports}/firefox.json`, 'utf8'));
    passed += firefox.passed;
    failed += firefox.failed;
  }
  console.log(`tests: ${passed} passed, ${failed} failed`);
}
