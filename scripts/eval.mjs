#!/usr/bin/env node
// `npm run eval`: runs the built extension's pre-flight on every fixture photo and ffmpeg-made
// condition (tests/e2e/preflight-conditions.json), prints expected vs measured status per check
// and the agreement rate, and writes docs/eval.md. Builds nothing: run `npm run build` first
// (or set KYC_OUT_DIR to a build folder). Options: --only=a,b  --json (dump measured values).
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const build = join(root, process.env.KYC_OUT_DIR ?? '.output', 'chrome-mv3');
const faces = resolve(root, '..', 'shared', 'fixtures', 'faces');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? true]));
const only = typeof args.get('only') === 'string' ? new Set(args.get('only').split(',')) : null;

if (!existsSync(join(build, 'manifest.json'))) {
  console.error(`No build at ${build}: run "npm run build" first.`);
  process.exit(1);
}
const { conditions } = JSON.parse(readFileSync(join(root, 'tests', 'e2e', 'preflight-conditions.json'), 'utf8'));
const FRAME = 'scale=640:480:force_original_aspect_ratio=increase,crop=640:480';
const clipDir = mkdtempSync(join(tmpdir(), 'kyc-eval-clips-'));

/** Same recipe as tests/e2e/support/clips.ts: the photo, framed to 640x480, plus the condition's filters. */
function makeClip(condition) {
  const out = join(clipDir, `${condition.name}.y4m`);
  const chain = [condition.raw ?? FRAME, condition.filters, 'format=yuv420p'].filter(Boolean).join(',');
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-loop', '1', '-i', join(faces, condition.photo), '-vf', chain, '-t', '2', '-r', '15', out]);
  return out;
}

async function runOne(condition) {
  const clip = makeClip(condition);
  const profile = mkdtempSync(join(tmpdir(), 'kyc-eval-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath: chromiumPath,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader',
      `--disable-extensions-except=${build}`, `--load-extension=${build}`,
      '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${clip}`,
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/preflight.html`);
    await page.getByTestId('run-preflight').click();
    await page.getByTestId('preflight-report').waitFor({ timeout: 30_000 });
    return await page.evaluate(() => window.__kycPreflightReport);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(clip, { force: true });
  }
}

const accepts = (expected, status) => (Array.isArray(expected) ? expected.includes(status) : expected === status);
const rows = [];
let agree = 0, total = 0;
for (const condition of conditions) {
  if (only && !only.has(condition.name)) continue;
  const report = await runOne(condition);
  const byId = Object.fromEntries(report.checks.map((c) => [c.id, c]));
  if (args.get('json')) {
    console.log(JSON.stringify({ name: condition.name, verdict: report.verdict, checks: report.checks.map((c) => [c.id, c.status, c.summary.key.split('.').pop(), c.measured]) }));
  }
  for (const [id, expected] of Object.entries(condition.expect)) {
    const measured = byId[id]?.status ?? 'missing';
    const ok = accepts(expected, measured);
    agree += ok ? 1 : 0;
    total += 1;
    rows.push({ condition: condition.name, check: id, expected: [expected].flat().join('/'), measured, ok, detail: JSON.stringify(byId[id]?.measured ?? {}) });
  }
  console.error(`${condition.name}: verdict ${report.verdict}`);
}
rmSync(clipDir, { recursive: true, force: true });

const rate = total ? ((agree / total) * 100).toFixed(1) : '0';
const table = [
  '| condition | check | expected | measured | agree | measured values |',
  '| --- | --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.condition} | ${r.check} | ${r.expected} | ${r.measured} | ${r.ok ? 'yes' : '**no**'} | \`${r.detail}\` |`),
].join('\n');
console.log(table);
console.log(`\nAgreement: ${agree}/${total} = ${rate}%`);
if (!only) {
  mkdirSync(join(root, 'docs'), { recursive: true });
  const described = conditions.map((c) => `| ${c.name} | ${c.photo} | \`${c.filters ?? c.raw ?? ''}\` | ${c.why ?? ''} |`).join('\n');
  writeFileSync(
    join(root, 'docs', 'eval.md'),
    `# Pre-flight evaluation\n\nGenerated by \`npm run eval\` on ${new Date().toISOString().slice(0, 10)} (headless Chromium, fake camera fed from ` +
      `../shared/fixtures/faces and ffmpeg-made conditions). Expected statuses are what a person would say about the ` +
      `clip; "a/b" accepts either (borderline by construction).\n\n**Agreement: ${agree}/${total} = ${rate}%**\n\n` +
      `## Conditions\n\n| condition | photo | ffmpeg filters | why |\n| --- | --- | --- | --- |\n${described}\n\n## Results\n\n${table}\n`,
  );
}
