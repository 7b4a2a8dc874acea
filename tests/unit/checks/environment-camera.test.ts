// camera-permission is decided after the pre-flight's own camera attempt: the environment waits for
// it and only then asks the browser, so a prompt answered "Block" during the run reads as blocked.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cameraAttemptOf } from '../../../src/checks/open-camera';
import { assessEnvironment } from '../../../src/checks/environment';
import type { CheckResult } from '../../../src/report/types';

const permissionOf = (checks: CheckResult[]) => checks.find((check) => check.id === 'camera-permission')!;

describe('the camera attempt decides camera-permission', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    fakeBrowser.reset();
  });

  it('asks the browser only after the attempt has ended', async () => {
    let state: PermissionState = 'prompt';
    const query = vi.fn(async () => ({ state }));
    vi.stubGlobal('navigator', { userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/158.0.0.0 Safari/537.36', onLine: true, permissions: { query } });
    let finish!: (attempt: 'permission-browser') => void;
    const camera = new Promise<'permission-browser'>((resolve) => (finish = resolve));
    const pending = assessEnvironment({ camera, now: new Date(2026, 10, 30, 12) });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(query).not.toHaveBeenCalled();
    // The user answers the prompt with "Block": the state changes, then the attempt fails.
    state = 'denied';
    finish('permission-browser');
    const permission = permissionOf((await pending).checks);
    expect(query).toHaveBeenCalledTimes(1);
    expect(permission).toMatchObject({ status: 'fail', cause: 'blocked-extension', measured: { extension: 'denied', camera: 'permission-browser' } });
  });

  it('a camera attempt that rejects is treated as no attempt, never as a crash', async () => {
    vi.stubGlobal('navigator', { userAgent: '', permissions: { query: async () => ({ state: 'granted' }) } });
    const { checks } = await assessEnvironment({ camera: Promise.reject(new Error('boom')), now: new Date(2026, 10, 30, 12) });
    expect(permissionOf(checks)).toMatchObject({ status: 'pass' });
    expect(permissionOf(checks).measured).not.toHaveProperty('camera');
  });
});

describe('cameraAttemptOf', () => {
  const check: CheckResult = { id: 'camera-device', status: 'fail', summary: { key: 'checks.camera.busy' } };
  it.each([
    [null, 'timeout'],
    [{ stream: {} as MediaStream, check: { ...check, status: 'pass' } }, 'opened'],
    [{ stream: null, check: { ...check, measured: { failure: 'permission-os' } } }, 'permission-os'],
    [{ stream: null, check }, 'unknown'],
  ] as const)('%j → %s', (opened, attempt) => {
    expect(cameraAttemptOf(opened as Parameters<typeof cameraAttemptOf>[0])).toBe(attempt);
  });
});
