// Trailing-edge throttle: however many mutations arrive, `run` happens at most once per interval,
// and always once after the last request (so the final state of the page is seen).

export interface Timers {
  now: () => number;
  setTimeout: (handler: () => void, ms: number) => unknown;
}

export interface Throttle {
  schedule: () => void;
  /** Changes the interval for future runs (KYC pages are watched more closely than others). */
  setInterval: (ms: number) => void;
}

export function createThrottle(run: () => void, intervalMs: number, timers: Timers): Throttle {
  let interval = intervalMs;
  let pending = false;
  let lastRun = -Infinity;
  const fire = () => {
    pending = false;
    lastRun = timers.now();
    run();
  };
  return {
    schedule() {
      if (pending) return;
      pending = true;
      const wait = Math.max(0, lastRun + interval - timers.now());
      timers.setTimeout(fire, wait);
    },
    setInterval(ms) {
      interval = ms;
    },
  };
}
