// The one MediaPipe Face Landmarker per page, created on first use and kept warm for later runs.
import { FaceLandmarker, type FaceLandmarkerResult } from '@mediapipe/tasks-vision';
import type { FaceObservation } from './types';

/**
 * Only vision_wasm_internal.{js,wasm} ship (scripts/provision-assets.mjs); FilesetResolver would
 * pick the "_nosimd" names on a browser without SIMD, so the file set is spelled out.
 */
export function wasmFileset(baseUrl: string) {
  const base = baseUrl.replace(/\/$/, '');
  return { wasmLoaderPath: `${base}/vision_wasm_internal.js`, wasmBinaryPath: `${base}/vision_wasm_internal.wasm` };
}

let cached: Promise<FaceLandmarker> | null = null;
/** How long creating the landmarker took (model + wasm + graph warm-up), for the benchmark. */
let initMs: number | undefined;

export function landmarkerInitMs(): number | undefined {
  return initMs;
}

/**
 * VIDEO mode tracks between frames (faster than detecting afresh); CPU delegate because GPU
 * is unreliable in extension pages and headless Chromium; two faces so a second person shows up.
 */
export function getLandmarker(baseUrl: string): Promise<FaceLandmarker> {
  const started = performance.now();
  cached ??= FaceLandmarker.createFromOptions(wasmFileset(baseUrl), {
    baseOptions: { modelAssetPath: `${baseUrl.replace(/\/$/, '')}/face_landmarker.task`, delegate: 'CPU' },
    runningMode: 'VIDEO',
    numFaces: 2,
    outputFaceBlendshapes: true,
    outputFacialTransformationMatrixes: true,
  })
    .then((landmarker) => {
      // MediaPipe builds its graph on the first frame (~1 s cold here): pay that now, on a blank
      // frame, while the camera is still opening, rather than on the first real frame.
      try {
        landmarker.detectForVideo(new ImageData(64, 64), performance.now());
      } catch {
        // a failed warm-up only costs the time it would have saved
      }
      initMs = performance.now() - started;
      return landmarker;
    })
    .catch((error: unknown) => {
      cached = null; // a later run may retry
      throw error;
    });
  return cached;
}

/** Starts loading in the background (page or inline flow mounted), so the click finds it warmer. */
export function preloadLandmarker(baseUrl: string): void {
  getLandmarker(baseUrl).catch(() => undefined); // the run reports a failure; a preload stays silent
}

export function isLandmarkerWarm(): boolean {
  return cached !== null;
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
