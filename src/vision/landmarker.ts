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
  }).catch((error: unknown) => {
    cached = null; // a later run may retry
    throw error;
  });
  return cached;
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
