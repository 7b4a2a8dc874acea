// The landmarker's own thread: MediaPipe's graph set-up (one ~150 ms task on a fresh page) and its
// ~25 ms per frame run here, so the page's main thread stays free for input and drawing (issue 23:
// no main-thread task over 50 ms warm, 100 ms cold). A classic worker, because MediaPipe's wasm
// loader arrives by importScripts. The same getLandmarker as on a page, so the model, options and
// warm-up are one definition.
import type { FaceLandmarker } from '@mediapipe/tasks-vision';
import { getLandmarker, toObservations } from './landmarker';
import type { FromLandmarker, ToLandmarker } from './landmarker-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToLandmarker>) => void) | null;
  postMessage(message: FromLandmarker): void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function serveLandmarker(scope: WorkerScope): void {
  let landmarker: Promise<FaceLandmarker> | undefined;
  // MediaPipe's VIDEO mode wants increasing timestamps; the page's clock and the warm-up's (this
  // worker's) are different clocks, so each frame gets at least the previous one plus 1 ms.
  let lastTimestamp = -Infinity;
  scope.onmessage = ({ data }) => {
    if (data.type === 'init') {
      landmarker ??= getLandmarker(data.baseUrl);
      landmarker.then(
        () => scope.postMessage({ type: 'ready' }),
        (error: unknown) => scope.postMessage({ type: 'failed', message: messageOf(error) }),
      );
      return;
    }
    const { id, frame } = data;
    if (!landmarker) {
      frame.close();
      return scope.postMessage({ type: 'error', id, message: 'landmarker not initialised' });
    }
    void landmarker.then((model) => {
      try {
        lastTimestamp = Math.max(data.timestampMs, lastTimestamp + 1);
        scope.postMessage({ type: 'faces', id, faces: toObservations(model.detectForVideo(frame, lastTimestamp)) });
      } catch (error) {
        scope.postMessage({ type: 'error', id, message: messageOf(error) });
      } finally {
        frame.close();
      }
    });
  };
}
