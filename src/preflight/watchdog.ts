// A deadline monitor for the pre-flight run: the run tells it which stage it is in and feeds it
// progress; if a stage goes quiet past its budget, or the run reports a failure, the watchdog trips
// once with the error to show. It never throws and never touches the camera or the UI itself: the
// engine races its flow against `tripped` and turns a trip into an error state (camera released,
// verdict not-ready). try/catch only sees failures that surface; a promise that never settles
// (a hung play(), an analysis that dies in a callback) is only ever caught by a deadline.
import type { PreflightError } from '../report/types';

export interface Trip {
  error: PreflightError;
  /** The stage that was running when it tripped. */
  stage: string;
  /** Why, for logs and tests: "stalled" or the failure's message. */
  detail: string;
}

export interface Timers {
  set: (fn: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
}

const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class Watchdog {
  /** Resolves once, with the first failure or stall; never rejects. */
  readonly tripped: Promise<Trip>;
  private resolve!: (trip: Trip) => void;
  private timer: unknown;
  private stage = 'idle';
  private budgetMs = 0;
  private onStall: PreflightError = 'stalled';
  private done: Trip | 'stopped' | undefined;

  constructor(private readonly timers: Timers = realTimers) {
    this.tripped = new Promise((resolve) => (this.resolve = resolve));
  }

  /** Enters a stage: unless progress() or another stage comes within `budgetMs`, trips with `onStall`. */
  enter(stage: string, budgetMs: number, onStall: PreflightError = 'stalled'): void {
    if (this.done) return;
    this.stage = stage;
    this.budgetMs = budgetMs;
    this.onStall = onStall;
    this.arm();
  }

  /** The current stage moved on (a frame was analysed): its deadline starts again. */
  progress(): void {
    if (!this.done) this.arm();
  }

  /** A failure the run saw itself: trips now. */
  fail(error: PreflightError, detail = ''): void {
    this.end({ error, stage: this.stage, detail });
  }

  /** The run ended by itself: no more deadlines. */
  stop(): void {
    if (this.done) return;
    this.done = 'stopped';
    this.timers.clear(this.timer);
  }

  /** The trip, once it happened. */
  get trip(): Trip | undefined {
    return typeof this.done === 'object' ? this.done : undefined;
  }

  private arm(): void {
    this.timers.clear(this.timer);
    this.timer = this.timers.set(() => this.end({ error: this.onStall, stage: this.stage, detail: 'stalled' }), this.budgetMs);
  }

  private end(trip: Trip): void {
    if (this.done) return;
    this.timers.clear(this.timer);
    this.done = trip;
    this.resolve(trip);
  }
}

/**
 * Which error a thrown failure is. MediaPipe without WebGL throws from its GL shims
 * (`_emscripten_glActiveTexture`...) inside detectForVideo; the page's own WebGL probe, not the
 * message, says whether that was the cause.
 */
export function classifyFailure(_error: unknown, webgl: boolean | undefined): PreflightError {
  return webgl === false ? 'no-webgl' : 'analysis';
}
