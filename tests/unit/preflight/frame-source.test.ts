// The one analysed-frame source: frames while the camera sends them; it ends as 'stopped' at once on
// an abort, 'lost' when the camera goes away, 'silent' after its wait without a frame (not before);
// an exception in the analysis rejects the iteration.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cameraSession } from '../../../src/preflight/camera-session';
import { analysedFrames, type AnalysedFrame } from '../../../src/preflight/frame-source';
import type { VideoLandmarker } from '../../../src/vision/video-landmarker';
import type { FaceObservation } from '../../../src/vision/types';
import type { Picture } from '../../../src/vision/picture';
import { deviceCheck, fakeClock, fakeStream, fakeVideo } from './fakes';

const WAITS = { firstFrameMs: 5000, nextFrameMs: 1000 };

/** A preview whose frames come every 50 ms until `pause()`. */
function camera() {
  const { stream, track } = fakeStream();
  const video = fakeVideo();
  let presented = 0;
  let paused = false;
  Object.assign(video, {
    requestVideoFrameCallback(callback: (now: number, meta: { presentedFrames: number }) => void) {
      if (!paused) setTimeout(() => callback(Date.now(), { presentedFrames: ++presented }), 50);
      return 1;
    },
  });
  const session = cameraSession({ stream, check: deviceCheck() }, video);
  return { session, track, pause: () => (paused = true) };
}

const landmarker = (detect: (picture: Picture) => FaceObservation[] = () => []) => ({ thread: 'page', detect: vi.fn(async (picture: Picture) => detect(picture)) }) satisfies VideoLandmarker;

async function collect(source: AsyncIterable<AnalysedFrame>, into: AnalysedFrame[]): Promise<void> {
  for await (const frame of source) into.push(frame);
}

describe('analysedFrames', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // The sampler's canvas (only drawn on with exactly one face, which these frames never have) and the copy of each
    // frame the analysis measures (src/vision/picture.ts).
    vi.stubGlobal('OffscreenCanvas', class { constructor(readonly width = 0, readonly height = 0) {} getContext = () => ({ drawImage: () => undefined, getImageData: () => ({ data: new Uint8ClampedArray([90, 90, 90, 255]) }) }); });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('yields each frame with its faces, presented count and the picture, and stops at once on an abort', async () => {
    const { session } = camera();
    const stop = new AbortController();
    const model = landmarker();
    const source = analysedFrames(session, model, { waits: WAITS, signal: stop.signal, clock: fakeClock });
    const frames: AnalysedFrame[] = [];
    const done = collect(source, frames);
    await vi.advanceTimersByTimeAsync(500);
    expect(frames.length).toBe(10);
    expect(frames[9]).toMatchObject({ faces: [], boxes: [], presented: 10, video: session.video, picture: { width: 640, height: 480 } });
    // The landmarker measures the copied picture, never the element (a cropped 16:9 camera's element uploads uncropped).
    const inputs = model.detect.mock.calls.map(([input]) => input.canvas);
    expect(inputs).toHaveLength(10);
    expect(inputs.every((input) => input === frames[9]!.picture.canvas)).toBe(true);
    expect(frames[9]!.metrics).toBeUndefined();
    stop.abort();
    await done;
    expect(source.end).toBe('stopped');
  });

  it('ends as lost when the camera goes away', async () => {
    const { session, track } = camera();
    const source = analysedFrames(session, landmarker(), { waits: WAITS, clock: fakeClock });
    const done = collect(source, []);
    await vi.advanceTimersByTimeAsync(120);
    track.unplug();
    await vi.advanceTimersByTimeAsync(1);
    await done;
    expect(source.end).toBe('lost');
  });

  it('ends as silent after its wait without a frame, not before', async () => {
    const { session, pause } = camera();
    const source = analysedFrames(session, landmarker(), { waits: WAITS, clock: fakeClock });
    let finished = false;
    const done = collect(source, []).then(() => (finished = true));
    await vi.advanceTimersByTimeAsync(120); // two frames, then the third is asked for
    pause();
    await vi.advanceTimersByTimeAsync(30 + WAITS.nextFrameMs - 1);
    expect(finished).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await done;
    expect(source.end).toBe('silent');
  });

  it('an exception in the analysis rejects the iteration', async () => {
    const { session } = camera();
    const failing = landmarker(() => {
      throw new Error('injected');
    });
    const source = analysedFrames(session, failing, { waits: WAITS, clock: fakeClock });
    const done = collect(source, []);
    const seen = expect(done).rejects.toThrow('injected');
    await vi.advanceTimersByTimeAsync(60);
    await seen;
  });
});
