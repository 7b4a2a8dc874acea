// runPreflight on a fake camera session, fake frames and a fake clock: a good run ends ready; a stall
// ends within its budget; a lost camera, a camera that never opens, a model that fails, frames that
// never come and an exception each end as their one error; an abort mid-run ends at once. On every
// path the camera is released exactly once, before the verdict.
import type { VideoLandmarker } from '../../../src/vision/video-landmarker';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cameraSession, type CameraSession } from '../../../src/preflight/camera-session';
import { sleep } from '../../../src/preflight/clock';
import type { AnalysedFrame, FrameEnd, FrameSource, FrameSourceOptions } from '../../../src/preflight/frame-source';
import { COACH, WATCHDOG } from '../../../src/preflight/limits';
import { runPreflight, type PreflightOptions, type PreflightPorts, type PreflightRun, type Stage } from '../../../src/preflight/run';
import type { CheckResult } from '../../../src/report/types';
import { goodMetrics } from '../vision/helpers';
import { deviceCheck, fakeClock, fakeStream, fakeVideo } from './fakes';

/** One step of the fake camera's script. */
type Step = 'face' | 'silence' | 'stall' | 'throw' | 'unplug';
const FRAME_MS = 50;

interface Setup {
  /** The frames, in order; after the last one the script repeats its last step. */
  steps?: Step[];
  opens?: boolean;
  /** The landmarker's loading (a fresh promise per run). */
  model?: () => Promise<VideoLandmarker>;
  play?: () => Promise<void>;
  webgl?: boolean;
  /** The hold-rule measurement's mode (test builds): coach to the limit even once the set-up holds. */
  coachToLimit?: boolean;
}

/** Faces every 50 ms as the script says; honours the abort like the real source. */
function scriptedFrames(session: CameraSession, steps: Step[], options: FrameSourceOptions, unplug: () => void): FrameSource {
  let end: FrameEnd | undefined;
  const aborted = new Promise<void>((resolve) => options.signal?.addEventListener('abort', () => resolve(), { once: true }));
  async function* frames(): AsyncGenerator<AnalysedFrame> {
    for (let i = 0; ; i++) {
      const step = steps[Math.min(i, steps.length - 1)]!;
      if (step === 'stall') await new Promise(() => undefined);
      await Promise.race([sleep(fakeClock, FRAME_MS), aborted]);
      if (options.signal?.aborted) return void (end = 'stopped');
      if (step === 'silence') return void (end = 'silent');
      if (step === 'unplug') unplug();
      if (session.isLost()) return void (end = 'lost');
      if (step === 'throw') throw new Error('injected failure in the analysis');
      const at = fakeClock.now();
      yield { at, faces: [{ landmarks: [] }], boxes: [{ x: 0.3, y: 0.2, w: 0.4, h: 0.5 }], metrics: goodMetrics(), sceneLuma: 120, presented: i * 2, video: session.video, picture: { canvas: {} as OffscreenCanvas, width: 640, height: 480 }, cost: { landmarkerMs: 30, analysisMs: 3, scanMs: 0 } };
    }
  }
  return { [Symbol.asyncIterator]: frames, get end() { return end; }, scan: () => undefined, finishScan: async () => undefined };
}

const environmentRow: CheckResult = { id: 'browser', status: 'pass', summary: { key: 'common.appName' } };

function setup({ steps = ['face'], opens = true, model, play, webgl = true, coachToLimit }: Setup = {}) {
  const { stream, track } = fakeStream();
  const video = fakeVideo(play);
  const stages: Stage[] = [];
  const delivered = { label: 'Integrated Webcam', width: 640, height: 480, frameRate: 30, firstFrameMs: 120 };
  const ports: PreflightPorts = {
    clock: fakeClock,
    webgl: () => webgl,
    openCamera: async (element, options) => {
      await sleep(fakeClock, 100);
      if (!opens) return { check: deviceCheck('fail'), attempt: 'permission-browser' };
      const session = cameraSession({ stream, check: deviceCheck(), delivered }, element, options);
      return { session, check: session.opened.check, attempt: 'opened' };
    },
    loadAnalysis: () => ({ landmarker: model?.() ?? Promise.resolve({} as VideoLandmarker), scanner: Promise.resolve(undefined), warm: false, initMs: () => 500 }),
    frames: (session, _landmarker, options) => scriptedFrames(session, steps, options, () => track.unplug()),
    environment: async (camera) => (await camera, [environmentRow]),
  };
  const stop = new AbortController();
  const options: PreflightOptions = { video, source: 'page', assetBase: '/mediapipe', signal: stop.signal, onStage: (stage) => stages.push(stage), limitMs: coachToLimit ? 3000 : undefined, coachToLimit };
  let result: PreflightRun | undefined;
  const started = Date.now();
  const running = runPreflight(options, ports).then((run) => ((result = run), run));
  return { track, stop, stages, running, started, ended: () => result };
}

const row = (run: PreflightRun, id: CheckResult['id']) => run.report.checks.find((check) => check.id === id);

describe('runPreflight', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a good run ends ready once the set-up has held, camera released once before the verdict', async () => {
    const run = setup();
    await vi.advanceTimersByTimeAsync(COACH.holdMs + 2000);
    const result = run.ended();
    expect(result).toBeDefined();
    expect(result!.error).toBeUndefined();
    expect(result!.report.verdict).toBe('ready');
    expect(row(result!, 'camera-device')?.measured).toMatchObject({ width: 640, fps: 40 }); // 2 frames presented per 50 ms
    expect(row(result!, 'head-pose')?.status).toBe('pass');
    expect(run.stages).toEqual(['starting', 'analysing', 'finishing']);
    expect(run.track.stop).toHaveBeenCalledTimes(1);
    expect(result!.report.timings?.releaseAfterVerdictMs).toBeLessThanOrEqual(0);
    // About a second of frames, not the time limit.
    expect(result!.report.timings?.frames).toBeLessThan(COACH.limitMs / FRAME_MS / 2);
  });

  it('coached to the limit on purpose (the hold-rule measurement), a good run goes on to it and hands back every judged frame', async () => {
    const run = setup({ coachToLimit: true });
    await vi.advanceTimersByTimeAsync(COACH.holdMs + 2000);
    expect(run.ended()).toBeUndefined(); // held good long since, still running
    await vi.advanceTimersByTimeAsync(3000);
    const result = run.ended()!;
    expect(result.report.verdict).toBe('ready');
    const frames = result.judged!.frames;
    expect(frames[frames.length - 1]!.at - frames[0]!.at).toBeGreaterThanOrEqual(3000 - FRAME_MS);
    expect(result.judged!.camera.width).toBe(640);
  });

  it('frames that stop coming (a stall) end the run as stalled just after the frame budget', async () => {
    const run = setup({ steps: ['face', 'face', 'face', 'stall'] });
    const lastFrameAt = 100 + 3 * FRAME_MS; // opening, then three frames
    await vi.advanceTimersByTimeAsync(lastFrameAt + WATCHDOG.frameMs - 1);
    expect(run.ended()).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    const result = run.ended();
    expect(result?.error).toBe('stalled');
    expect(result?.report.verdict).toBe('not-ready');
    expect(row(result!, 'head-pose')).toMatchObject({ status: 'skip', measured: { skipped: 'analysis-failed' } });
    expect(row(result!, 'camera-device')?.status).toBe('pass');
    expect(run.track.stop).toHaveBeenCalledTimes(1);
  });

  it.each<[string, Setup, string, string | undefined, CheckResult['status'] | undefined]>([
    ['a camera unplugged mid-run', { steps: ['face', 'face', 'unplug'] }, 'camera-lost', 'camera-lost', 'fail'],
    ['a camera that stops sending before the window is full', { steps: ['face', 'face', 'silence'] }, 'camera-lost', 'camera-lost', 'fail'],
    ['no frame at all', { steps: ['silence'] }, 'no-frames', 'no-frames', 'pass'],
    ['the model failing', { model: () => Promise.reject(new Error('wasm failed')) }, 'model', 'model-failed', 'pass'],
    ['an exception in the analysis', { steps: ['face', 'throw'] }, 'analysis', 'analysis-failed', 'pass'],
    ['a browser without WebGL', { webgl: false }, 'no-webgl', 'no-webgl', 'pass'],
  ])('%s ends as %s (face rows skip: %s; camera row %s), camera released once', async (_name, given, error, skipped, cameraStatus) => {
    const run = setup(given);
    await vi.advanceTimersByTimeAsync(2000);
    const result = run.ended();
    expect(result?.error).toBe(error);
    expect(result?.report.verdict).toBe('not-ready');
    expect(row(result!, 'head-pose')?.measured?.skipped).toBe(skipped);
    expect(row(result!, 'camera-device')?.status).toBe(cameraStatus);
    expect(run.track.stop).toHaveBeenCalledTimes(1);
  });

  it('a camera that does not open ends as a camera error carrying its row, with nothing to release', async () => {
    const run = setup({ opens: false });
    await vi.advanceTimersByTimeAsync(2000);
    const result = run.ended();
    expect(result?.error).toBe('camera');
    expect(result?.cameraCheck?.status).toBe('fail');
    expect(row(result!, 'head-pose')?.measured?.skipped).toBe('no-camera');
    expect(run.track.stop).not.toHaveBeenCalled();
  });

  it('a play() that never settles ends as no-frames just after its budget', async () => {
    const run = setup({ play: () => new Promise(() => undefined) });
    await vi.advanceTimersByTimeAsync(100 + WATCHDOG.playingMs - 1);
    expect(run.ended()).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(run.ended()?.error).toBe('no-frames');
    expect(run.track.stop).toHaveBeenCalledTimes(1);
  });

  it('an abort mid-run releases the camera at once (once) and ends the run as aborted, with no verdict on faces', async () => {
    const run = setup();
    await vi.advanceTimersByTimeAsync(400);
    expect(run.track.stop).not.toHaveBeenCalled();
    run.stop.abort();
    expect(run.track.stop).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(50);
    const result = run.ended();
    expect(result?.aborted).toBe(true);
    expect(row(result!, 'head-pose')).toBeUndefined();
    await vi.advanceTimersByTimeAsync(5000);
    expect(run.track.stop).toHaveBeenCalledTimes(1);
    expect(run.stages).not.toContain('finishing');
  });
});
