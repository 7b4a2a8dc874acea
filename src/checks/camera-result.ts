// The camera-device check once a camera has opened and delivered frames: what it actually gives
// (not what was asked for), and whether FaceTec will accept that camera at all.
import { causeText } from '../report/cause-text';
import type { CheckResult, Measurements } from '../report/types';
import { CAMERA } from '../camera/limits';
import { classifyCameraLabel } from './camera-label';

export interface DeliveredVideo {
  label: string;
  width?: number;
  height?: number;
  /** track.getSettings().frameRate: what the camera was configured to deliver. */
  frameRate?: number;
  /** Frames counted over a short window, where the browser can count them. */
  measuredFps?: number;
  firstFrameMs?: number;
}

/** Portrait cameras count: the short side against VGA's 480 px. */
const MIN_SHORT_SIDE = CAMERA.minHeight;
const MIN_FPS = CAMERA.minFps;

function round(value: number | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? Math.round(value * 10) / 10 : undefined;
}

export function cameraDeviceCheck(video: DeliveredVideo): CheckResult {
  const { virtual, infrared } = classifyCameraLabel(video.label);
  const fps = round(video.measuredFps) ?? round(video.frameRate);
  const width = round(video.width);
  const height = round(video.height);
  const measured: Measurements = { label: video.label.slice(0, 128), virtual: Boolean(virtual), infrared };
  for (const [key, value] of Object.entries({ width, height, fps, frameRate: round(video.frameRate), firstFrameMs: round(video.firstFrameMs) })) {
    if (value !== undefined) measured[key] = value;
  }
  const base = { id: 'camera-device', scenario: 4, measured } as const;
  const params = { label: video.label || '—', width: width ?? '?', height: height ?? '?', fps: fps ?? '?' };

  if (virtual) {
    measured.product = virtual;
    return { ...base, status: 'fail', cause: 'virtual', ...causeText('camera-device', 'virtual', measured) };
  }
  if (infrared) {
    return { ...base, status: 'fail', cause: 'infrared', ...causeText('camera-device', 'infrared', measured) };
  }
  if (width !== undefined && height !== undefined && Math.min(width, height) < MIN_SHORT_SIDE) {
    return { ...base, status: 'warn', cause: 'low-resolution', ...causeText('camera-device', 'low-resolution', measured) };
  }
  if (fps !== undefined && fps < MIN_FPS) {
    return { ...base, status: 'warn', cause: 'low-fps', ...causeText('camera-device', 'low-fps', measured) };
  }
  return { ...base, status: 'pass', summary: { key: 'checks.camera.ok', params } };
}
