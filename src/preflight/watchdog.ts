// The run's deadlines. Each stage of a pre-flight run is awaited through its watchdog: a stage that
// goes quiet past its budget ends the run with that stage's error, and stopping the run ends the
// wait at once. try/catch only sees failures that surface; a promise that never settles (a hung
// play(), a frame that never comes) is only ever caught by a deadline. The budgets are in limits.ts.
import type { PreflightError } from '../report/types';
import { browserClock, type PreflightClock } from './clock';
import { RunAborted, RunFailed } from './failure';
import { WATCHDOG } from './limits';

export type StageName = 'opening' | 'playing' | 'loading' | 'first-frame' | 'analysing' | 'finishing';

/** Each stage's budget and the error a stall in it is. */
export const STAGES: Record<StageName, { budgetMs: number; onStall: PreflightError }> = {
  opening: { budgetMs: WATCHDOG.openingMs, onStall: 'camera' },
  playing: { budgetMs: WATCHDOG.playingMs, onStall: 'no-frames' },
  loading: { budgetMs: WATCHDOG.loadingMs, onStall: 'model' },
  'first-frame': { budgetMs: WATCHDOG.firstFrameMs + WATCHDOG.firstFrameGraceMs, onStall: 'no-frames' },
  analysing: { budgetMs: WATCHDOG.frameMs, onStall: 'stalled' },
  finishing: { budgetMs: WATCHDOG.finishingMs, onStall: 'stalled' },
};

export class Watchdog {
  constructor(
    private readonly clock: PreflightClock = browserClock,
    private readonly signal?: AbortSignal,
  ) {}

  /**
   * Settles like `work` when it settles within the stage's budget. Otherwise rejects with
   * RunFailed (the stage's error, detail "stalled: <stage>"); an abort rejects with RunAborted at once.
   */
  stage<T>(name: StageName, work: Promise<T>): Promise<T> {
    const { budgetMs, onStall } = STAGES[name];
    const signal = this.signal;
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) return reject(new RunAborted());
      let cancel = () => {};
      const settle = <V>(to: (value: V) => void) => (value: V) => {
        cancel();
        signal?.removeEventListener('abort', onAbort);
        to(value);
      };
      const onAbort = () => settle(reject)(new RunAborted());
      signal?.addEventListener('abort', onAbort, { once: true });
      cancel = this.clock.after(budgetMs, () => settle(reject)(new RunFailed({ error: onStall, detail: `stalled: ${name}` })));
      work.then(settle(resolve), settle(reject));
    });
  }
}
