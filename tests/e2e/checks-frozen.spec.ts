// A camera that opens but never delivers a frame (frozen driver, or held by another app that
// lets the stream open): getUserMedia is swapped, before the page's own scripts run, for one that
// answers with a canvas stream nobody draws on (captureStream(0) sends a frame only on
// requestFrame()). The run must end in the camera-device "no-frames" failure with its fix, within
// the first-frame timeout, and stop the track it was given (FaceTec would otherwise find it busy).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './support/fixtures';
import { PreflightPage } from './support/pages/preflight-page';

const en = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../src/i18n/locales/en/checks.json'), 'utf8')) as Record<string, string>;

interface FrozenWindow {
  __frozenTracks: MediaStreamTrack[];
}

test('a camera that opens but sends no frame fails camera-device as frozen/busy, with its fix, and is stopped', async ({ extension }) => {
  const page = await extension.context.newPage();
  try {
    await page.addInitScript(() => {
      const target = window as unknown as FrozenWindow;
      target.__frozenTracks = [];
      navigator.mediaDevices.getUserMedia = async () => {
        const canvas = document.createElement('canvas');
        canvas.width = 640;
        canvas.height = 480;
        const stream = canvas.captureStream(0);
        target.__frozenTracks.push(...stream.getVideoTracks());
        return stream;
      };
    });
    await page.goto(extension.url('preflight.html'));
    const preflight = new PreflightPage(page);
    const started = Date.now();
    await preflight.start();

    // No endless spinner: the report arrives once the 3 s first-frame wait runs out.
    await expect(preflight.report).toHaveAttribute('data-verdict', 'not-ready', { timeout: 10_000 });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(2_500); // it really waited for a frame...
    expect(elapsed).toBeLessThan(8_000); // ...and gave up on time
    await expect(preflight.error).toHaveAttribute('data-error', 'camera');

    await expect(preflight.reportRow('camera-device')).toHaveAttribute('data-status', 'fail');
    await expect(preflight.rowSummary('camera-device')).toHaveText(en['camera.no-frames']!);
    await expect(preflight.rowFix('camera-device')).toContainText(en['camera.no-framesFix']!);
    const stored = await preflight.publishedReport();
    expect(stored?.checks.find((check) => check.id === 'camera-device')?.measured).toMatchObject({ error: 'NoFramesError', failure: 'no-frames' });

    // The fake camera was really handed out, and every track of it was stopped.
    const states = await page.evaluate(() => (window as unknown as FrozenWindow).__frozenTracks.map((track) => track.readyState));
    expect(states.length).toBeGreaterThan(0);
    expect(states).toEqual(states.map(() => 'ended'));
  } finally {
    await page.close();
  }
});
