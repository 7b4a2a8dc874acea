// The face descriptor: face-api's 128-d recognition model (MIT, weights inside the npm package,
// copied into the build by scripts/provision-assets.mjs), on TensorFlow.js's CPU backend. The CPU
// backend was measured fastest here: about 0.4 s a face warm, where WebGL spends 10 s compiling
// shaders on its first face in a GPU-less browser (docs/dependencies.md).
import type * as FaceApi from '@vladmandic/face-api';

/** The library or its weights could not load (the page says so instead of "something went wrong"). */
export class DescriptorLoadError extends Error {
  constructor(cause: unknown) {
    super(`face descriptor model did not load: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'DescriptorLoadError';
  }
}

let loading: Promise<typeof FaceApi> | null = null;
let loadMs: number | undefined;

/** How long the model took to load on this page (for the benchmark and the note). */
export function descriptorLoadMs(): number | undefined {
  return loadMs;
}

/** Loads the library (its own chunk) and the model, once per page. */
export function loadDescriptor(modelBase: string): Promise<typeof FaceApi> {
  loading ??= (async () => {
    const started = performance.now();
    const faceapi = await import('@vladmandic/face-api');
    // face-api's typings leave out the engine calls of the TensorFlow.js it bundles.
    const tf = faceapi.tf as unknown as { setBackend(name: string): Promise<boolean>; ready(): Promise<void> };
    await tf.setBackend('cpu');
    await tf.ready();
    await faceapi.nets.faceRecognitionNet.loadFromUri(modelBase);
    loadMs = performance.now() - started;
    return faceapi;
  })().catch((error: unknown) => {
    loading = null;
    throw new DescriptorLoadError(error);
  });
  return loading;
}

/** The descriptor of a 150 px face chip. */
export async function describeChip(chip: HTMLCanvasElement, modelBase: string): Promise<Float32Array> {
  const faceapi = await loadDescriptor(modelBase);
  const result = await faceapi.nets.faceRecognitionNet.computeFaceDescriptor(chip);
  return Array.isArray(result) ? result[0]! : result;
}
