// Trailing-edge throttle: however many mutations arrive, `run` happens at most once per interval,
// and always once after the last request (so the final state of the page is seen).

/** The clock a throttle runs on (a fake one in tests). */
export interface ThrottleClock {
  now: () => number;
  setTimeout: (handler: () => void, ms: number) => unknown;
}

export interface Throttle {
  schedule: () => void;
  /** Changes the interval for future runs (KYC pages are watched more closely than others). */
  setInterval: (ms: number) => void;
}

export function createThrottle(run: () => void, intervalMs: number, clock: ThrottleClock): Throttle {
  let interval = intervalMs;
  let pending = false;
  let lastRun = -Infinity;
  const fire = () => {
    pending = false;
    lastRun = clock.now();
    run();
  };
  return {
    schedule() {
      if (pending) return;
      pending = true;
      const wait = Math.max(0, lastRun + interval - clock.now());
      clock.setTimeout(fire, wait);
    },
    setInterval(ms) {
      interval = ms;
    },
  };
}
