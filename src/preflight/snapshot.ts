// The last analysed picture, for marking a face finding on screen: a canvas in page memory only,
// handed to the page and never put in the report (which is stored and exported).
import type { NormRect } from '../vision/types';

/** The last analysed picture and the faces in it: held in page memory, never stored, exported or sent. */
export interface FrameSnapshot {
  canvas: HTMLCanvasElement;
  /** Face boxes in raw (unmirrored) normalised coordinates. */
  faces: NormRect[];
}

/** The current video picture on a canvas (same size as the analysed frame), with the faces seen in it. */
export function takeSnapshot(video: HTMLVideoElement, faces: NormRect[]): FrameSnapshot | undefined {
  if (!video.videoWidth || typeof document === 'undefined') return undefined;
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const context = canvas.getContext('2d');
  if (!context) return undefined;
  context.drawImage(video, 0, 0);
  return { canvas, faces };
}
