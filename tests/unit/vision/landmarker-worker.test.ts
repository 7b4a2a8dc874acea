// The worker's side: it loads the model once, answers each frame with plain faces, closes every bitmap
// it was given (a leak would grow with each frame), keeps MediaPipe's timestamps increasing across two
// clocks, and turns an exception into an answer instead of silence.
import { describe, expect, it, vi } from 'vitest';
import type { FromLandmarker, ToLandmarker } from '../../../src/vision/landmarker-protocol';

const detectForVideo = vi.fn();
const getLandmarker = vi.fn(async (_base: string) => ({ detectForVideo }));
vi.mock('../../../src/vision/landmarker', async (original) => ({
  ...(await original<typeof import('../../../src/vision/landmarker')>()),
  getLandmarker: (base: string) => getLandmarker(base),
}));
const { serveLandmarker } = await import('../../../src/vision/landmarker-worker');

function worker() {
  const said: FromLandmarker[] = [];
  const scope = { onmessage: null as ((event: MessageEvent<ToLandmarker>) => void) | null, postMessage: (m: FromLandmarker) => said.push(m) };
  serveLandmarker(scope);
  const send = (data: ToLandmarker) => scope.onmessage!({ data } as MessageEvent<ToLandmarker>);
  return { said, send };
}
const bitmap = () => ({ close: vi.fn() }) as unknown as ImageBitmap & { close: ReturnType<typeof vi.fn> };

describe('serveLandmarker', () => {
  it('says ready once the model loads, answers frames with plain faces and closes each bitmap', async () => {
    detectForVideo.mockReturnValue({ faceLandmarks: [[{ x: 0.5, y: 0.5, z: 0 }]], faceBlendshapes: [{ categories: [{ categoryName: 'eyeBlinkLeft', score: 0.25 }] }] });
    const { said, send } = worker();
    send({ type: 'init', baseUrl: '/mediapipe' });
    send({ type: 'init', baseUrl: '/mediapipe' });
    await vi.waitFor(() => expect(said.filter((m) => m.type === 'ready')).toHaveLength(2));
    expect(getLandmarker).toHaveBeenCalledTimes(1);
    expect(said[0]).toEqual({ type: 'ready' });
    const frame = bitmap();
    send({ type: 'detect', id: 7, frame, timestampMs: 1000 });
    await vi.waitFor(() => expect(said).toHaveLength(3));
    expect(said[2]).toEqual({ type: 'faces', id: 7, faces: [{ landmarks: [{ x: 0.5, y: 0.5, z: 0 }], matrix: undefined, blendshapes: { eyeBlinkLeft: 0.25 } }] });
    expect(frame.close).toHaveBeenCalled();
  });

  it('keeps timestamps increasing even when the page sends an earlier or equal one', async () => {
    detectForVideo.mockReset().mockReturnValue({ faceLandmarks: [] });
    const { said, send } = worker();
    send({ type: 'init', baseUrl: '/mediapipe' });
    for (const [id, t] of [[1, 500], [2, 500], [3, 400], [4, 900]] as const) send({ type: 'detect', id, frame: bitmap(), timestampMs: t });
    await vi.waitFor(() => expect(said.filter((m) => m.type === 'faces')).toHaveLength(4));
    expect(detectForVideo.mock.calls.map(([, t]) => t)).toEqual([500, 501, 502, 900]);
  });

  it('an exception in MediaPipe is answered as an error for that frame, and the bitmap still closed', async () => {
    detectForVideo.mockReset().mockImplementation(() => {
      throw new Error('_emscripten_glActiveTexture');
    });
    const { said, send } = worker();
    send({ type: 'init', baseUrl: '/mediapipe' });
    const frame = bitmap();
    send({ type: 'detect', id: 3, frame, timestampMs: 1 });
    await vi.waitFor(() => expect(said.some((m) => m.type === 'error')).toBe(true));
    expect(said.find((m) => m.type === 'error')).toEqual({ type: 'error', id: 3, message: '_emscripten_glActiveTexture' });
    expect(frame.close).toHaveBeenCalled();
  });

  it('a model that cannot load is answered as failed', async () => {
    getLandmarker.mockRejectedValueOnce(new Error('404 face_landmarker.task'));
    const { said, send } = worker();
    send({ type: 'init', baseUrl: '/mediapipe' });
    await vi.waitFor(() => expect(said).toEqual([{ type: 'failed', message: '404 face_landmarker.task' }]));
  });
});
