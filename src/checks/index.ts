// PLACEHOLDER owned by the browser/camera checks issue; the signatures are the contract the
// pre-flight flow calls. Neither function ever throws: failures come back as failing checks.
import type { CheckResult } from '../report/types';

/** browser, camera-permission, network and timing: everything that needs no open camera. */
export async function checkEnvironment(): Promise<CheckResult[]> {
  return [];
}

export interface OpenedCamera {
  /** null when the camera could not be opened; `check` then says why and how to fix it. */
  stream: MediaStream | null;
  /** The `camera-device` check: delivered resolution and frame rate, or the mapped failure. */
  check: CheckResult;
}

export async function openCamera(deviceId?: string): Promise<OpenedCamera> {
  try {
    const stream = await navigator.mediaDevices.getUserMedia({
      video: { deviceId: deviceId ? { exact: deviceId } : undefined, width: 640, height: 480 },
    });
    return { stream, check: { id: 'camera-device', status: 'pass', summary: { key: 'common.cameraPreview' } } };
  } catch {
    return { stream: null, check: { id: 'camera-device', status: 'fail', summary: { key: 'common.cameraPreview' } } };
  }
}
