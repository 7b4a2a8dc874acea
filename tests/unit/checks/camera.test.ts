import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach } from 'vitest';
import { resolveCameraChoice } from '../../../src/checks/remembered-camera';
import { cameraChoiceItem } from '../../../src/storage/camera-choice';
import { cameraFailureOf } from '../../../src/checks/camera-errors';
import { classifyCameraLabel } from '../../../src/checks/camera-label';
import { cameraErrorCheck, cameraLostCheck, cameraNotAnsweredCheck, deliveredCameraCheck, finalCameraCheck } from '../../../src/checks/camera/camera-device';

function domError(name: string, message = ''): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

describe('getUserMedia errors → cause', () => {
  it.each([
    ['NotAllowedError', 'Permission denied', 'prompt', 'permission-browser'],
    ['NotAllowedError', 'Permission denied', 'denied', 'permission-browser'],
    ['NotAllowedError', 'Permission denied by system', 'prompt', 'permission-os'],
    // The browser has granted the camera, yet access is refused: the OS privacy switch.
    ['NotAllowedError', 'Permission denied', 'granted', 'permission-os'],
    ['PermissionDeniedError', '', undefined, 'permission-browser'],
    ['NotFoundError', 'Requested device not found', undefined, 'no-camera'],
    ['DevicesNotFoundError', '', undefined, 'no-camera'],
    ['NotReadableError', 'Could not start video source', 'granted', 'busy'],
    ['TrackStartError', '', undefined, 'busy'],
    ['OverconstrainedError', '', undefined, 'overconstrained'],
    ['ConstraintNotSatisfiedError', '', undefined, 'overconstrained'],
    ['AbortError', 'Starting videoinput failed', undefined, 'aborted'],
    ['SecurityError', '', undefined, 'insecure'],
    ['TypeError', 'no getUserMedia', undefined, 'unsupported'],
    ['NoFramesError', '', undefined, 'no-frames'],
    ['TimeoutError', '', undefined, 'timeout'],
    ['SomethingNew', '', undefined, 'unknown'],
  ] as const)('%s (%s, permission %s) → %s', (name, message, permission, cause) => {
    expect(cameraFailureOf(domError(name, message), permission)).toBe(cause);
  });

  it('maps non-errors too', () => {
    expect(cameraFailureOf(undefined)).toBe('unknown');
    expect(cameraFailureOf('NotFoundError')).toBe('no-camera');
    expect(cameraFailureOf({ name: 42 })).toBe('unknown');
  });

  it('offers the extension\'s own camera setting first for a browser block, and the OS steps for a system block', () => {
    const chrome = cameraErrorCheck(domError('NotAllowedError'), { family: 'chrome', os: 'Windows', permission: 'denied', extensionOrigin: 'chrome-extension://abc' });
    expect(chrome).toMatchObject({ id: 'camera-device', status: 'fail', cause: 'blocked', summary: { key: 'checks.camera.permission-browser' }, fix: { key: 'checks.camera.permission-browserFix' } });
    expect(chrome.actions?.map((action) => (action.kind === 'open-url' ? action.url : action.kind))).toEqual([
      'chrome://settings/content/siteDetails?site=chrome-extension%3A%2F%2Fabc',
      'chrome://settings/content/camera',
    ]);
    const firefox = cameraErrorCheck(domError('NotAllowedError'), { family: 'firefox', os: 'Windows', permission: 'denied', extensionOrigin: 'moz-extension://uuid' });
    expect(firefox.actions).toEqual([expect.objectContaining({ kind: 'steps', title: { key: 'checks.steps.firefoxExtension.title' } })]);
    const system = cameraErrorCheck(domError('NotAllowedError', 'Permission denied by system'), { family: 'chrome', os: 'macOS' });
    expect(system).toMatchObject({ cause: 'blocked', summary: { key: 'checks.camera.permission-os' }, measured: { failure: 'permission-os' } });
    expect(system.actions).toEqual([expect.objectContaining({ kind: 'steps', title: { key: 'checks.steps.macos.title' } })]);
  });

  it.each([
    ['NotAllowedError', 'blocked'],
    ['SecurityError', 'blocked'],
    ['NotFoundError', 'not-found'],
    ['NotReadableError', 'busy'],
    ['AbortError', 'busy'],
    ['NoFramesError', 'no-frames'],
    ['TimeoutError', 'not-answered'],
    ['TypeError', 'unsupported'],
    ['OverconstrainedError', 'failed'],
    ['SomethingNew', 'failed'],
  ])('%s fails camera-device with cause %s', (name, cause) => {
    expect(cameraErrorCheck(domError(name), { family: 'chrome', os: 'Windows' })).toMatchObject({ status: 'fail', cause });
  });

  it('offers the OS camera settings when the camera opens but sends no frame', () => {
    const frozen = cameraErrorCheck(domError('NoFramesError'), { family: 'chrome', os: 'Windows' });
    expect(frozen.measured).toMatchObject({ failure: 'no-frames' });
    expect(frozen.actions?.[0]).toMatchObject({ kind: 'open-url', url: 'ms-settings:privacy-webcam' });
  });

  it('tells the busy camera to close the apps that hold it', () => {
    const busy = cameraErrorCheck(domError('NotReadableError'), { family: 'edge', os: 'Windows' });
    expect(busy.fix?.key).toBe('checks.camera.busyFix');
    expect(busy.measured).toMatchObject({ error: 'NotReadableError', failure: 'busy' });
    expect(busy.actions?.[0]).toMatchObject({ kind: 'open-url', url: 'ms-settings:privacy-webcam' });
  });

  it('records the failing constraint', () => {
    const error = Object.assign(domError('OverconstrainedError'), { constraint: 'deviceId' });
    expect(cameraErrorCheck(error, { family: 'chrome' }).measured).toMatchObject({ constraint: 'deviceId' });
  });
});

describe('camera labels', () => {
  it.each([
    ['OBS Virtual Camera', 'OBS Virtual Camera'],
    ['OBS-Camera', 'OBS Virtual Camera'],
    ['ManyCam Virtual Webcam', 'ManyCam'],
    ['Snap Camera', 'Snap Camera'],
    ['XSplit VCam', 'XSplit VCam'],
    ['NVIDIA Broadcast', 'NVIDIA Broadcast'],
    ['DroidCam Source 3', 'DroidCam'],
    ['e2eSoft VCam', 'e2eSoft VCam'],
    ['Camo', 'Camo'],
    ['Logi Capture', 'Logitech Capture'],
    ['Some Virtual Webcam', 'virtual camera'],
  ])('%s is virtual (%s)', (label, product) => {
    expect(classifyCameraLabel(label)).toEqual({ virtual: product, infrared: false });
  });

  it.each(['Integrated IR Camera', 'HP IR Camera', 'Intel(R) RealSense(TM) 3D Camera IR', 'Infrared Camera'])('%s is infrared', (label) => {
    expect(classifyCameraLabel(label).infrared).toBe(true);
  });

  it.each(['FaceTime HD Camera (Built-in)', 'Integrated Camera (04f2:b6d9)', 'Logitech BRIO (046d:085e)', 'fake_device_0', 'HD Webcam', 'Iris camera', 'Mirror Cam', '', 42])(
    '%s is a plain camera',
    (label) => {
      expect(classifyCameraLabel(label)).toEqual({ virtual: undefined, infrared: false });
    },
  );
});

describe('camera-device result', () => {
  it('passes a real camera and reports what it delivers', () => {
    const check = deliveredCameraCheck({ label: 'FaceTime HD Camera', width: 640, height: 480, frameRate: 30, measuredFps: 29.7, firstFrameMs: 180.4 });
    expect(check).toMatchObject({ status: 'pass', summary: { key: 'checks.camera.ok', params: { width: 640, height: 480, fps: 29.7 } } });
    expect(check.measured).toMatchObject({ width: 640, height: 480, fps: 29.7, frameRate: 30, firstFrameMs: 180.4, virtual: false, infrared: false });
  });

  it.each([
    [{ label: 'OBS Virtual Camera', width: 1280, height: 720, frameRate: 30 }, 'fail', 'checks.camera.virtual', 'virtual'],
    [{ label: 'Integrated IR Camera', width: 640, height: 480, frameRate: 15 }, 'fail', 'checks.camera.infrared', 'infrared'],
    [{ label: 'Old Webcam', width: 320, height: 240, frameRate: 30 }, 'warn', 'checks.camera.lowResolution', 'low-resolution'],
    [{ label: 'Webcam', width: 640, height: 479, frameRate: 30 }, 'warn', 'checks.camera.lowResolution', 'low-resolution'],
    [{ label: 'Webcam', width: 640, height: 480, frameRate: 30 }, 'pass', 'checks.camera.ok', undefined],
    [{ label: 'Slow Webcam', width: 640, height: 480, frameRate: 30, measuredFps: 8 }, 'warn', 'checks.camera.lowFps', 'low-fps'],
    [{ label: 'Slow Webcam', width: 640, height: 480, frameRate: 30, measuredFps: 13.9 }, 'warn', 'checks.camera.lowFps', 'low-fps'],
    [{ label: 'Webcam', width: 640, height: 480, frameRate: 30, measuredFps: 14 }, 'pass', 'checks.camera.ok', undefined],
    [{ label: 'Webcam', width: 480, height: 640, frameRate: 24 }, 'pass', 'checks.camera.ok', undefined],
    [{ label: '' }, 'pass', 'checks.camera.ok', undefined],
  ] as const)('%j → %s', (video, status, key, cause) => {
    const check = deliveredCameraCheck(video);
    expect(check.status).toBe(status);
    expect(check.summary.key).toBe(key);
    expect(check.cause).toBe(cause);
  });

  it('names the virtual camera product in its message', () => {
    expect(deliveredCameraCheck({ label: 'OBS Virtual Camera', width: 1280, height: 720 }).summary.params).toMatchObject({ product: 'OBS Virtual Camera', label: 'OBS Virtual Camera' });
  });
});

describe('camera-device after the face window (finalCameraCheck)', () => {
  const delivered = { label: 'Webcam', width: 640, height: 480, frameRate: 30 };
  const opened = { check: deliveredCameraCheck(delivered), delivered };

  it('re-decides the opening row with the frame rate the window measured, either side of the limit', () => {
    expect(opened.check.status).toBe('pass'); // configured 30 fps: the opening alone cannot see a slow camera
    expect(finalCameraCheck(opened, 13.9)).toMatchObject({ status: 'warn', cause: 'low-fps', measured: { fps: 13.9, frameRate: 30 } });
    expect(finalCameraCheck(opened, 14)).toMatchObject({ status: 'pass', measured: { fps: 14 } });
  });

  it('without a measured rate keeps what the opening knew; without delivered video the opening row stands', () => {
    expect(finalCameraCheck(opened, undefined)).toMatchObject({ status: 'pass', measured: { fps: 30 } });
    const failed = cameraErrorCheck(domError('NotReadableError'), { family: 'chrome', os: 'Windows' });
    expect(finalCameraCheck({ check: failed }, 30)).toBe(failed);
  });

  it('a camera that never answered or went away fails with its own cause, in one shape', () => {
    for (const [check, cause, failure] of [
      [cameraNotAnsweredCheck(), 'not-answered', 'timeout'],
      [cameraLostCheck(), 'lost', 'disconnected'],
    ] as const) {
      expect(check).toMatchObject({ id: 'camera-device', status: 'fail', cause, measured: { failure } });
      expect(check.fix?.key).toBeTruthy();
    }
  });

  it('is the only place in src/ that builds a camera-device row', () => {
    const src = join(import.meta.dirname, '../../../src');
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
    const builders = files.filter((f) => /id:\s*'camera-device'/.test(readFileSync(join(src, f), 'utf8'))).map((f) => relative('.', f));
    expect(builders).toEqual(['checks/camera/camera-device.ts']);
  });
});

describe('remembered camera', () => {
  beforeEach(() => fakeBrowser.reset());

  const cameras = [
    { deviceId: 'a', label: 'FaceTime HD Camera' },
    { deviceId: 'b', label: 'Logitech BRIO' },
  ];

  it('finds the choice by id, then by label when ids were re-issued, else nothing', () => {
    expect(resolveCameraChoice({ deviceId: 'b', label: 'Logitech BRIO' }, cameras)).toBe('b');
    expect(resolveCameraChoice({ deviceId: 'old', label: 'Logitech BRIO' }, cameras)).toBe('b');
    expect(resolveCameraChoice({ deviceId: 'old', label: 'Unplugged' }, cameras)).toBeUndefined();
    expect(resolveCameraChoice(null, cameras)).toBeUndefined();
    // Before the grant, ids and labels are empty strings: never match on those.
    expect(resolveCameraChoice({ deviceId: '', label: '' }, [{ deviceId: '', label: '' }])).toBeUndefined();
  });

  it('persists in local storage', async () => {
    expect(await cameraChoiceItem.getValue()).toBeNull();
    await cameraChoiceItem.setValue({ deviceId: 'b', label: 'Logitech BRIO' });
    expect(await fakeBrowser.storage.local.get('cameraChoice')).toEqual({ cameraChoice: { deviceId: 'b', label: 'Logitech BRIO' } });
  });
});

describe('camera picker options', () => {
  it('names, flags and numbers cameras', async () => {
    const { cameraOptionLabel, camerasAreHidden } = await import('../../../src/ui/camera/camera-options');
    expect(cameraOptionLabel({ label: 'FaceTime HD Camera', infrared: false }, 0)).toEqual({ key: 'checks.picker.named', params: { label: 'FaceTime HD Camera' } });
    expect(cameraOptionLabel({ label: 'OBS Virtual Camera', virtual: 'OBS Virtual Camera', infrared: false }, 1).key).toBe('checks.picker.virtual');
    expect(cameraOptionLabel({ label: 'Integrated IR Camera', infrared: true }, 2).key).toBe('checks.picker.infrared');
    expect(cameraOptionLabel({ label: '', infrared: false }, 2)).toEqual({ key: 'checks.picker.unnamed', params: { n: 3 } });
    expect(camerasAreHidden([{ deviceId: '', label: '' }])).toBe(true);
    expect(camerasAreHidden([{ deviceId: 'a', label: 'Cam' }])).toBe(false);
    expect(camerasAreHidden([])).toBe(false);
  });
});
