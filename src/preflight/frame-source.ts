// The one source of analysed frames: each decoded video frame of a camera session through the
// landmarker, the frame sampler, the per-frame metrics and (optionally) one tile of the small-face
// scan. The pre-flight, the review kit and the ID match iterate it and stop when they have enough.
import { withTimeout } from '../util/timeout';
import { frameMetrics } from '../vision/frameMetrics';
import { distinctFaces } from '../vision/distinct-faces';
import { landmarkBox } from '../vision/geometry';
import { getVideoLandmarker, isVideoLandmarkerWarm, videoLandmarkerInitMs, type VideoLandmarker } from '../vision/video-landmarker';
import { PictureCopier, type Picture } from '../vision/picture';
import { FrameSampler } from '../vision/sampler';
import { SceneMeter } from '../vision/scene';
import { getFaceDetector, SmallFaceScanner } from '../vision/small-faces';
import { TIMEOUTS } from '../vision/limits';
import type { FaceObservation, FrameMetrics, NormRect } from '../vision/types';
import type { CameraSession } from './camera-session';
import { browserClock, sleep, type PreflightClock } from './clock';
import type { ScanSummary } from './checks-adapter';

export interface AnalysedFrame {
  /** performance.now() when the frame was analysed. */
  at: number;
  /** The landmarker's faces (landmarks, pose matrix, blendshapes). */
  faces: FaceObservation[];
  /** Their boxes, in raw (unmirrored) normalised frame coordinates. */
  boxes: NormRect[];
  /** The per-frame metrics, when exactly one face is seen. */
  metrics?: FrameMetrics;
  /** The whole picture's mean luma (0-255), face or not: "too dark to see a face" is not "no face". */
  sceneLuma: number;
  /** Frames the video has presented so far (for the delivered frame rate), where the browser counts them. */
  presented?: number;
  /** The session's video element (the preview), showing this frame until the next one is awaited. */
  video: HTMLVideoElement;
  /** This frame as analysed (src/vision/picture.ts): reused for the next frame, so read it before awaiting one. */
  picture: Picture;
  /** Time spent on this frame, for the benchmark. */
  cost: { landmarkerMs: number; analysisMs: number; scanMs: number };
}

/** Why the frames ended: stopped by the caller, the camera went away, or it stopped sending pictures. */
export type FrameEnd = 'stopped' | 'lost' | 'silent';

export interface FrameWaits {
  /** For the first frame after the stream plays. */
  firstFrameMs: number;
  /** Between two frames. */
  nextFrameMs: number;
}

export interface FrameSource extends AsyncIterable<AnalysedFrame> {
  /** Why the frames ended (undefined while they run, or when the caller broke off). */
  readonly end: FrameEnd | undefined;
  /** What the small-face scan has found so far (undefined without its detector). */
  scan(): ScanSummary | undefined;
  /**
   * Waits up to `waitMs` for a detector still loading, then sweeps the tiles the frames did not
   * reach, on the last frame. Returns its cost in ms (undefined without a detector). Call before the camera is released.
   */
  finishScan(waitMs: number): Promise<number | undefined>;
}

/** The models a frame source runs: the landmarker, and the small-face detector when wanted. */
export interface Analysis {
  /** Rejects when the model cannot load within its timeout. */
  landmarker: Promise<VideoLandmarker>;
  /** Resolves once the detector is ready (after the landmarker, so it never delays it); undefined without it. */
  scanner: Promise<SmallFaceScanner | undefined>;
  /** The landmarker was already created on this page (a warm run). */
  warm: boolean;
  /** How long creating the landmarker took. */
  initMs(): number | undefined;
}

/** Starts loading the models from the shipped MediaPipe files (browser.runtime.getURL('/mediapipe')). */
export function loadAnalysis(assetBase: string, { smallFaces }: { smallFaces: boolean }): Analysis {
  const warm = isVideoLandmarkerWarm();
  const landmarker = withTimeout(getVideoLandmarker(assetBase), TIMEOUTS.modelMs, { what: 'model' });
  landmarker.catch(() => undefined); // observed by the caller; no unhandled rejection if the camera fails first
  // The small-face scan is optional (without its detector the landmarker alone counts faces).
  const scanner = smallFaces
    ? landmarker.then(() => getFaceDetector(assetBase)).then((detector) => new SmallFaceScanner(detector)).catch(() => undefined)
    : Promise.resolve(undefined);
  return { landmarker, scanner, warm, initMs: videoLandmarkerInitMs };
}

/** Resolves on the next decoded video frame (requestVideoFrameCallback), or null after `ms`. */
export function nextFrame(video: HTMLVideoElement, ms: number): Promise<{ presented?: number } | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    const done = (tick: { presented?: number }) => {
      clearTimeout(timer);
      resolve(tick);
    };
    if ('requestVideoFrameCallback' in video) {
      video.requestVideoFrameCallback((_now, meta) => done({ presented: meta.presentedFrames }));
    } else {
      requestAnimationFrame(() => done({}));
    }
  });
}

export interface FrameSourceOptions {
  waits: FrameWaits;
  /** Aborting ends the frames at once (the pending frame wait included). */
  signal?: AbortSignal;
  /** The small-face scanner, once ready; frames before that go unscanned. */
  scanner?: Promise<SmallFaceScanner | undefined>;
  clock?: PreflightClock;
}

/**
 * Analysed frames of `session` until the caller stops iterating, `signal` aborts, the camera goes
 * away or it sends no frame within its wait. An exception in the analysis rejects the iteration.
 */
export function analysedFrames(session: CameraSession, landmarker: VideoLandmarker, options: FrameSourceOptions): FrameSource {
  const { video } = session;
  const { signal, waits } = options;
  const clock = options.clock ?? browserClock;
  const sampler = new FrameSampler();
  const copier = new PictureCopier();
  const scene = new SceneMeter();
  let scanner: SmallFaceScanner | undefined;
  void options.scanner?.then((ready) => (scanner ??= ready));
  let end: FrameEnd | undefined;
  let lastBoxes: NormRect[] = [];
  let lastPicture: Picture | undefined;
  const aborted = new Promise<null>((resolve) => signal?.addEventListener('abort', () => resolve(null), { once: true }));

  async function* frames(): AsyncGenerator<AnalysedFrame> {
    for (let count = 0; ; count++) {
      if (signal?.aborted) return void (end = 'stopped');
      const tick = await Promise.race([nextFrame(video, count === 0 ? waits.firstFrameMs : waits.nextFrameMs), session.lost, aborted]);
      if (signal?.aborted) return void (end = 'stopped');
      if (session.isLost()) return void (end = 'lost');
      const copied = clock.now();
      const picture = tick ? copier.capture(video) : undefined;
      if (!tick || !picture) return void (end = 'silent');
      const t0 = clock.now();
      // In the landmarker's worker where it runs there: this thread waits, free for input and drawing.
      const seen = await Promise.race([landmarker.detect(picture, t0), aborted]);
      const t1 = clock.now();
      if (!seen || signal?.aborted) return void (end = 'stopped');
      if (session.isLost()) return void (end = 'lost');
      const seenBoxes = seen.map((face) => landmarkBox(face.landmarks));
      const kept = distinctFaces(seenBoxes);
      const faces = kept.map((i) => seen[i]!);
      const boxes = kept.map((i) => seenBoxes[i]!);
      const single = faces.length === 1 ? faces[0] : undefined;
      const metrics = single ? frameMetrics(single, sampler.sample(picture, single.landmarks), picture) : undefined;
      const sceneLuma = scene.meanLuma(picture);
      lastBoxes = boxes;
      lastPicture = picture;
      scanner?.scanNext(picture, boxes);
      const t2 = clock.now();
      const scanMs = scanner ? (scanner.costMs.at(-1) ?? 0) : 0;
      yield { at: t0, faces, boxes, metrics, sceneLuma, presented: tick.presented, video, picture, cost: { landmarkerMs: t1 - t0, analysisMs: t2 - t1 + (t0 - copied), scanMs } };
    }
  }

  return {
    [Symbol.asyncIterator]: frames,
    get end() {
      return end;
    },
    scan: () => scanner?.summary(),
    finishScan: async (waitMs) => {
      // A detector still loading (a cold first run) gets a short wait, then sweeps what the frames did not.
      if (!scanner && options.scanner) await Promise.race([options.scanner, sleep(clock, waitMs)]);
      return scanner && lastPicture && !session.released ? scanner.finish(lastPicture, lastBoxes) : undefined;
    },
  };
}
