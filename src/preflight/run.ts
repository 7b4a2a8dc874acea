// The pre-flight run: camera → analysis → report, as one short sequence. Framework-free, so the
// page and the popup run exactly the same flow; the UI only renders what it reports through callbacks.
// Each step is awaited through the watchdog (a stage that goes quiet ends the run); every failure is
// one RunFailure, turned into rows in failure.ts; the camera is released once, before the verdict.
import { webglAvailable } from '../browser/features';
import type { CameraAttempt } from '../checks/environment/camera-permission';
import { buildReport } from '../report/build';
import type { CheckResult, PreflightError, Report } from '../report/types';
import type { NormRect } from '../vision/types';
import type { VideoLandmarker } from '../vision/video-landmarker';
import type { AnalysisWindow } from '../vision/window';
import { openCameraSession, type CameraOpening, type CameraSession, type SessionOptions } from './camera-session';
import { environmentChecks, finalCameraCheck, judgeWindow } from './checks-adapter';
import { browserClock, sleep, type PreflightClock } from './clock';
import { coach, trailingWindow, type Coaching, type TimedFrame } from './coach';
import { failedRows, failureOf, failureOfFrames, fail, RunAborted, RunFailed } from './failure';
import { analysedFrames, loadAnalysis, type Analysis, type FrameSource, type FrameSourceOptions } from './frame-source';
import { COACH, RUN_WAITS } from './limits';
import { takeSnapshot, type FrameSnapshot } from './snapshot';
import { summariseTimings, type RunMarks } from './timings';
import { Watchdog } from './watchdog';
import { SettlingWatch } from '../vision/settling';

export type { FrameSnapshot };
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
  /** When coaching gives up with the report of what is still wrong (COACH.limitMs; shorter in test builds). */
  limitMs?: number;
  /**
   * Test builds only (`?holdUntilLimit=1`, for scripts/hold-rule.mjs): coach to the limit even once the set-up holds,
   * so one run records what every earlier ending would have judged.
   */
  coachToLimit?: boolean;
}

export interface PreflightRun {
  report: Report;
  error?: PreflightError;
  /** The camera-device check when the camera failed: its summary and fix explain what to do. */
  cameraCheck?: CheckResult;
  aborted?: boolean;
  /** Present after an analysed run: for marking a face finding on screen only. */
  snapshot?: FrameSnapshot;
  /** Present after an analysed run: the judged frames (numbers only, page memory), for the hold-rule measurement. */
  judged?: AnalysisWindow & { frames: readonly TimedFrame[] };
}

/** What a run needs from the browser; tests hand in fakes (a fake camera, fake frames, a fake clock). */
export interface PreflightPorts {
  clock: PreflightClock;
  webgl(): boolean | undefined;
  openCamera(video: HTMLVideoElement, options: SessionOptions): Promise<CameraOpening>;
  loadAnalysis(assetBase: string): Analysis;
  frames(session: CameraSession, landmarker: VideoLandmarker, options: FrameSourceOptions): FrameSource;
  environment(camera: Promise<CameraAttempt>): Promise<CheckResult[]>;
}

export const browserPorts: PreflightPorts = {
  clock: browserClock,
  webgl: webglAvailable,
  openCamera: openCameraSession,
  loadAnalysis: (assetBase) => loadAnalysis(assetBase, { smallFaces: true }),
  frames: analysedFrames,
  environment: environmentChecks,
};

interface Rows {
  vision: CheckResult[];
  camera?: CheckResult;
}

/** Never rejects and never hangs: any failure (an exception, a rejection, a stage that stalls) ends as an error state, camera released. */
export async function runPreflight(options: PreflightOptions, ports: PreflightPorts = browserPorts): Promise<PreflightRun> {
  const { clock } = ports;
  const { video, signal } = options;
  const createdAt = Date.now();
  const dog = new Watchdog(clock, signal);
  const webgl = ports.webgl();
  options.onStage?.('starting');
  const start = options.startedAt ?? clock.now();
  const limitMs = options.limitMs ?? COACH.limitMs;
  // Everything that can start at once does: camera, environment checks and model in parallel.
  const opening = ports.openCamera(video, { deviceId: options.deviceId, signal, now: () => clock.now() });
  // camera-permission is decided once the camera attempt has ended (one truth about the camera).
  const environment = ports.environment(opening.then((o) => o.attempt));
  const analysis = ports.loadAnalysis(options.assetBase);
  const marks: RunMarks = { start, warm: analysis.warm, landmarkerMs: [], analysisMs: [], scanMs: [] };
  analysis.landmarker.then(() => (marks.modelReady = clock.now()), () => undefined);
  let session: CameraSession | undefined;

  const finish = async (rows: Rows, error?: PreflightError): Promise<PreflightRun> => {
    marks.released ??= session?.release() ?? clock.now();
    // Local checks answer in milliseconds; one that hangs must not hold the report back.
    const env = await Promise.race([environment, sleep(clock, RUN_WAITS.environmentMs).then((): CheckResult[] => [])]);
    marks.verdict = clock.now();
    const timings = { ...summariseTimings(marks), modelInitMs: Math.round(analysis.initMs() ?? -1) };
    const checks = [...env, ...(rows.camera ? [rows.camera] : []), ...rows.vision];
    const report = buildReport({ checks, source: options.source, createdAt, durationMs: marks.verdict - marks.start, error, timings });
    return { report, error, cameraCheck: error === 'camera' ? rows.camera : undefined, aborted: signal?.aborted };
  };

  try {
    const live = await dog.stage('opening', opening.then((o) => ((marks.cameraOpen = clock.now()), o.session ?? fail('camera', o.check))));
    session = live;
    await dog.stage('playing', live.play());
    // MediaPipe cannot take a frame without WebGL: the camera has been checked, the face checks say why they skip.
    if (webgl === false) fail('no-webgl');
    const lost = live.lost.then(() => fail('camera-lost'));
    const landmarker = await dog.stage('loading', Promise.race([analysis.landmarker.catch(() => fail('model')), lost]));
    if (live.isLost()) fail('camera-lost');
    marks.landmarkerThread = landmarker.thread;
    options.onStage?.('analysing');
    const source = ports.frames(live, landmarker, { waits: RUN_WAITS, signal, scanner: analysis.scanner, clock });
    const { frames, measuredFps, lastBoxes } = await coachUntilDone(live, source, dog, marks, clock, limitMs, options.onLive, options.coachToLimit);
    // Read what the camera delivered while its track is alive (a stopped track reports nothing),
    // then release first and judge after: the camera is free before the verdict exists.
    const settings = live.settings();
    const camera = { width: settings.width ?? video.videoWidth, height: settings.height ?? video.videoHeight, frameRate: settings.frameRate, measuredFps };
    const scanMs = await dog.stage('analysing', source.finishScan(RUN_WAITS.scanMs));
    if (scanMs !== undefined) marks.scanMs?.push(scanMs);
    const snapshot = takeSnapshot(video, lastBoxes);
    marks.released = live.release();
    options.onStage?.('finishing');
    const scan = source.scan();
    const vision = judgeWindow({ frames: trailingWindow(frames), camera, scan });
    marks.frames = frames.length;
    const run = await dog.stage('finishing', finish({ vision, camera: finalCameraCheck(live.opened, measuredFps) }));
    return { ...run, snapshot, judged: { frames, camera, scan } };
  } catch (thrown) {
    const failure = failureOf(thrown, webgl);
    if (failure === 'aborted') return finish({ vision: [], camera: session?.opened.check }).catch(() => bare(options, createdAt, []));
    const rows = failedRows(failure, session?.opened.check);
    return finish(rows, failure.error).catch(() => bare(options, createdAt, rows.vision, failure.error));
  } finally {
    // Also a camera that opened after the run gave up on it.
    void opening.then((o) => o.session?.release());
  }
}

/** The report when building the full one failed: the face rows alone. */
function bare(options: PreflightOptions, createdAt: number, vision: CheckResult[], error?: PreflightError): PreflightRun {
  const report = buildReport({ checks: vision, source: options.source, createdAt, error });
  return { report, error, aborted: options.signal?.aborted };
}

/**
 * Coach, then judge: every analysed frame re-judges the trailing window (coach.ts) until the set-up
 * has held good for about a second, or the time limit passes. What the person saw last on screen is
 * what the report says. Frames that end by themselves end the run as failure.ts says.
 */
async function coachUntilDone(
  session: CameraSession,
  source: FrameSource,
  dog: Watchdog,
  marks: RunMarks,
  clock: PreflightClock,
  limitMs: number,
  onLive?: (frame: LiveFrame) => void,
  coachToLimit = false,
): Promise<{ frames: TimedFrame[]; measuredFps?: number; lastBoxes: NormRect[] }> {
  const frames: TimedFrame[] = [];
  const rate = frameRate();
  let lastBoxes: NormRect[] = [];
  const windowStart = clock.now();
  const settling = new SettlingWatch();
  const iterator = source[Symbol.asyncIterator]();
  try {
    for (;;) {
      const next = await dog.stage(frames.length === 0 ? 'first-frame' : 'analysing', iterator.next());
      if (next.done) break;
      const frame = next.value;
      marks.firstFrame ??= frame.at;
      marks.landmarkerMs.push(frame.cost.landmarkerMs);
      marks.analysisMs.push(frame.cost.analysisMs);
      marks.scanMs?.push(frame.cost.scanMs);
      // Frames of a webcam still settling its exposure are not the set-up (vision/settling.ts): not judged.
      if (settling.settling(frame.at, frame.sceneLuma)) continue;
      frames.push({ faceCount: frame.faces.length, metrics: frame.metrics, sceneLuma: frame.sceneLuma, at: frame.at });
      rate.add(frame.presented, frame.at);
      lastBoxes = frame.boxes;
      const settings = session.settings();
      const camera = {
        width: settings.width ?? frame.video.videoWidth,
        height: settings.height ?? frame.video.videoHeight,
        frameRate: settings.frameRate,
        measuredFps: rate.fps(),
      };
      const coaching = coach(frames, camera, windowStart, source.scan(), limitMs);
      onLive?.({ faceCount: frame.faces.length, box: lastBoxes[0], coaching, analysed: frames.length, elapsedMs: frame.at - windowStart, limitMs });
      if (coachToLimit ? coaching.timeUp : coaching.done) break;
    }
  } finally {
    // Closes the frames (a suspended generator ends; one still waiting ends when its wait does).
    Promise.resolve(iterator.return?.()).catch(() => undefined);
  }
  const ended = failureOfFrames(source.end, frames.length, COACH.minFrames) ?? (session.isLost() ? { error: 'camera-lost' as const } : undefined);
  if (ended === 'aborted') throw new RunAborted();
  if (ended) throw new RunFailed(ended);
  return { frames, measuredFps: rate.fps(), lastBoxes };
}

/** The delivered frame rate: frames the video presented over the time between the first and the last analysed one. */
function frameRate() {
  let first: { presented: number; at: number } | undefined;
  let last: { presented: number; at: number } | undefined;
  return {
    add(presented: number | undefined, at: number) {
      if (presented === undefined) return;
      first ??= { presented, at };
      last = { presented, at };
    },
    fps: () => (first && last && last.at > first.at ? ((last.presented - first.presented) * 1000) / (last.at - first.at) : undefined),
  };
}
