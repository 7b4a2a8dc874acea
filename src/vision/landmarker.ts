// The one MediaPipe Face Landmarker per page, created on first use and kept warm for later runs.
import { FaceLandmarker, type FaceLandmarkerResult } from '@mediapipe/tasks-vision';
import { wasmFileset } from './fileset';
import type { FaceObservation } from './types';

export { wasmFileset };

let cached: Promise<FaceLandmarker> | null = null;
/**
 * VIDEO mode tracks between frames (faster than detecting afresh); CPU delegate because GPU
 * is unreliable in extension pages and headless Chromium; two faces so a second person shows up.
 */
export function getLandmarker(baseUrl: string): Promise<FaceLandmarker> {
  cached ??= FaceLandmarker.createFromOptions(wasmFileset(baseUrl), {
    baseOptions: { modelAssetPath: `${baseUrl.replace(/\/$/, '')}/face_landmarker.task`, delegate: 'CPU' },
    runningMode: 'VIDEO',
    numFaces: 2,
    outputFaceBlendshapes: true,
    outputFacialTransformationMatrixes: true,
  })
    .then(async (landmarker) => {
      performance.mark('kyc:model-created');
      // Give queued input a turn between the two long tasks (graph set-up ~0.3 s, warm-up ~0.5 s cold;
      // on the page only where no worker runs them): a click that arrived meanwhile then starts the camera, which opens
      // while the warm-up runs, instead of waiting for both.
      await new Promise((resolve) => setTimeout(resolve, 0));
      // MediaPipe builds its graph on the first frame (~0.5 s cold here): pay that now, on a blank
      // frame, while the camera is still opening, rather than on the first real frame.
      try {
        landmarker.detectForVideo(new ImageData(64, 64), performance.now());
      } catch {
        // a failed warm-up only costs the time it would have saved
      }
      return landmarker;
    })
    .catch((error: unknown) => {
      cached = null; // a later run may retry
      throw error;
    });
  return cached;
}

/** MediaPipe's result as plain data. */
export function toObservations(result: FaceLandmarkerResult): FaceObservation[] {
  return result.faceLandmarks.map((landmarks, index) => {
    const blend = result.faceBlendshapes?.[index]?.categories;
    return {
      landmarks,
      matrix: result.facialTransformationMatrixes?.[index]?.data,
      blendshapes: blend ? Object.fromEntries(blend.map((c) => [c.categoryName, c.score])) : undefined,
    };
  });
}
