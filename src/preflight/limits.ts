// The pre-flight run's numbers, each with its reason: when a run ends (COACH), how long each stage
// may go quiet (WATCHDOG), and the run's own waits (RUN_WAITS). The camera's waits they build on are
// in camera/limits.ts, the model's in vision/limits.ts; the frame judges' limits stay with them.
import { CAMERA_WAITS } from '../camera/limits';
import { TIMEOUTS, WINDOW } from '../vision/limits';

/** When a run ends: the set-up held good long enough, or the time is up. */
export const COACH = {
  /** The report judges the run's last holdMs of frames (and at least WINDOW.minFrames of them). */
  holdMs: 1000,
  /**
   * A good set-up ends once its last 12 frames hold good (and no check fails). Measured (scripts/hold-rule.mjs, every
   * eval condition on both camera axes, 122 runs coached to 3 s): ending on the last 12 frames gives the statuses the
   * former one-second rule gave on every run, ending at frame 12 (731 ms median) instead of 17 (1033 ms). At 10 frames
   * a washed-out webcam face ends as a lighting warn before its exposure ramp makes it a fail, and at 6 or 8 more
   * runs differ; on still photos every count from 6 agrees (docs/performance.md).
   */
  holdFrames: 12,
  /** Medians over fewer than the window's minimum are too easily swayed. */
  minFrames: WINDOW.minFrames,
  /** Then the run ends anyway, with the report of what is still wrong. */
  limitMs: 8000,
  /** Share of the held frames that must be good: one blink or blurred frame does not restart the hold. */
  goodShare: 0.8,
} as const;

/**
 * Test builds coach a bad set-up for 3 s instead of 8: the report judges the same trailing second
 * either way, and every bad set-up of the end-to-end suite coaches to the limit on purpose (the
 * suite's time, docs/development.md). A page asks for another limit with `?coachLimitMs=` (the eval asks for the
 * product's, so it measures what ships); production builds fold the call away (scripts/check-seams.mjs).
 */
export const TEST_COACH_LIMIT_MS = 3000;

/** A test build's coaching limit: the page's `?coachLimitMs=` when it is a positive number (pure). */
export function testCoachLimit(asked: string | null): number {
  const ms = Number(asked);
  return asked !== null && Number.isFinite(ms) && ms > 0 ? ms : TEST_COACH_LIMIT_MS;
}

/**
 * How long each stage may go without progress before the watchdog ends the run as an error. The
 * camera and model keep their own, longer timeouts (slow laptops); these are the backstop for a
 * promise that never settles. Within 5 s of a stall the person sees what failed and its fix.
 */
export const WATCHDOG = {
  /** Outlasts the camera's own open timeout, so that one (with its precise cause) normally wins. */
  openingMs: CAMERA_WAITS.openMs + 1000,
  /** play() on a stream that sends no picture never settles: that is "no frames". */
  playingMs: 4000,
  /** Outlasts the model's own timeout, for the same reason as openingMs. */
  loadingMs: TIMEOUTS.modelMs + 1000,
  /**
   * The first analysed frame: the run's own wait for it (RUN_WAITS.firstFrameMs). The stage gets
   * FIRST_FRAME_GRACE_MS more, so that wait, which knows the cause (no frames), ends the run first.
   */
  firstFrameMs: CAMERA_WAITS.firstAnalysedFrameMs,
  firstFrameGraceMs: 1000,
  /** Between two analysed frames (a frame normally takes 10–90 ms). */
  frameMs: 4000,
  /** Environment checks, release and report: all local. */
  finishingMs: 3000,
} as const;

/** The run's own waits (each inside its stage's budget above). */
export const RUN_WAITS = {
  /** After the stream plays, the first frame the analysis sees (a stream that stops right after opening). */
  firstFrameMs: CAMERA_WAITS.firstAnalysedFrameMs,
  /** A live camera sends a frame every 33–66 ms; none for 1 s mid-run means it stopped sending. */
  nextFrameMs: 1000,
  /** How long the end of a window waits for the small-face detector still loading (it loads in ~0.3–0.6 s after the model). */
  scanMs: 1500,
  /** Local environment checks answer in milliseconds; one that hangs must not hold the report back. */
  environmentMs: 1000,
} as const;

/** The review kit poses for as long as the person needs: only a camera silent this long ends its loop. */
export const KIT_WAITS = {
  firstFrameMs: CAMERA_WAITS.firstAnalysedFrameMs,
  nextFrameMs: CAMERA_WAITS.firstAnalysedFrameMs,
} as const;
