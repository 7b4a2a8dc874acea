// The bench's floor extension (scripts/bench-floor/): assembled into a folder next to the product's build, loaded into
// the same browser as the product, and timed the same way (Playwright's click to the verdict), so the product's
// click-to-verdict is measured as a ratio to it in one run rather than remembered from another.
import { cpSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Copies the floor's page, the MediaPipe bundle and the build's wasm and model into `dir`; returns `dir`. */
export function assembleFloor(dir, build) {
  mkdirSync(dir, { recursive: true });
  cpSync(join(root, 'scripts', 'bench-floor'), dir, { recursive: true });
  cpSync(join(root, 'node_modules', '@mediapipe', 'tasks-vision', 'vision_bundle.mjs'), join(dir, 'vision_bundle.mjs'));
  mkdirSync(join(dir, 'mediapipe'));
  for (const file of ['vision_wasm_internal.js', 'vision_wasm_internal.wasm', 'face_landmarker.task']) {
    cpSync(join(build, 'mediapipe', file), join(dir, 'mediapipe', file));
  }
  return dir;
}

/** Cold runs on fresh pages (clicked as soon as loaded), then warm runs on the last page. */
export async function measureFloor({ context, floorId, coldRuns, warmRuns }) {
  const runOnce = async (page) => {
    const since = await page.evaluate(() => performance.now());
    const started = Date.now();
    await page.getByTestId('run-floor').click();
    await page.waitForFunction(() => window.__floorTimings !== undefined, null, { timeout: 30_000 });
    const observed = Date.now() - started;
    const timings = await page.evaluate(() => window.__floorTimings);
    // bench.mjs's init script records long tasks on every page, the floor's too: what the floor itself costs the main thread.
    const worstTaskMs = await page.evaluate((t) => Math.max(0, ...(window.__longTasks ?? []).filter((e) => e.start >= t).map((e) => e.ms)), since);
    return { ...timings, observedClickToVerdictMs: observed, worstTaskMs };
  };
  const cold = [];
  let page;
  for (let i = 0; i < coldRuns; i++) {
    await page?.close();
    page = await context.newPage();
    await page.goto(`chrome-extension://${floorId}/floor.html`);
    cold.push(await runOnce(page));
  }
  const warm = [];
  for (let i = 0; i < warmRuns; i++) warm.push(await runOnce(page));
  await page.close();
  return { cold, warm };
}
