#!/usr/bin/env node
// `node scripts/hold-rule.mjs`: how soon may a good set-up end? A measurement, not a test (issue 23, point 1).
// Each condition of tests/e2e/preflight-conditions.json runs once through the built test extension
// (`npx wxt build --mode e2e` first), coached to a 3 s limit even when it holds (`?holdUntilLimit=1`), and the
// judged frames are read back (window.__kycPreflightJudged: numbers only). Then every candidate ending rule is
// replayed on those frames with the product's own functions (src/preflight/coach.ts, judgeWindow): where would
// the run have ended, and would the report there say what the 3-second run says? The rule the product uses must
// agree on every condition, on both camera axes.
// Options: --only=a,b  --camera=photo|webcam  --from=records.json (replay only)  --save=records.json
// Approximation: the small-face scan's summary and the camera's settings are the 3-second run's at every ending
// (the scan completes its sweep before any verdict, so an early ending sees every tile at least once).
import { chromium } from '@playwright/test';
import { createJiti } from 'jiti';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeClipSync } from './camera-clips.mjs';

const root = resolve(import.meta.dirname, '..');
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? 'true']));
const LIMIT_MS = 3000;
const CAMERAS = { photo: { axis: 'photo' }, webcam: { axis: 'webcam', width: 1280, height: 720 } };
const axes = args.has('camera') ? [args.get('camera')] : Object.keys(CAMERAS);
const only = args.has('only') ? new Set(args.get('only').split(',')) : null;

// The product's storage module starts a migration when imported; outside a browser it has nothing to migrate.
process.on('unhandledRejection', () => undefined);
const jiti = createJiti(import.meta.url);
const { frameGood, trailingWindow } = await jiti.import(join(root, 'src/preflight/coach.ts'));
const { judgeWindow } = await jiti.import(join(root, 'src/preflight/checks-adapter.ts'));
const { COACH } = await jiti.import(join(root, 'src/preflight/limits.ts'));

async function record() {
  const build = join(root, process.env.KYC_OUT_DIR ?? '.output', 'chrome-mv3-e2e');
  const faces = resolve(root, '..', 'shared', 'fixtures', 'faces');
  const { conditions } = JSON.parse(readFileSync(join(root, 'tests', 'e2e', 'preflight-conditions.json'), 'utf8'));
  const work = mkdtempSync(join(tmpdir(), 'kyc-hold-'));
  const records = [];
  try {
    for (const axis of axes) {
      for (const condition of conditions) {
        if (only && !only.has(condition.name)) continue;
        const clip = join(work, `${condition.name}-${axis}.y4m`);
        makeClipSync(join(faces, condition.photo), condition, CAMERAS[axis], clip, faces);
        const profile = mkdtempSync(join(work, 'profile-'));
        const context = await chromium.launchPersistentContext(profile, {
          headless: true,
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
          await page.goto(`chrome-extension://${new URL(worker.url()).host}/preflight.html?coachLimitMs=${LIMIT_MS}&holdUntilLimit=1`);
          await page.getByTestId('run-preflight').click();
          await page.getByTestId('preflight-report').waitFor({ timeout: 30_000 });
          const { judged, report } = await page.evaluate(() => ({ judged: window.__kycPreflightJudged, report: window.__kycPreflightReport }));
          const statuses = Object.fromEntries(report.checks.map((c) => [c.id, c.status]));
          records.push({ name: condition.name, set: condition.set ?? 'tuning', axis, judged, statuses });
          console.error(`${condition.name} (${axis}): ${judged?.frames.length ?? 0} frames`);
        } finally {
          await context.close();
          rmSync(profile, { recursive: true, force: true });
          rmSync(clip, { force: true });
        }
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return records;
}

/** The rule in the product before this measurement: a second of frames (and at least 10), 80 % of them good. */
const secondHeld = (frames) => {
  if (frames.length < COACH.minFrames) return false;
  const window = trailingWindow(frames);
  return window.at(-1).at - frames[0].at >= 1000 && window.filter(frameGood).length / window.length >= COACH.goodShare;
};
/** The candidates: the last n frames, 80 % of them good, however short the time they span. */
const lastFramesHeld = (n) => (frames) => frames.length >= n && frames.slice(-n).filter(frameGood).length / n >= COACH.goodShare;
const RULES = { 'one second': secondHeld, ...Object.fromEntries([6, 8, 10, 12, 14].map((n) => [`${n} frames`, lastFramesHeld(n)])) };

const statusesOf = (frames, camera, scan) => Object.fromEntries(judgeWindow({ frames: trailingWindow(frames), camera, scan }).map((c) => [c.id, c.status]));

/** Where `held` would have ended the run (as coach.ts: held, and no check failing on the judged window), and what it would say there. */
function replay(record, held) {
  const { frames, camera, scan } = record.judged;
  for (let k = 1; k <= frames.length; k++) {
    const prefix = frames.slice(0, k);
    if (!held(prefix)) continue;
    const statuses = statusesOf(prefix, camera, scan);
    if (Object.values(statuses).includes('fail')) continue;
    return { endedAt: k, ms: Math.round(prefix.at(-1).at - frames[0].at), statuses };
  }
  return undefined; // coached to the limit: the same report either way
}

const records = args.has('from') ? JSON.parse(readFileSync(args.get('from'), 'utf8')) : await record();
if (args.has('save')) writeFileSync(args.get('save'), JSON.stringify(records));

const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : undefined);
const result = {};
for (const [rule, held] of Object.entries(RULES)) {
  const agree = {}, ended = [], differs = [];
  for (const record of records) {
    if (!record.judged?.frames?.length) continue;
    const key = `${record.set}, ${record.axis}`;
    agree[key] ??= [0, 0];
    const reference = statusesOf(record.judged.frames, record.judged.camera, record.judged.scan);
    const early = replay(record, held);
    const said = early?.statuses ?? reference;
    const changed = Object.keys(reference).filter((id) => said[id] !== reference[id]);
    agree[key][1]++;
    if (changed.length === 0) agree[key][0]++;
    else differs.push(`${record.name} (${record.axis}) at frame ${early.endedAt}: ${changed.map((id) => `${id} ${reference[id]}→${said[id]}`).join(', ')}`);
    if (early) ended.push(early);
  }
  result[rule] = {
    agree: Object.fromEntries(Object.entries(agree).map(([k, [a, t]]) => [k, `${a}/${t}`])),
    endedEarly: ended.length,
    medianFrames: median(ended.map((e) => e.endedAt)),
    medianMs: median(ended.map((e) => e.ms)),
    differs,
  };
}
console.log(JSON.stringify(result, null, 1));
