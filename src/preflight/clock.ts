// The run's clock: the time now and a cancellable wait. The browser's by default; a test hands in
// its own so deadlines and waits run on fake time.

export interface PreflightClock {
  /** performance.now()-style milliseconds. */
  now(): number;
  /** Calls `fn` after `ms`; the returned function cancels it. */
  after(ms: number, fn: () => void): () => void;
}

export const browserClock: PreflightClock = {
  now: () => performance.now(),
  after: (ms, fn) => {
    const handle = setTimeout(fn, ms);
    return () => clearTimeout(handle);
  },
};

/** Resolves after `ms` on `clock`. */
export function sleep(clock: PreflightClock, ms: number): Promise<void> {
  return new Promise((resolve) => clock.after(ms, resolve));
}
