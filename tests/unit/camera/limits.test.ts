// One table of camera numbers: camera-device and camera-quality agree either side of each limit,
// and the camera's waits nest (each inner wait ends before the one around it).
import { describe, expect, it } from 'vitest';
import { CAMERA, CAMERA_WAITS } from '../../../src/camera/limits';
import { deliveredCameraCheck } from '../../../src/checks/camera/camera-device';
import { WATCHDOG } from '../../../src/preflight/limits';
import { cameraFinding } from '../../../src/checks/camera/camera-quality';

const device = (width: number, height: number, measuredFps: number) => deliveredCameraCheck({ label: 'Webcam', width, height, frameRate: 30, measuredFps }).status;
const quality = (width: number, height: number, measuredFps: number) => cameraFinding({ width, height, measuredFps }).status;

describe('camera numbers: one table, both judges', () => {
  it.each<[string, number, number, number, string]>([
    ['just below the frame rate', 640, 480, CAMERA.minFps - 0.1, 'warn'],
    ['at the frame rate', 640, 480, CAMERA.minFps, 'pass'],
    ['a 13 fps camera (passed one judge and warned the other before)', 640, 480, 13, 'warn'],
    ['a 15 fps stream measured at 14.9', 640, 480, 14.9, 'pass'],
    ['VGA', CAMERA.minWidth, CAMERA.minHeight, 30, 'pass'],
  ])('%s: camera-device and camera-quality both say %s', (_name, width, height, fps, status) => {
    expect(device(width, height, fps)).toBe(status);
    expect(quality(width, height, fps)).toBe(status);
  });

  it('one pixel short of VGA is flagged by both (camera-device warns, camera-quality fails)', () => {
    expect(device(CAMERA.minWidth, CAMERA.minHeight - 1, 30)).toBe('warn');
    expect(quality(CAMERA.minWidth, CAMERA.minHeight - 1, 30)).toBe('fail');
    expect(quality(CAMERA.minWidth - 1, CAMERA.minHeight, 30)).toBe('fail');
  });

  it('the waits nest: first frame inside opening, opening inside the watchdog stage', () => {
    expect(CAMERA_WAITS.firstFrameMs).toBeLessThan(CAMERA_WAITS.openMs);
    expect(WATCHDOG.openingMs).toBeGreaterThan(CAMERA_WAITS.openMs);
    expect(WATCHDOG.firstFrameMs).toBe(CAMERA_WAITS.firstAnalysedFrameMs);
  });
});
