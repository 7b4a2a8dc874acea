// The pre-flight through the real extension: one Chromium launch per fake-camera clip, one run of
// the flow per clip, several checks asserted on each. Conditions and the statuses a person would
// expect live in preflight-conditions.json (shared with `npm run eval`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { defineClip } from './support/clips';
import { launchExtension } from './support/extension';
import { expect, test } from './support/fixtures';

interface Condition {
  name: string;
  photo: string;
  filters?: string;
  raw?: string;
  expect: Record<string, string | string[]>;
}
const { conditions } = JSON.parse(readFileSync(join(import.meta.dirname, 'preflight-conditions.json'), 'utf8')) as {
  conditions: Condition[];
};

/** Every synthetic condition, plus the photos that show what the synthetic ones cannot. */
const E2E = [
  ...conditions.filter((c) => !c.name.startsWith('photo-') && c.name !== 'very-blurred').map((c) => c.name),
  'photo-stock-emotions-a-2', // head turned ~30°
  'photo-group-2', // three people
];

async function runPreflight(page: Page) {
  // Record every stream the page opens, to prove each track is stopped when the verdict appears.
  await page.evaluate(() => {
    const streams: MediaStream[] = [];
    (window as unknown as { __streams: MediaStream[] }).__streams = streams;
    const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await original(constraints);
      streams.push(stream);
      return stream;
    };
  });
  await page.getByTestId('run-preflight').click();
  const report = page.getByTestId('preflight-report');
  await expect(report).toBeVisible({ timeout: 20_000 });
  const tracks = await page.evaluate(() =>
    (window as unknown as { __streams: MediaStream[] }).__streams.flatMap((s) => s.getTracks().map((t) => t.readyState)),
  );
  expect(tracks.length).toBeGreaterThan(0);
  expect(tracks.every((state) => state === 'ended')).toBe(true);
  return report;
}

async function statusOf(page: Page, id: string) {
  return page.locator(`[data-testid="preflight-report"] [data-check="${id}"]`).getAttribute('data-status');
}

for (const name of E2E) {
  const condition = conditions.find((c) => c.name === name)!;
  // Playwright cannot switch a worker-scoped clip inside a describe, so each clip gets its own
  // launch here (still exactly one launch per clip).
  test(`pre-flight on "${name}" reports ${Object.entries(condition.expect).map(([id, s]) => `${id}=${[s].flat().join('/')}`).join(', ')}`, async () => {
    const extension = await launchExtension({ clip: defineClip(name, { photo: condition.photo, filters: condition.filters, raw: condition.raw }) });
    const consoleErrors: string[] = [];
    try {
      const page = await extension.context.newPage();
      page.on('console', (message) => {
        // MediaPipe's wasm logs its own INFO lines (XNNPACK delegate) on stderr, i.e. console.error.
        if (message.type() === 'error' && !message.text().startsWith('INFO:')) consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(error.message));
      await page.goto(extension.url('preflight.html'));
      if (name === 'too-far') {
        // Live guidance while it runs: the face frame is red and the instruction says what to do.
        await page.getByTestId('run-preflight').click();
        await expect(page.getByTestId('preflight-instruction')).toHaveText(/closer/i);
        await expect(page.getByTestId('face-frame')).toHaveAttribute('data-ok', 'false');
        await expect(page.getByTestId('preflight-report')).toBeVisible({ timeout: 20_000 });
      } else {
        await runPreflight(page);
      }
      const measured: Record<string, string | null> = {};
      for (const id of Object.keys(condition.expect)) measured[id] = await statusOf(page, id);
      const expected = Object.fromEntries(
        Object.entries(condition.expect).map(([id, s]) => [id, [s].flat().includes(measured[id]!) ? measured[id] : s]),
      );
      expect(measured).toEqual(expected);
      // One report answers "am I ready?": the environment checks are in it too, and any failure means not-ready.
      for (const id of ['browser', 'camera-device']) await expect(page.locator(`[data-check="${id}"]`)).toHaveCount(1);
      const verdict = await page.getByTestId('preflight-report').getAttribute('data-verdict');
      if (Object.values(measured).includes('fail')) expect(verdict).toBe('not-ready');
      expect(consoleErrors).toEqual([]);
    } finally {
      await extension.context.close();
    }
  });
}
