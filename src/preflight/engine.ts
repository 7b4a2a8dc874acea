// The one pre-flight engine: camera → analysis → report. Framework-free, so the page and the
// popup run exactly the same flow; the UI only renders what it reports through callbacks.
import { checkEnvironment } from '../checks/environment';
import { cameraAttemptOf, openCamera } from '../checks/open-camera';
import { cameraLostCheck, cameraNotAnsweredCheck, finalCameraCheck } from '../checks/camera/camera-device';
import { buildReport } from '../report/build';
import type { CheckResult, PreflightError, Report } from '../report/types';
import { visionChecks, skippedVisionChecks, type SkipCode } from '../checks/vision/window';
import { frameMetrics } from '../vision/frameMetrics';
import { getLandmarker, isLandmarkerWarm, landmarkerInitMs, toObservations } from '../vision/landmarker';
import { FrameSampler } from '../vision/sampler';
import { getFaceDetector, SCAN_WAIT_MS, SmallFaceScanner } from '../vision/small-faces';
import { CAMERA_WAITS } from '../camera/limits';
import { TIMEOUTS, WINDOW } from '../vision/limits';
import { readCameraChoice } from '../storage/camera-choice';
import { readSiteCamera } from '../storage/environment';
import type { NormRect } from '../vision/types';
import { landmarkBox } from '../vision/geometry';
import { withTimeout } from '../util/timeout';
import { nextFrame, releaseCamera, trackLoss } from './camera-stream';
import { summariseTimings, type RunClock } from './timings';
import { classifyFailure, Watchdog } from './watchdog';
import { webglAvailable } from '../browser/features';
import { coach, COACH, trailingWindow, type Coaching, type TimedFrame } from './coach';

export type Stage = 'starting' | 'analysing' | 'finishing';

export interface LiveFrame {
  faceCount: number;
  /** The face's box in raw (unmirrored) normalised frame coordinates. */
  box?: NormRect;
  /** The trailing window judged now: chips, the one instruction, the face frame's colour. */
  coaching: Coaching;
  analysed: number;
  elapsedMs: number;
  limitMs: number;
}

/** The last analysed picture and the faces in it: held in page memory, never stored, exported or sent. */
export interface FrameSnapshot {
  canvas: HTMLCanvasElement;
  /** Face boxes in raw (unmirrored) normalised coordinates. */
  faces: NormRect[];
}

export interface PreflightOptions {
  video: HTMLVideoElement;
  source: Report['source'];
  /** Base URL of the shipped MediaPipe files (browser.runtime.getURL('/mediapipe')). */
  assetBase: string;
  deviceId?: string;
  signal?: AbortSignal;
  onStage?: (stage: Stage) => void;
  onLive?: (frame: LiveFrame) => void;
  /** When the user clicked (performance.now()); defaults to now. */
  startedAt?: number;
}

export interface PreflightRun {
  report: Report;
  error?: PreflightError;
  /** The camera-device check when the camera failed: its summary and fix explain what to do. */
  cameraCheck?: CheckResult;
  aborted?: boolean;
  /** Present after an analysed run: for marking a face finding on screen only. */
  snapshot?: FrameSnapshot;
}

/**
 * How long each stage may go without progress before the watchdog ends the run as an error. The
 * camera and model keep their own, longer timeouts (slow laptops); these are the backstop for a
 * promise that never settles. Within 5 s of a stall the person sees what failed and its fix.
 */
export const WATCHDOG = {
  openingMs: CAMERA_WAITS.openMs + 1000,
  /** play() on a stream that sends no picture never settles: that is "no frames". */
  playingMs: 4000,
  loadingMs: TIMEOUTS.modelMs + 1000,
  firstFrameMs: CAMERA_WAITS.firstAnalysedFrameMs,
  /** Between two analysed frames (a frame normally takes 10–90 ms). */
  frameMs: 4000,
  /** Environment checks, release and report: all local. */
  finishingMs: 3000,
} as const;

const SKIP_FOR: Record<PreflightError, SkipCode> = {
  camera: 'no-camera',
  'camera-lost': 'camera-lost',
  model: 'model-failed',
  'no-frames': 'no-frames',
  'no-webgl': 'no-webgl',
  analysis: 'analysis-failed',
  stalled: 'analysis-failed',
};

/** What the watchdog needs from a flow it has to end: its report builder and camera check. */
interface FlowLink {
  finish?: (vision: CheckResult[], cameraCheck: CheckResult | undefined, error?: PreflightError) => Promise<PreflightRun>;
  cameraCheck?: CheckResult;
}

/**
 * Never rejects and never hangs: the flow runs against a watchdog, and any failure (an exception,
 * a rejected promise, a stage that stalls) ends the run as an error state, camera released.
 */
export async function runPreflight(options: PreflightOptions): Promise<PreflightRun> {
  const dog = new Watchdog();
  const link: FlowLink = {};
  const stop = new AbortController();
  options.signal?.addEventListener('abort', () => stop.abort(), { once: true });
  if (options.signal?.aborted) stop.abort();
  const webgl = webglAvailable();
  // After a trip the abandoned flow may still wake up: its callbacks must not put the UI back to "running".
  const live = <T>(callback?: (value: T) => void) => (value: T) => void (dog.trip || callback?.(value));
  const inner = { ...options, signal: stop.signal, onStage: live(options.onStage), onLive: live(options.onLive) };
  const flow = runFlow(inner, { dog, link, webgl }).catch((error: unknown) => {
    dog.fail(classifyFailure(error, webgl), error instanceof Error ? error.message : String(error));
    return undefined;
  });
  const ended = await Promise.race([flow, dog.tripped.then(() => undefined)]);
  if (ended && !dog.trip) {
    dog.stop();
    return { ...ended, aborted: options.signal?.aborted };
  }
  const trip = dog.trip!;
  stop.abort(); // the flow's abort handler stops the camera; the flow then winds down unobserved
  const vision = skippedVisionChecks(SKIP_FOR[trip.error]);
  const cameraCheck = trip.error === 'camera' ? link.cameraCheck : undefined;
  try {
    if (link.finish) return { ...(await link.finish(vision, link.cameraCheck, trip.error)), cameraCheck, aborted: options.signal?.aborted };
  } catch {
    // fall through to a report with the vision rows alone
  }
  const report = buildReport({ checks: vision, source: options.source, createdAt: Date.now(), error: trip.error });
  return { report, error: trip.error, cameraCheck, aborted: options.signal?.aborted };
}

async function runFlow(
  options: PreflightOptions,
  { dog, link, webgl }: { dog: Watchdog; link: FlowLink; webgl: boolean | undefined },
): Promise<PreflightRun> {
  const { video, signal } = options;
  dog.enter('opening', WATCHDOG.openingMs, 'camera');
  const clock: RunClock = { start: options.startedAt ?? performance.now(), warm: isLandmarkerWarm(), landmarkerMs: [], analysisMs: [], scanMs: [] };
  const createdAt = Date.now();
  options.onStage?.('starting');

  // Everything that can start at once does: camera, environment checks and model in parallel.
  // The stream goes straight to the preview element and no separate frame-rate wait is made: the
  // rate is measured from the frames the window samples and camera-device is finalised after it.
  const opening = withTimeout(openCamera(options.deviceId, { video, fpsWindowMs: 0, remembered: readCameraChoice() }), CAMERA_WAITS.openMs, {
    what: 'camera',
    onLate: (late) => releaseCamera(late.stream),
  }).catch(() => null);
  // camera-permission is decided once the camera attempt has ended (one truth about the camera).
  const environment = checkEnvironment({ camera: opening.then(cameraAttemptOf), siteCameraPermission: readSiteCamera() }).catch((): CheckResult[] => []);
  const model = withTimeout(getLandmarker(options.assetBase), TIMEOUTS.modelMs, { what: 'model' }).then(
    (landmarker) => ((clock.modelReady = performance.now()), landmarker),
  );
  model.catch(() => undefined); // observed below; avoid an unhandled rejection if the camera fails first
  // The small-face scan is optional (without its detector the landmarker alone counts faces) and never
  // delays the model or the first frame: its detector loads after the model, and scanning starts when it is ready.
  let scanner: SmallFaceScanner | undefined;
  const detector = model
    .then(() => getFaceDetector(options.assetBase))
    .then((d) => (scanner ??= new SmallFaceScanner(d)))
    .catch(() => undefined);
  let stream: MediaStream | null = null;
  const finish = async (vision: CheckResult[], cameraCheck: CheckResult | undefined, error?: PreflightError) => {
    clock.released ??= releaseCamera(stream, video);
    // Local checks answer in milliseconds; one that hangs must not hold the report back.
    const env = await Promise.race([environment, new Promise<CheckResult[]>((done) => setTimeout(() => done([]), 1000))]);
    const checks = [...env, ...(cameraCheck ? [cameraCheck] : []), ...vision];
    clock.verdict = performance.now();
    const timings = { ...summariseTimings(clock), modelInitMs: Math.round(landmarkerInitMs() ?? -1) };
    const report = buildReport({ checks, source: options.source, createdAt, durationMs: clock.verdict - clock.start, error, timings });
    return { report, error, cameraCheck: error === 'camera' ? cameraCheck : undefined, aborted: signal?.aborted };
  };
  link.finish = finish;

  const opened = await opening;
  clock.cameraOpen = performance.now();
  if (!opened || !opened.stream) return finish(skippedVisionChecks('no-camera'), opened?.check ?? cameraNotAnsweredCheck(), 'camera');
  stream = opened.stream;
  link.cameraCheck = opened.check;
  const abort = () => (clock.released ??= releaseCamera(stream, video));
  signal?.addEventListener('abort', abort, { once: true });
  if (signal?.aborted) abort();
  // A track that ends by itself (unplugged, switched off, permission withdrawn: Chrome fires
  // 'ended'; our own stop() does not) ends the run as a camera error, never as a report of the
  // frames seen so far. `lost` also resolves a frame wait that would otherwise run into its timeout.
  const lost = trackLoss(stream);

  // openCamera left it attached and playing; assigning srcObject again would reload the element.
  if (video.srcObject !== stream) video.srcObject = stream;
  dog.enter('playing', WATCHDOG.playingMs, 'no-frames');
  await video.play().catch(() => undefined);
  // MediaPipe cannot take a frame without WebGL: the camera has been checked, the face checks say why they skip.
  if (webgl === false) return finish(skippedVisionChecks('no-webgl'), opened.check, 'no-webgl');
  dog.enter('loading', WATCHDOG.loadingMs, 'model');

  let landmarker;
  try {
    landmarker = await Promise.race([model, lost.promise]);
  } catch {
    return finish(skippedVisionChecks('model-failed'), opened.check, 'model');
  }
  if (lost.happened() || !landmarker) return finish(skippedVisionChecks('camera-lost'), cameraLostCheck(), 'camera-lost');
  options.onStage?.('analysing');
  dog.enter('first-frame', WATCHDOG.firstFrameMs + 1000, 'no-frames');

  // Coach, then judge: the camera stays live and every frame re-judges the trailing window (coach.ts)
  // until the set-up has held good for about a second, or the time limit passes. What the person saw
  // last on screen is what the report says.
  const sampler = new FrameSampler();
  const frames: TimedFrame[] = [];
  let lastFaces: NormRect[] = [];
  let firstPresented: number | undefined, lastPresented: number | undefined, firstAt = 0, lastAt = 0;
  const windowStart = performance.now();
  const fpsSoFar = () =>
    firstPresented !== undefined && lastPresented !== undefined && lastAt > firstAt
      ? ((lastPresented - firstPresented) * 1000) / (lastAt - firstAt)
      : undefined;
  const trackSettings = () => stream?.getVideoTracks()[0]?.getSettings() ?? {};
  while (!signal?.aborted) {
    const tick = await Promise.race([nextFrame(video, frames.length === 0 ? CAMERA_WAITS.firstAnalysedFrameMs : 1000), lost.promise]);
    if (signal?.aborted) break;
    if (lost.happened()) return finish(skippedVisionChecks('camera-lost'), cameraLostCheck(), 'camera-lost');
    if (!tick || video.videoWidth === 0) {
      if (frames.length === 0) return finish(skippedVisionChecks('no-frames'), opened.check, 'no-frames');
      // The camera stopped sending pictures before the window was full: too few frames to judge.
      if (frames.length < WINDOW.minFrames) return finish(skippedVisionChecks('camera-lost'), cameraLostCheck(), 'camera-lost');
      break;
    }
    const t0 = performance.now();
    clock.firstFrame ??= t0;
    const faces = toObservations(landmarker.detectForVideo(video, t0));
    const t1 = performance.now();
    const single = faces.length === 1 ? faces[0] : undefined;
    const metrics = single
      ? frameMetrics(single, sampler.sample(video, single.landmarks), { width: video.videoWidth, height: video.videoHeight })
      : undefined;
    lastFaces = faces.map((face) => landmarkBox(face.landmarks));
    scanner?.scanNext(video, lastFaces);
    const t2 = performance.now();
    clock.landmarkerMs.push(t1 - t0);
    clock.analysisMs.push(t2 - t1);
    clock.scanMs?.push(scanner ? (scanner.costMs.at(-1) ?? 0) : 0);
    frames.push({ faceCount: faces.length, metrics, at: t0 });
    dog.enter('analysing', WATCHDOG.frameMs, 'stalled');
    if (tick.presented !== undefined) {
      if (firstPresented === undefined) [firstPresented, firstAt] = [tick.presented, t0];
      [lastPresented, lastAt] = [tick.presented, t0];
    }
    const settings = trackSettings();
    const coaching = coach(
      frames,
      { width: settings.width ?? video.videoWidth, height: settings.height ?? video.videoHeight, frameRate: settings.frameRate, measuredFps: fpsSoFar() },
      windowStart,
      scanner?.summary(),
    );
    options.onLive?.({
      faceCount: faces.length,
      box: lastFaces[0],
      coaching,
      analysed: frames.length,
      elapsedMs: t0 - windowStart,
      limitMs: COACH.limitMs,
    });
    if (coaching.done) break;
  }
  // Read what the camera delivered while its track is alive (a stopped track reports nothing),
  // then release first and judge after: the camera is free before the verdict exists.
  if (!signal?.aborted && lost.happened()) return finish(skippedVisionChecks('camera-lost'), cameraLostCheck(), 'camera-lost');
  const settings = trackSettings();
  const delivered = { width: video.videoWidth, height: video.videoHeight };
  // A detector still loading (a cold first run) gets a short wait, then sweeps what the window did not.
  if (!signal?.aborted) await Promise.race([detector, new Promise((resolve) => setTimeout(resolve, SCAN_WAIT_MS))]);
  if (!signal?.aborted && scanner) clock.scanMs?.push(scanner.finish(video, lastFaces));
  // The last analysed picture, for marking a face finding on screen: a canvas in memory only, handed
  // to the page and never put in the report (which is stored and exported).
  const snapshot = signal?.aborted ? undefined : takeSnapshot(video, lastFaces);
  clock.released = releaseCamera(stream, video);
  options.onStage?.('finishing');
  dog.enter('finishing', WATCHDOG.finishingMs);
  if (signal?.aborted) return { ...(await finish([], opened.check)), aborted: true };

  const measuredFps = fpsSoFar();
  const vision = visionChecks({
    frames: trailingWindow(frames),
    camera: {
      width: settings.width ?? delivered.width,
      height: settings.height ?? delivered.height,
      frameRate: settings.frameRate,
      measuredFps,
    },
    scan: scanner?.summary(),
  });
  clock.frames = frames.length;
  const cameraCheck = finalCameraCheck(opened, measuredFps);
  return { ...(await finish(vision, cameraCheck)), snapshot };
}

/** The current video picture on a canvas (same size as the analysed frame), with the faces seen in it. */
function takeSnapshot(video: HTMLVideoElement, faces: NormRect[]): FrameSnapshot | undefined {
  if (!video.videoWidth || typeof document === 'undefined') return undefined;
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const context = canvas.getContext('2d');
  if (!context) return undefined;
  context.drawImage(video, 0, 0);
  return { canvas, faces };
}
