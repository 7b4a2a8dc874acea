// The landmarker's worker client: faces come back for each frame in the order asked; a worker that
// cannot load the model rejects (the page then runs it itself); a worker that dies fails every frame
// still waiting instead of leaving it pending (a stuck spinner).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FromLandmarker, ToLandmarker } from '../../../src/vision/landmarker-protocol';
import type { Picture } from '../../../src/vision/picture';
import { workerLandmarker, workerUrlFor } from '../../../src/vision/video-landmarker';

/** A fake worker: `answer` decides what the worker says to each message. */
function fakeWorker(answer: (message: ToLandmarker) => FromLandmarker | undefined) {
  const worker = {
    onmessage: null as ((event: MessageEvent<FromLandmarker>) => void) | null,
    onerror: null as ((event: ErrorEvent) => void) | null,
    sent: [] as { message: ToLandmarker; transfer: Transferable[] }[],
    terminate: vi.fn(),
    postMessage(message: ToLandmarker, transfer: Transferable[] = []) {
      this.sent.push({ message, transfer });
      const reply = answer(message);
      if (reply) queueMicrotask(() => worker.onmessage?.({ data: reply } as MessageEvent<FromLandmarker>));
    },
    die(message: string) {
      worker.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent);
    },
  };
  return worker;
}

const picture = { canvas: {} as OffscreenCanvas, width: 640, height: 480 } satisfies Picture;
const face = (x: number) => ({ landmarks: [{ x, y: 0.5, z: 0 }] });

describe('workerLandmarker', () => {
  beforeEach(() => vi.stubGlobal('createImageBitmap', vi.fn(async () => ({ close: vi.fn() }))));
  afterEach(() => vi.unstubAllGlobals());

  it('starts the worker beside the MediaPipe files and sends each frame as a transferred bitmap', async () => {
    let url = '';
    const worker = fakeWorker((m) => (m.type === 'init' ? { type: 'ready' } : { type: 'faces', id: m.id, faces: [face(m.timestampMs)] }));
    const landmarker = await workerLandmarker('chrome-extension://abc/mediapipe', (u) => ((url = u), worker as unknown as Worker));
    expect(url).toBe('chrome-extension://abc/landmarker-worker.js');
    expect(worker.sent[0]!.message).toEqual({ type: 'init', baseUrl: 'chrome-extension://abc/mediapipe' });
    expect(landmarker.thread).toBe('worker');
    const [first, second] = await Promise.all([landmarker.detect(picture, 10), landmarker.detect(picture, 20)]);
    expect(first).toEqual([face(10)]);
    expect(second).toEqual([face(20)]);
    const detect = worker.sent[1]!;
    expect(detect.message).toMatchObject({ type: 'detect', id: 0, timestampMs: 10 });
    expect(detect.transfer).toEqual([(detect.message as { frame: ImageBitmap }).frame]);
  });

  it('rejects when the worker cannot load the model, and stops the worker', async () => {
    const worker = fakeWorker((m) => (m.type === 'init' ? { type: 'failed', message: 'model 404' } : undefined));
    await expect(workerLandmarker('chrome-extension://abc/mediapipe', () => worker as unknown as Worker)).rejects.toThrow('model 404');
    expect(worker.terminate).toHaveBeenCalled();
  });

  it('rejects when the worker will not start', async () => {
    const worker = fakeWorker(() => undefined);
    const starting = workerLandmarker('chrome-extension://abc/mediapipe', () => worker as unknown as Worker);
    worker.die('');
    await expect(starting).rejects.toThrow('landmarker worker: failed to start');
  });

  it('a frame the worker could not analyse rejects with its message', async () => {
    const worker = fakeWorker((m) => (m.type === 'init' ? { type: 'ready' } : { type: 'error', id: m.id, message: '_emscripten_glActiveTexture' }));
    const landmarker = await workerLandmarker('chrome-extension://abc/mediapipe', () => worker as unknown as Worker);
    await expect(landmarker.detect(picture, 1)).rejects.toThrow('_emscripten_glActiveTexture');
  });

  it('a worker that dies fails the frame still waiting and every later one', async () => {
    const worker = fakeWorker((m) => (m.type === 'init' ? { type: 'ready' } : undefined));
    const landmarker = await workerLandmarker('chrome-extension://abc/mediapipe', () => worker as unknown as Worker);
    const waiting = landmarker.detect(picture, 1);
    await vi.waitFor(() => expect(worker.sent).toHaveLength(2));
    worker.die('out of memory');
    await expect(waiting).rejects.toThrow('out of memory');
    await expect(landmarker.detect(picture, 2)).rejects.toThrow('out of memory');
  });
});

describe('workerUrlFor', () => {
  it('is the extension root, whatever the asset folder', () => {
    expect(workerUrlFor('moz-extension://x-y/mediapipe/')).toBe('moz-extension://x-y/landmarker-worker.js');
  });
});
