// How a pre-flight run fails: one value (the error, and for a camera that never opened the row
// that says why), and the one place it becomes what the person sees — the skipped face rows, the
// camera-device row and the report's error (FlowError shows its title and fix).
import type { CheckResult, PreflightError } from '../report/types';
import { cameraLostCheck, cameraNotAnsweredCheck, skippedVision, type SkipCode } from './checks-adapter';
import type { FrameEnd } from './frame-source';

export interface RunFailure {
  error: PreflightError;
  /** For 'camera': the opening's camera-device row (why it failed and how to fix it). */
  cameraCheck?: CheckResult;
  /** For logs and tests: the stage that stalled, or the exception's message. */
  detail?: string;
}

/** Thrown inside a run to end it with `failure`; the run catches it (nothing escapes runPreflight). */
export class RunFailed extends Error {
  constructor(readonly failure: RunFailure) {
    super(`pre-flight failed: ${failure.error}${failure.detail ? ` (${failure.detail})` : ''}`);
  }
}

/** Thrown inside a run when the person stopped it (or left the page). */
export class RunAborted extends Error {
  constructor() {
    super('pre-flight stopped');
  }
}

/** Ends the run with `error`. */
export function fail(error: PreflightError, cameraCheck?: CheckResult): never {
  throw new RunFailed({ error, cameraCheck });
}

/**
 * What a thrown value means for the run. Anything else than our own RunFailed/RunAborted is an
 * exception in the analysis; MediaPipe without WebGL throws from its GL shims
 * (`_emscripten_glActiveTexture`...) inside detectForVideo, so the page's own WebGL probe, not the
 * message, says whether that was the cause.
 */
export function failureOf(thrown: unknown, webgl: boolean | undefined): RunFailure | 'aborted' {
  if (thrown instanceof RunAborted) return 'aborted';
  if (thrown instanceof RunFailed) return thrown.failure;
  return { error: webgl === false ? 'no-webgl' : 'analysis', detail: thrown instanceof Error ? thrown.message : String(thrown) };
}

const SKIP_FOR: Record<PreflightError, SkipCode> = {
  camera: 'no-camera',
  'camera-lost': 'camera-lost',
  model: 'model-failed',
  'no-frames': 'no-frames',
  'no-webgl': 'no-webgl',
  analysis: 'analysis-failed',
  stalled: 'analysis-failed',
};

/**
 * The rows a failed run reports: every face row skipped with the failure's reason, and the
 * camera-device row — why the camera did not open, that it was lost, or (the camera being fine)
 * the row of its opening, `opened`.
 */
export function failedRows(failure: RunFailure, opened?: CheckResult): { vision: CheckResult[]; camera?: CheckResult } {
  const vision = skippedVision(SKIP_FOR[failure.error]);
  if (failure.error === 'camera') return { vision, camera: failure.cameraCheck ?? cameraNotAnsweredCheck() };
  if (failure.error === 'camera-lost') return { vision, camera: cameraLostCheck() };
  return { vision, camera: opened };
}

/**
 * How the frames ending by themselves ends the run: none at all is "no frames"; a camera that went
 * away, or stopped sending before the window was full (too few frames to judge), is "camera lost".
 * Undefined: enough frames, judge them.
 */
export function failureOfFrames(end: FrameEnd | undefined, frames: number, minFrames: number): RunFailure | 'aborted' | undefined {
  if (end === 'stopped') return 'aborted';
  if (end === 'lost') return { error: 'camera-lost' };
  if (end === 'silent' && frames === 0) return { error: 'no-frames' };
  if (end === 'silent' && frames < minFrames) return { error: 'camera-lost' };
  return undefined;
}
