// Failure states shown as such, with their fix, never an endless spinner; and the way back to
// the verification tab. Each needs its own kind of launch.
import type { Locator } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { launchExtension } from './support/extension';
import { record, recorded } from './support/pages/record';

/** Each environment row's status and cause as the DOM shows them (data-status / data-cause). */
async function environmentRows(report: Locator) {
  return report.locator('[data-check]').evaluateAll((rows) =>
    Object.fromEntries(
      rows
        .filter((row) => ['browser', 'camera-permission', 'camera-device', 'network', 'timing'].includes(row.getAttribute('data-check')!))
        .map((row) => [row.getAttribute('data-check'), [row.getAttribute('data-status'), row.getAttribute('data-cause')]]),
    ),
  );
}

/** Every warn/fail/skip environment row names its cause; a pass row names none. */
function expectCaused(rows: Record<string, [string | null, string | null]>) {
  for (const [id, [status, cause]] of Object.entries(rows)) {
    if (status === 'pass') expect(cause, id).toBeNull();
    else expect(cause, `${id} ${status}`).toMatch(/^[a-z-]+$/);
  }
}

test('camera permission denied: a camera error with its fix, vision checks skipped, not ready', async () => {
  const extension = await launchExtension({ grantCamera: false });
  try {
    const page = await extension.context.newPage();
    await page.goto(extension.url('preflight.html'));
    await page.getByTestId('run-preflight').click();
    const error = page.getByTestId('preflight-error');
    await expect(error).toHaveAttribute('data-error', 'camera', { timeout: 15_000 });
    await expect(error).not.toBeEmpty();
    const report = page.getByTestId('preflight-report');
    await expect(report).toHaveAttribute('data-verdict', 'not-ready');
    await expect(report.locator('[data-check="camera-device"]')).toHaveAttribute('data-status', 'fail');
    await expect(report.locator('[data-check="head-pose"]')).toHaveAttribute('data-status', 'skip');
    // One truth about the camera: both rows fail, for the same reason.
    const rows = await environmentRows(report);
    expect(rows['camera-device']).toEqual(['fail', 'blocked']);
    expect(rows['camera-permission']).toEqual(['fail', 'blocked-extension']);
    expectCaused(rows);
  } finally {
    await extension.context.close();
  }
});

test('no camera at all: the same clear failure state', async () => {
  const extension = await launchExtension({ clip: null });
  try {
    const page = await extension.context.newPage();
    await page.goto(extension.url('preflight.html'));
    await page.getByTestId('run-preflight').click();
    await expect(page.getByTestId('preflight-error')).toHaveAttribute('data-error', 'camera', { timeout: 15_000 });
    const report = page.getByTestId('preflight-report');
    await expect(report).toHaveAttribute('data-verdict', 'not-ready');
    const rows = await environmentRows(report);
    expect(rows['camera-device']).toEqual(['fail', 'not-found']);
    // The permission is granted here (fake UI); a missing camera is not a permission problem.
    expect(rows['camera-permission']).toEqual(['pass', null]);
    expectCaused(rows);
  } finally {
    await extension.context.close();
  }
});

test.describe('with a camera', () => {
  // The way back to the verification tab ("Go to verification") is tested in preflight.spec.ts.

  test('the camera picker is on the page before the run, labelled, and the chosen camera is remembered and used', async ({ extension }) => {
    const page = await extension.context.newPage();
    await page.goto(extension.url('preflight.html'));
    const picker = page.getByLabel('Camera to test');
    await expect(picker).toBeVisible();
    await expect(picker).toBeEnabled(); // the camera is granted here, so its name is readable
    const options = await picker.locator('option').allTextContents();
    expect(options.length).toBeGreaterThan(0);
    await picker.selectOption({ index: 0 });
    const chosen = await picker.inputValue();
    await expect.poll(async () => (await extension.serviceWorker()).evaluate(async () => (await chrome.storage.local.get('cameraChoice')).cameraChoice)).toMatchObject({ deviceId: chosen });
    // Disabled while the run lasted: recorded in the page (the run can be over in about a second).
    await record(page, 'picker-disabled', '[data-testid="camera-picker"]', 'disabled');
    await page.getByTestId('run-preflight').click();
    await expect(page.locator('[data-check="face-count"]')).toHaveAttribute('data-status', 'pass', { timeout: 20_000 });
    await expect(picker).toBeEnabled();
    expect(await recorded(page, 'picker-disabled')).toContain('');
    await page.close();
  });

  test('closing the page mid-run releases the camera (no "device busy" for FaceTec)', async ({ extension }) => {
    const page = await extension.context.newPage();
    await page.goto(extension.url('preflight.html'));
    await page.getByTestId('run-preflight').click();
    await expect(page.getByTestId('preflight-instruction')).not.toBeEmpty({ timeout: 15_000 });
    // Closing mid-run is the point: if the run had already ended, this test would prove nothing, so it fails.
    expect(await page.getByTestId('stop-preflight').isVisible(), 'still running when the page closes').toBe(true);
    await page.close({ runBeforeUnload: true });
    // A second page can open the camera straight away and run a full pre-flight.
    const next = await extension.context.newPage();
    await next.goto(extension.url('preflight.html'));
    await next.getByTestId('run-preflight').click();
    await expect(next.getByTestId('preflight-report')).toHaveAttribute('data-verdict', /ready|caution|not-ready/, { timeout: 20_000 });
    await expect(next.locator('[data-check="face-count"]')).toHaveAttribute('data-status', 'pass');
  });
});
