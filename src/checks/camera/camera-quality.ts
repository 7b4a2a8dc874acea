// camera-quality (guide scenario 4): what the camera delivered while the face window ran, judged by
// the camera numbers camera-device shares (camera/limits.ts).
import { CAMERA } from '../../camera/limits';
import type { WindowCamera } from '../../vision/window';
import { defineCheck, windowJudging, type Finding } from '../define';
import { fail, ok, pair, round, skip, warn } from '../vision/judging';
import { VISION_SKIP_TEXT } from '../vision/skips';

export function cameraFinding(camera: WindowCamera): Finding {
  if (camera.width < CAMERA.minWidth || camera.height < CAMERA.minHeight) return fail('low-resolution');
  const fps = Math.max(camera.frameRate ?? 0, camera.measuredFps ?? 0);
  if (fps === 0) return skip('no-fps');
  if (fps < CAMERA.minFps) return warn('low-fps');
  return ok;
}

export const CAMERA_QUALITY = defineCheck({
  id: 'camera-quality',
  family: 'camera',
  causes: ['low-resolution', 'low-fps'],
  text: {
    ...VISION_SKIP_TEXT,
    'low-resolution': pair('vision.camera-quality.low-resolution', 'vision.camera-quality.low-resolution.fix'),
    'low-fps': pair('vision.camera-quality.low-fps', 'vision.camera-quality.low-fps.fix'),
  },
  topic: 4,
  tier: 0,
  shown: { width: 'number', height: 'number', fps: 'number' },
  ticks: ['dev-real-camera'],
  window: windowJudging({
    passKey: 'vision.camera-quality.ok',
    judge: ({ window: { camera } }) => ({
      finding: cameraFinding(camera),
      measured: { width: camera.width, height: camera.height, fps: round(Math.max(camera.frameRate ?? 0, camera.measuredFps ?? 0), 0) },
    }),
  }),
});
