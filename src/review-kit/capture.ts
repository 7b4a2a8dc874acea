// The kit's live camera loop: the pre-flight's own camera session and analysed frames (reused, not
// forked), run for as long as the user needs to pose, plus a still grab. Pictures are Blobs held by
// the caller in page memory; nothing here stores or sends them.
import { KIT_WAITS } from '../preflight/limits';
import { startAnalysedCamera } from '../preflight/live-camera';
import type { FrameMetrics } from '../vision/types';
import { downloadBlob } from '../util/download';

export interface KitFrame {
  faceCount: number;
  metrics?: FrameMetrics;
  /** performance.now() of the frame. */
  at: number;
}

export interface LiveCamera {
  /** Stops the loop and every camera track (idempotent). */
  stop(): void;
  /** Resolves when the loop ended (stopped, camera lost, frames stopped or the analysis failed). */
  ended: Promise<void>;
}

/**
 * Opens the camera into `video`, then calls `onFrame` for each analysed frame until stopped.
 * Rejects when the camera or the model cannot start (the caller shows its own error).
 */
export async function startLiveCamera(video: HTMLVideoElement, assetBase: string, onFrame: (frame: KitFrame) => void): Promise<LiveCamera> {
  const started = await startAnalysedCamera(video, assetBase, { waits: KIT_WAITS });
  if (!started.live) throw new Error(started.failed);
  const { frames, stop } = started.live;
  const ended = (async () => {
    try {
      for await (const frame of frames) onFrame({ faceCount: frame.faces.length, metrics: frame.metrics, at: frame.at });
    } catch {
      // An exception in the analysis ends the loop like a lost camera: the camera is released below.
    } finally {
      stop();
    }
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
