// Per-file (and with -v per-test) durations from Playwright's JSON report, optionally against a baseline report:
//   node scripts/e2e-durations.mjs .tmp/reports/e2e.json [baseline.json] [-v]
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2).filter((arg) => arg !== '-v');
const verbose = process.argv.includes('-v');

function load(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const tests = new Map();
  const walk = (suite, file) => {
    for (const child of suite.suites ?? []) walk(child, child.file ?? file);
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        const ms = test.results.reduce((sum, result) => sum + result.duration, 0);
        const status = test.results.map((result) => result.status).join('/');
        tests.set(`${spec.file ?? file} :: ${spec.title}`, { ms, status, file: spec.file ?? file });
      }
    }
  };
  for (const suite of report.suites) walk(suite, suite.file);
  return { tests, stats: report.stats };
}

const s = (ms) => `${(ms / 1000).toFixed(1)}s`.padStart(7);
const byFile = (tests) => {
  const sums = {};
  for (const { ms, file } of tests.values()) sums[file] = (sums[file] ?? 0) + ms;
  return sums;
};

const now = load(args[0] ?? '.tmp/reports/e2e.json');
const base = args[1] ? load(args[1]) : undefined;
if (verbose) {
  for (const [name, test] of [...now.tests].sort((a, b) => b[1].ms - a[1].ms)) {
    const before = base?.tests.get(name);
    console.log(`${s(test.ms)} ${before ? `(${s(before.ms).trim()})`.padStart(9) : ''.padStart(9)} ${test.status.padEnd(7)} ${name}`);
  }
}
const files = byFile(now.tests);
const baseFiles = base ? byFile(base.tests) : {};
let total = 0;
let baseTotal = 0;
for (const file of Object.keys({ ...files, ...baseFiles }).sort((a, b) => (files[b] ?? 0) - (files[a] ?? 0))) {
  total += files[file] ?? 0;
  baseTotal += baseFiles[file] ?? 0;
  console.log(`${file.padEnd(32)} ${s(files[file] ?? 0)}${base ? ` ${s(baseFiles[file] ?? 0)}` : ''}`);
}
console.log(`${'sum of test durations'.padEnd(32)} ${s(total)}${base ? ` ${s(baseTotal)}` : ''}`);
const { duration, expected, unexpected, flaky, skipped } = now.stats;
console.log(`wall ${s(duration).trim()}${base ? ` (baseline ${s(base.stats.duration).trim()})` : ''}: ${expected} passed, ${flaky} flaky, ${unexpected} failed, ${skipped} skipped`);
