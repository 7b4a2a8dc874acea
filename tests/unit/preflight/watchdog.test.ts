// The run's deadlines: a stage that goes quiet past its budget ends with that stage's error (just
// after the budget, not before); work that settles in time passes through, value or rejection; an
// abort ends the wait at once; a settled stage leaves no deadline behind.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RunAborted, RunFailed } from '../../../src/preflight/failure';
import { WATCHDOG } from '../../../src/preflight/limits';
import { STAGES, Watchdog, type StageName } from '../../../src/preflight/watchdog';
import { fakeClock } from './fakes';

const never = new Promise<never>(() => undefined);

describe('Watchdog', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it.each<[StageName, number, string]>([
    ['opening', WATCHDOG.openingMs, 'camera'],
    ['playing', WATCHDOG.playingMs, 'no-frames'],
    ['loading', WATCHDOG.loadingMs, 'model'],
    ['first-frame', WATCHDOG.firstFrameMs + WATCHDOG.firstFrameGraceMs, 'no-frames'],
    ['analysing', WATCHDOG.frameMs, 'stalled'],
    ['finishing', WATCHDOG.finishingMs, 'stalled'],
  ])('%s: ends as %s just after %i ms, not before', async (stage, budget, error) => {
    expect(STAGES[stage].budgetMs).toBe(budget);
    const seen: unknown[] = [];
    void new Watchdog(fakeClock).stage(stage, never).catch((thrown: unknown) => seen.push(thrown));
    await vi.advanceTimersByTimeAsync(budget - 1);
    expect(seen).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeInstanceOf(RunFailed);
    expect((seen[0] as RunFailed).failure).toEqual({ error, detail: `stalled: ${stage}` });
  });

  it('work that settles in time passes through (a value or the rejection itself), and leaves no deadline', async () => {
    const dog = new Watchdog(fakeClock);
    await expect(dog.stage('analysing', Promise.resolve(7))).resolves.toBe(7);
    const boom = new Error('boom');
    await expect(dog.stage('analysing', Promise.reject(boom))).rejects.toBe(boom);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('an abort ends the wait at once, and a stage entered after it rejects straight away', async () => {
    const stop = new AbortController();
    const dog = new Watchdog(fakeClock, stop.signal);
    const waiting = dog.stage('loading', never);
    stop.abort();
    await expect(waiting).rejects.toBeInstanceOf(RunAborted);
    await expect(dog.stage('finishing', Promise.resolve(1))).rejects.toBeInstanceOf(RunAborted);
    expect(vi.getTimerCount()).toBe(0);
  });
});
