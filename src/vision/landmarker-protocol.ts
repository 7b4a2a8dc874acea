// The messages between a page and its landmarker worker (src/vision/landmarker-worker.ts). Frames go
// over as ImageBitmaps (transferred, not copied); faces come back as plain data (FaceObservation).
import type { FaceObservation } from './types';

export type ToLandmarker =
  /** Load the model from the extension's MediaPipe files (the page's assetBase) and warm it up. */
  | { type: 'init'; baseUrl: string }
  /** Find the faces in `frame`, taken at `timestampMs` on the page's clock. The worker closes the bitmap. */
  | { type: 'detect'; id: number; frame: ImageBitmap; timestampMs: number };

export type FromLandmarker =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'faces'; id: number; faces: FaceObservation[] }
  | { type: 'error'; id: number; message: string };
