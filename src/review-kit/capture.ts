// The kit's live camera loop: the pre-flight's own camera opening, landmarker, frame sampler and
// per-frame metrics (reused, not forked), run for as long as the user needs to pose, plus a still
// grab. Pictures are Blobs held by the caller in page memory; nothing here stores or sends them.
import { openCamera } from '../checks/open-camera';
import { readCameraChoice } from '../storage/camera-choice';
import { nextFrame, releaseCamera, trackLoss } from '../preflight/camera-stream';
import { frameMetrics } from '../vision/frameMetrics';
import { getLandmarker, toObservations } from '../vision/landmarker';
import { FrameSampler } from '../vision/sampler';
import { CAMERA_WAITS } from '../camera/limits';
import type { FrameMetrics } from '../vision/types';
import { downloadBlob } from '../ui/download';

export interface KitFrame {
  faceCount: number;
  metrics?: FrameMetrics;
  /** performance.now() of the frame. */
  at: number;
}

export interface LiveCamera {
  /** Stops the loop and every camera track (idempotent). */
  stop(): void;
  /** Resolves when the loop ended (stopped, camera lost or frames stopped). */
  ended: Promise<void>;
}

/**
 * Opens the camera into `video`, then calls `onFrame` for each analysed frame until stopped.
 * Rejects when the camera or the model cannot start (the caller shows its own error).
 */
export async function startLiveCamera(video: HTMLVideoElement, assetBase: string, onFrame: (frame: KitFrame) => void): Promise<LiveCamera> {
  const model = getLandmarker(assetBase);
  model.catch(() => undefined); // observed below
  const opened = await openCamera(undefined, { video, fpsWindowMs: 0, remembered: readCameraChoice() });
  if (!opened.stream) throw new Error('camera');
  const stream = opened.stream;
  let stopped = false;
  let wake: () => void = () => undefined;
  // Resolves on stop(), so the loop ends at once instead of waiting out a frame that never comes.
  const stoppedSignal = new Promise<null>((resolve) => (wake = () => resolve(null)));
  const stop = () => {
    if (stopped) return;
    stopped = true;
    // Detach the preview only if it still shows this stream: a retake may have attached a new one.
    releaseCamera(stream, video.srcObject === stream ? video : null);
    wake();
  };
  let landmarker;
  try {
    landmarker = await model;
  } catch (error) {
    stop();
    throw error;
  }
  if (video.srcObject !== stream) video.srcObject = stream;
  await video.play().catch(() => undefined);
  const lost = trackLoss(stream);
  const sampler = new FrameSampler();
  const ended = (async () => {
    while (!stopped) {
      const tick = await Promise.race([nextFrame(video, CAMERA_WAITS.firstAnalysedFrameMs), lost.promise, stoppedSignal]);
      if (stopped || lost.happened() || !tick || video.videoWidth === 0) break;
      const at = performance.now();
      const faces = toObservations(landmarker.detectForVideo(video, at));
      const single = faces.length === 1 ? faces[0] : undefined;
      const metrics = single
        ? frameMetrics(single, sampler.sample(video, single.landmarks), { width: video.videoWidth, height: video.videoHeight })
        : undefined;
      onFrame({ faceCount: faces.length, metrics, at });
    }
    stop();
  })();
  return { stop, ended };
}

/** The current video frame as a JPEG, at the camera's full resolution, as the camera saw it (not mirrored). */
export function grabStill(video: HTMLVideoElement): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const ctx = canvas.getContext('2d');
  if (!ctx || canvas.width === 0) return Promise.reject(new Error('no frame'));
  ctx.drawImage(video, 0, 0);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no blob'))), 'image/jpeg', 0.92));
}

/** Saves each picture as its own file (no network, no `downloads` permission). */
export async function savePictures(pictures: { fileName: string; blob: Blob }[]): Promise<void> {
  for (const { fileName, blob } of pictures) {
    downloadBlob(fileName, blob);
    // A short pause keeps browsers from folding several downloads started in the same task into one.
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}
