#!/usr/bin/env node
// `npm run bench:frames`: what the binance.com content script costs now that it runs in every
// binance.com frame (all_frames). A benchmark, not a test. Builds nothing: run `npm run build:test` first.
//
// The built extension in headless Chromium; pages from the e2e fixture server (www.binance.com and
// verify.binance.com over HTTPS). For each scenario, a Chromium trace of the renderer (frames of one
// site share it): the thread CPU time of every call into content-scripts/kyc.js, and from V8's
// precise coverage the number of calls of the content script's check (every frame's copy counted).
// Prints JSON and writes docs/bench-frames.json.
import { chromium } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HOST_ARGS, startFakeBinance } from '../tests/e2e/support/binance-server.ts';

const root = resolve(import.meta.dirname, '..');
const build = join(root, process.env.KYC_OUT_DIR ?? '.output', 'chrome-mv3-e2e');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const script = readFileSync(join(build, 'content-scripts', 'kyc.js'), 'utf8');
// The check, in the minified build: `function x(){if(!e.isValid)return;let r=location.href,...`.
const CHECK = /^function\s*\w*\(\)\{if\(!\w+\.isValid\)return;let \w+=location\.href/;

const server = await startFakeBinance();
const work = mkdtempSync(join(tmpdir(), 'kyc-bench-frames-'));
const context = await chromium.launchPersistentContext(join(work, 'profile'), {
  headless: true,
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', `--disable-extensions-except=${build}`, `--load-extension=${build}`, ...HOST_ARGS],
});

/**
 * CPU ms in kyc.js and calls of its check, over SECONDS, on an already settled page. CPU time is
 * the trace's thread time (`tdur`) of every call into the script (timer, observer and event
 * callbacks): unlike wall time or samples, it does not grow when a busy machine preempts the thread.
 */
async function profile(page) {
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  await page.waitForTimeout(SECONDS * 1000);
  await cdp.send('Tracing.end');
  await complete;
  const { result: coverage } = await cdp.send('Profiler.takePreciseCoverage');
  await cdp.send('Profiler.stopPreciseCoverage');
  await cdp.detach();

  const calls = events.filter((e) => e.name === 'FunctionCall' && e.ph === 'X' && String(e.args?.data?.url ?? '').endsWith('content-scripts/kyc.js'));
  const cpuMicros = calls.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0);
  const wallMicros = calls.reduce((sum, e) => sum + (e.dur ?? 0), 0);
  const longest = calls.reduce((max, e) => Math.max(max, e.tdur ?? e.dur ?? 0), 0);

  let checks = 0;
  for (const entry of coverage) {
    if (!entry.url.endsWith('content-scripts/kyc.js')) continue;
    for (const fn of entry.functions) {
      const range = fn.ranges[0];
      if (CHECK.test(script.slice(range.startOffset, range.startOffset + 120))) checks += range.count;
    }
  }
  return { cpuMs: cpuMicros / 1000, wallMs: wallMicros / 1000, longestCallMs: longest / 1000, calls: calls.length, checks };
}

const round = (value, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

async function scenario(name, path, setup) {
  const page = await context.newPage();
  await page.goto(server.url(path));
  if (setup) await setup(page);
  await page.waitForTimeout(3000); // past start-up: the steady state is what is measured
  // Every binance.com document runs its own copy of the script (V8 may share the compiled code, so
  // coverage shows one script with every copy's calls added up).
  const documents = page.frames().filter((frame) => /^https:\/\/([\w-]+\.)*binance\.com[:/]/.test(frame.url())).length;
  const { cpuMs, wallMs, longestCallMs, calls, checks } = await profile(page);
  await page.close();
  return {
    name,
    documents,
    cpuMsPerSecond: round(cpuMs / SECONDS),
    cpuMsPerSecondPerDocument: round(cpuMs / SECONDS / documents),
    checks,
    // A check at the first and the last instant of the window makes SECONDS + 1 at one a second.
    checksPerSecondPerDocument: round(checks / SECONDS / documents, 2),
    // Upper bound: all of the script's time (observer callbacks included) shared out over its checks.
    msPerCheck: checks ? round(cpuMs / checks) : null,
    longestCallMs: round(longestCallMs),
    callsIntoScript: calls,
    wallMsPerSecond: round(wallMs / SECONDS),
  };
}

try {
  const results = [];
  results.push(await scenario('markets page, top frame only', '/en/markets/frames?frames=0'));
  results.push(await scenario('markets page + 3 same-site frames (all churning)', '/en/markets/frames?frames=3'));
  results.push(
    await scenario('KYC page, FaceTec 9.6 scanning in a same-site frame (guidance every 250 ms)', '/en/my/kyc/liveness', async (page) => {
      await page.waitForTimeout(1000);
      const frame = page.frames().find((f) => f.url().includes('/facetec/frame'));
      await frame.waitForFunction('window.fixture !== undefined');
      await frame.evaluate(`fixture.start('9.6'); fixture.show('scan');
        const keys = ['FaceTec_feedback_move_web_closer', 'FaceTec_feedback_use_even_lighting', 'FaceTec_presession_brighten_your_environment'];
        let i = 0; setInterval(() => fixture.feedback(keys[i++ % keys.length]), 250);`);
    }),
  );
  const [alone, framed] = results;
  const output = {
    at: new Date().toISOString(),
    seconds: SECONDS,
    results,
    extraFramesCpuMsPerSecond: round(framed.cpuMsPerSecond - alone.cpuMsPerSecond),
  };
  console.log(JSON.stringify(output, null, 2));
  writeFileSync(join(root, 'docs', 'bench-frames.json'), `${JSON.stringify(output, null, 2)}\n`);
} finally {
  await context.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
