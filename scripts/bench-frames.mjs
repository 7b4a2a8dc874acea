#!/usr/bin/env node
// `npm run bench:frames`: what the binance.com content script costs now that it runs in every
// binance.com frame (all_frames). A benchmark, not a test. Builds nothing: run `npm run build` first.
//
// The built extension in headless Chromium; pages from the e2e fixture server (www.binance.com and
// verify.binance.com over HTTPS). For each scenario, V8's own profiler over the renderer (frames of
// one site share it): the sampled CPU time spent in content-scripts/kyc.js, and from precise
// coverage the number of calls of the content script's check (each frame's copy counted).
// Prints JSON and writes docs/bench-frames.json.
import { chromium } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HOST_ARGS, startFakeBinance } from '../tests/e2e/support/binance-server.ts';

const root = resolve(import.meta.dirname, '..');
const build = join(root, process.env.KYC_OUT_DIR ?? '.output', 'chrome-mv3');
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

/** CPU ms in kyc.js (sampled) and calls of its check, over SECONDS, on an already settled page. */
async function profile(page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  await cdp.send('Profiler.start');
  await page.waitForTimeout(SECONDS * 1000);
  const { profile: cpu } = await cdp.send('Profiler.stop');
  const { result: coverage } = await cdp.send('Profiler.takePreciseCoverage');
  await cdp.send('Profiler.stopPreciseCoverage');
  await cdp.detach();

  const parent = new Map();
  const byId = new Map(cpu.nodes.map((node) => [node.id, node]));
  for (const node of cpu.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inScript = new Map();
  const touches = (id) => {
    if (inScript.has(id)) return inScript.get(id);
    const node = byId.get(id);
    const value = node.callFrame.url.endsWith('content-scripts/kyc.js') || (parent.has(id) && touches(parent.get(id)));
    inScript.set(id, value);
    return value;
  };
  let micros = 0;
  cpu.samples.forEach((id, i) => {
    if (touches(id)) micros += cpu.timeDeltas[i + 1] ?? 0;
  });

  let checks = 0;
  for (const entry of coverage) {
    if (!entry.url.endsWith('content-scripts/kyc.js')) continue;
    for (const fn of entry.functions) {
      const range = fn.ranges[0];
      if (CHECK.test(script.slice(range.startOffset, range.startOffset + 120))) checks += range.count;
    }
  }
  return { cpuMs: micros / 1000, checks };
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
  const { cpuMs, checks } = await profile(page);
  await page.close();
  return {
    name,
    documents,
    cpuMsPerSecond: round(cpuMs / SECONDS),
    cpuMsPerSecondPerDocument: round(cpuMs / SECONDS / documents),
    checks,
    // A check at the first and the last instant of the window makes SECONDS + 1 at one a second.
    checksPerSecondPerDocument: round(checks / SECONDS / documents, 2),
    msPerCheck: checks ? round(cpuMs / checks) : null,
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
