// The page's one video landmarker: MediaPipe's Face Landmarker in its own worker
// (src/vision/landmarker-worker.ts), or on the page itself where a worker cannot run it.
import { getLandmarker, toObservations } from './landmarker';
import type { FromLandmarker, ToLandmarker } from './landmarker-protocol';
import type { Picture } from './picture';
import { getFaceDetector } from './small-faces';
import type { FaceObservation } from './types';

export interface VideoLandmarker {
  /** The faces in `picture`, seen at `timestampMs` (increasing, as MediaPipe's VIDEO mode tracks). Read `picture` before it is reused. */
  detect(picture: Picture, timestampMs: number): Promise<FaceObservation[]>;
  /** Where the model runs (the benchmark and the notes say which). */
  readonly thread: 'worker' | 'page';
}

/** The worker's script beside the MediaPipe files (`baseUrl` is the extension's /mediapipe folder). */
export const workerUrlFor = (baseUrl: string) => new URL('/landmarker-worker.js', baseUrl).href;

/** The landmarker on this page's main thread: the fallback, and what a worker-less context runs. */
export async function pageLandmarker(baseUrl: string): Promise<VideoLandmarker> {
  const model = await getLandmarker(baseUrl);
  return {
    thread: 'page',
    detect: async (picture, timestampMs) => toObservations(model.detectForVideo(picture.canvas, timestampMs)),
  };
}

interface Pending {
  resolve(faces: FaceObservation[]): void;
  reject(error: Error): void;
}

/** The landmarker in a worker; rejects when the worker cannot start or load the model. */
export function workerLandmarker(baseUrl: string, createWorker = (url: string) => new Worker(url)): Promise<VideoLandmarker> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = createWorker(workerUrlFor(baseUrl));
    } catch (error) {
      return reject(error instanceof Error ? error : new Error(String(error)));
    }
    const pending = new Map<number, Pending>();
    let nextId = 0;
    let broken: Error | undefined;
    const post = (message: ToLandmarker, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
    const breakAll = (error: Error) => {
      broken ??= error;
      for (const request of pending.values()) request.reject(error);
      pending.clear();
      reject(error); // no effect once ready
    };
    worker.onerror = (event) => {
      event.preventDefault();
      breakAll(new Error(`landmarker worker: ${event.message || 'failed to start'}`));
    };
    worker.onmessage = ({ data }: MessageEvent<FromLandmarker>) => {
      if (data.type === 'ready') return resolve(client);
      if (data.type === 'failed') {
        worker.terminate();
        return breakAll(new Error(data.message));
      }
      const request = pending.get(data.id);
      pending.delete(data.id);
      if (data.type === 'faces') request?.resolve(data.faces);
      else request?.reject(new Error(data.message));
    };
    const client: VideoLandmarker = {
      thread: 'worker',
      detect: async (picture, timestampMs) => {
        if (broken) throw broken;
        // A copy of the picture as it is now, handed over (transferred) rather than copied again.
        const frame = await createImageBitmap(picture.canvas);
        const id = nextId++;
        const faces = new Promise<FaceObservation[]>((done, fail) => pending.set(id, { resolve: done, reject: fail }));
        post({ type: 'detect', id, frame, timestampMs }, [frame]);
        return faces;
      },
    };
    post({ type: 'init', baseUrl });
  });
}

let cached: Promise<VideoLandmarker> | null = null;
let ready: VideoLandmarker | undefined;
/** How long creating it took (worker start, model, wasm, graph warm-up), for the benchmark. */
let initMs: number | undefined;

/**
 * The page's landmarker, created on first use and kept for later runs: in a worker where one starts
 * and loads the model, else on the page (a model that cannot load fails there too, as the run reports).
 */
export function getVideoLandmarker(baseUrl: string): Promise<VideoLandmarker> {
  const started = performance.now();
  if (!cached) performance.mark('kyc:model-start');
  cached ??= (typeof Worker === 'function' ? workerLandmarker(baseUrl).catch(() => pageLandmarker(baseUrl)) : pageLandmarker(baseUrl))
    .then((landmarker) => {
      performance.mark('kyc:model-warm');
      initMs = performance.now() - started;
      return (ready = landmarker);
    })
    .catch((error: unknown) => {
      cached = null; // a later run may retry
      throw error;
    });
  return cached;
}

/** Created and warmed on this page already (a warm run); a creation still under way is not. */
export function isVideoLandmarkerWarm(): boolean {
  return ready !== undefined;
}

/** How long creating this page's landmarker took, once it has been created. */
export function videoLandmarkerInitMs(): number | undefined {
  return initMs;
}

/** Starts loading in the background (page or inline flow mounted), so the click finds it warmer. */
export function preloadLandmarker(baseUrl: string): void {
  // The small-face detector only after the landmarker: it must not slow the model a click waits for.
  getVideoLandmarker(baseUrl)
    .then(() => getFaceDetector(baseUrl))
    .catch(() => undefined); // the run reports a failure; a preload stays silent
}
