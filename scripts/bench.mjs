#!/usr/bin/env node
// `npm run bench`: a benchmark, not a test. Runs the built extension's pre-flight in headless
// Chromium with a fake camera (a frontal photo at ~40 cm) and prints JSON: click-to-report cold
// and warm, model initialisation, per-frame landmarker vs our analysis, camera release after the
// verdict, and the packaged size; beside them a floor extension (scripts/bench-floor/) timed the same way. Writes docs/bench.json. Builds nothing: run `npm run build && npm run build:test` first.
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { measurePopupTTI } from './bench-popup.mjs';
import { assembleFloor, measureFloor } from './bench-floor.mjs';

const root = resolve(import.meta.dirname, '..');
// Timings come from the test build (its seams hand the engine's timings over); sizes from the production build, what ships.
const build = join(root, process.env.KYC_OUT_DIR ?? '.output', 'chrome-mv3-e2e');
const shipped = join(root, process.env.KYC_OUT_DIR ?? '.output', 'chrome-mv3');
const photo = resolve(root, '..', 'shared', 'fixtures', 'faces', 'stock-teen-6.jpg');
const WARM_RUNS = Number(process.env.BENCH_WARM_RUNS ?? 3);
/** Cold runs: each on a newly opened page, so a fresh page and a fresh model (module state is per page). */
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 3);
if (!existsSync(join(build, 'manifest.json')) || !existsSync(join(shipped, 'manifest.json'))) {
  console.error(`No builds at ${build} and ${shipped}: run "npm run build && npm run build:test" first.`);
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'kyc-bench-'));
const clip = join(work, 'ideal.y4m');
// The "ideal" condition of tests/e2e/preflight-conditions.json: the photo reframed to about 40 cm.
execFileSync('ffmpeg', ['-v', 'error', '-y', '-loop', '1', '-i', photo, '-vf',
  'scale=640:480:force_original_aspect_ratio=increase,crop=640:480,split[a][b];[a]boxblur=20[bg];[b]scale=352:264[fg];[bg][fg]overlay=(W-w)/2:(H-h)/2,format=yuv420p',
  '-t', '2', '-r', '15', clip]);

function sizeOf(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? sizeOf(path) : statSync(path).size;
  }
  return total;
}
const zipPath = join(work, 'extension.zip');
execFileSync('zip', ['-qr', '-9', zipPath, '.'], { cwd: shipped });

// The floor (scripts/bench-floor/): the same landmarker, camera and clip, nothing else, in the same browser.
const floor = assembleFloor(join(work, 'floor'), build);
const context = await chromium.launchPersistentContext(join(work, 'profile'), {
  headless: true,
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader',
    `--disable-extensions-except=${build},${floor}`, `--load-extension=${build},${floor}`,
    '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${clip}`,
  ],
});
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

try {
  /** The service worker whose script is `file` (the product's background.js, the floor's floor-worker.js). */
  const workerOf = async (file) => {
    const match = (w) => w.url().endsWith(`/${file}`);
    return context.serviceWorkers().find(match) ?? (await context.waitForEvent('serviceworker', { predicate: match }));
  };
  const extensionId = new URL((await workerOf('background.js')).url()).host;
  const floorId = new URL((await workerOf('floor-worker.js')).url()).host;
  // Track every stream so the release can be checked from outside the engine too. An init script,
  // so nothing runs on the page between its load and the click.
  await context.addInitScript(() => {
    // Every main-thread task over 50 ms (the Long Tasks API), so a run's worst task can be read after it.
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, ms: Math.round(e.duration) });
    }).observe({ type: 'longtask', buffered: true });
    window.__streams = [];
    const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (c) => {
      const s = await original(c);
      window.__streams.push(s);
      return s;
    };
  });
  /** One click on run-preflight, timed from before Playwright's click to the report. */
  const runOnce = async (page) => {
    const since = await page.evaluate(() => performance.now());
    const started = Date.now();
    await page.getByTestId('run-preflight').click();
    await page.waitForFunction(() => window.__kycPreflightTimings !== undefined, null, { timeout: 30_000 });
    const outside = Date.now() - started;
    const worstTaskMs = await page.evaluate((t) => Math.max(0, ...window.__longTasks.filter((e) => e.start >= t).map((e) => e.ms)), since);
    const released = await page.evaluate(() => window.__streams.every((s) => s.getTracks().every((t) => t.readyState === 'ended')));
    const timings = await page.evaluate(() => window.__kycPreflightTimings);
    await page.evaluate(() => (window.__kycPreflightTimings = undefined));
    return { ...timings, observedClickToReportMs: outside, allTracksEndedAtReport: released, worstTaskMs };
  };
  // Cold: the click comes as soon as the page has loaded (no wait for the model, which starts
  // loading when the page is idle); the first cold run is also the profile's first page.
  const coldRuns = [];
  let page;
  for (let i = 0; i < COLD_RUNS; i++) {
    await page?.close();
    page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/preflight.html?coachLimitMs=8000`); // the product's coaching limit, as in the eval
    coldRuns.push(await runOnce(page));
  }
  // Warm: further runs on the last page, whose landmarker is created and warmed.
  const runs = [...coldRuns.slice(-1)];
  for (let i = 0; i < WARM_RUNS; i++) runs.push(await runOnce(page));
  await page.close();
  const floorRuns = await measureFloor({ context, floorId, coldRuns: COLD_RUNS, warmRuns: WARM_RUNS });
  const popupTimeToInteractive = await measurePopupTTI({ context, extensionId });
  const [, ...warm] = runs;
  const cold = coldRuns[0];
  const pick = (key) => median(warm.map((r) => r[key]));
  const pickCold = (key) => median(coldRuns.map((r) => r[key]));
  const result = {
    date: new Date().toISOString(),
    machine: 'headless Chromium, fake camera 640x480 @ 15 fps, CPU delegate',
    // From Playwright's click to the report, as a user sees it (includes a main thread busy loading the model).
    clickToReportMs: {
      cold: cold.observedClickToReportMs,
      coldMedian: pickCold('observedClickToReportMs'),
      coldRuns: coldRuns.map((r) => r.observedClickToReportMs),
      warmMedian: pick('observedClickToReportMs'),
      targetCold: 2500,
      targetWarm: 1500,
    },
    // The floor's click to verdict, timed the same way in the same browser, and the product's over it (issue 23's
    // aim: 1.15 cold and warm). Cold runs alternate with nothing: the product's cold pages first, then the floor's.
    floorClickToVerdictMs: {
      coldMedian: median(floorRuns.cold.map((r) => r.observedClickToVerdictMs)),
      coldRuns: floorRuns.cold.map((r) => r.observedClickToVerdictMs),
      warmMedian: median(floorRuns.warm.map((r) => r.observedClickToVerdictMs)),
      framesJudged: floorRuns.warm[0]?.frames,
      worstTaskMs: { cold: Math.max(...floorRuns.cold.map((r) => r.worstTaskMs)), warm: Math.max(...floorRuns.warm.map((r) => r.worstTaskMs)) },
      everyFrameHadTheFace: [...floorRuns.cold, ...floorRuns.warm].every((r) => r.withFace === r.frames),
    },
    overFloor: {
      cold: Math.round((pickCold('observedClickToReportMs') / median(floorRuns.cold.map((r) => r.observedClickToVerdictMs))) * 100) / 100,
      warm: Math.round((pick('observedClickToReportMs') / median(floorRuns.warm.map((r) => r.observedClickToVerdictMs))) * 100) / 100,
      target: 1.15,
    },
    // From the click handler to the verdict, inside the engine.
    engineClickToVerdictMs: { cold: cold.clickToReportMs, coldMedian: pickCold('clickToReportMs'), warmMedian: pick('clickToReportMs') },
    // The longest main-thread task between the click and the report (0: none over 50 ms). Aim: warm 50, cold 100.
    worstMainThreadTaskMs: { cold: Math.max(...coldRuns.map((r) => r.worstTaskMs)), coldRuns: coldRuns.map((r) => r.worstTaskMs), warm: Math.max(...warm.map((r) => r.worstTaskMs)), targetWarm: 50, targetCold: 100 },
    modelInitMs: cold.modelInitMs,
    cameraOpenMs: { cold: cold.cameraOpenMs, warmMedian: pick('cameraOpenMs') },
    framesAnalysed: pick('frames'),
    perFrameMs: {
      landmarker: pick('landmarkerMsMedian'),
      ourAnalysis: pick('analysisMsMedian'),
      analysisShareOfLandmarker: pick('analysisShare'),
      target: 0.15,
      // Averages over the frames (the budget is on the mean): our metrics alone, then with the
      // small-face scan's one tile per frame (src/vision/small-faces.ts).
      smallFaceScanMean: pick('scanMsMean'),
      metricsShareMean: pick('metricsShareMean'),
      smallFaceScanShare: pick('scanShare'),
      withScanShareMean: Math.round((pick('metricsShareMean') + pick('scanShare')) * 1000) / 1000,
      targetWithScan: 0.25,
      // What a frame costs in all (landmarker + our analysis, medians): the scan's detector calls also absorb
      // MediaPipe work the landmarker would otherwise pay, so compare this total with a build without the scan.
      perFrameTotal: Math.round((pick('landmarkerMsMedian') + pick('analysisMsMedian')) * 10) / 10,
      firstFrameLandmarkerCold: cold.firstLandmarkerMs,
    },
    cameraReleaseAfterVerdictMs: {
      worst: Math.max(...[...coldRuns, ...runs].map((r) => r.releaseAfterVerdictMs)),
      target: 100,
      allTracksEndedAtReport: [...coldRuns, ...runs].every((r) => r.allTracksEndedAtReport),
    },
    packagedSize: { zipBytes: statSync(zipPath).size, unpackedBytes: sizeOf(shipped) },
    popupTimeToInteractive,
    coldRuns,
    runs,
  };
  console.log(JSON.stringify(result, null, 2));
  writeFileSync(join(root, 'docs', 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await context.close();
  rmSync(work, { recursive: true, force: true });
}
