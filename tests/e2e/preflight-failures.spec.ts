// Failure states shown as such, with their fix, never an endless spinner; and the way back to
// the verification tab. Each needs its own kind of launch.
import { expect, test } from './support/fixtures';
import { CameraSlot } from './support/camera-slot';
import { launchExtension } from './support/extension';
import { PreflightPage } from './support/pages/preflight-page';

/** Each environment row's status and cause as the DOM shows them (data-status / data-cause). */
function environmentRows(preflight: PreflightPage) {
  return preflight.reportStatusAndCause(['browser', 'camera-permission', 'camera-device', 'network', 'timing']);
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
    const preflight = await PreflightPage.open(extension.context, extension.url('preflight.html'));
    await preflight.start();
    await expect(preflight.error).toHaveAttribute('data-error', 'camera', { timeout: 15_000 });
    await expect(preflight.error).not.toBeEmpty();
    await expect(preflight.report).toHaveAttribute('data-verdict', 'not-ready');
    await expect(preflight.reportRow('camera-device')).toHaveAttribute('data-status', 'fail');
    await expect(preflight.reportRow('head-pose')).toHaveAttribute('data-status', 'skip');
    // One truth about the camera: both rows fail, for the same reason.
    const rows = await environmentRows(preflight);
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
    const preflight = await PreflightPage.open(extension.context, extension.url('preflight.html'));
    await preflight.start();
    await expect(preflight.error).toHaveAttribute('data-error', 'camera', { timeout: 15_000 });
    await expect(preflight.report).toHaveAttribute('data-verdict', 'not-ready');
    const rows = await environmentRows(preflight);
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
    const preflight = await PreflightPage.open(extension.context, extension.url('preflight.html'));
    const picker = preflight.cameraPicker;
    await expect(picker).toBeVisible();
    await expect(picker).toBeEnabled(); // the camera is granted here, so its name is readable
    const options = await picker.locator('option').allTextContents();
    expect(options.length).toBeGreaterThan(0);
    await picker.selectOption({ index: 0 });
    const chosen = await picker.inputValue();
    await expect.poll(async () => (await extension.serviceWorker()).evaluate(async () => (await chrome.storage.local.get('cameraChoice')).cameraChoice)).toMatchObject({ deviceId: chosen });
    // Disabled while the run lasted: recorded in the page (the run can be over in about a second).
    await preflight.watchPicker();
    await preflight.start();
    await expect(preflight.row('face-count')).toHaveAttribute('data-status', 'pass', { timeout: 20_000 });
    await expect(picker).toBeEnabled();
    expect(await preflight.pickerDisabledStates()).toContain('');
    await preflight.page.close();
  });

  test('closing the page mid-run releases the camera (no "device busy" for FaceTec)', async () => {
    // Its own launch on a clip that never holds good (too close), so the run lasts its 8 s limit: closing the page
    // mid-run races nothing (on the default clip a run can end about a second after it starts).
    const slot = new CameraSlot('failures-slot');
    const extension = await launchExtension({ clip: slot.clipFor('frontal-close') });
    try {
      const preflight = await PreflightPage.open(extension.context, extension.url('preflight.html'));
      await preflight.start();
      await expect(preflight.instruction).not.toBeEmpty({ timeout: 15_000 });
      // Closing mid-run is the point: if the run had already ended, this test would prove nothing, so it fails.
      expect(await preflight.stopButton.isVisible(), 'still running when the page closes').toBe(true);
      await preflight.page.close({ runBeforeUnload: true });
      // A second page can open the camera straight away and run a full pre-flight (on the good set-up, put in the
      // camera once the first page's tracks ended: that run ends about a second after it held good).
      slot.put('frontal');
      const next = await PreflightPage.open(extension.context, extension.url('preflight.html'));
      await next.start();
      await expect(next.report).toHaveAttribute('data-verdict', /ready|caution|not-ready/, { timeout: 20_000 });
      await expect(next.row('face-count')).toHaveAttribute('data-status', 'pass');
    } finally {
      await extension.context.close();
    }
  });
});
