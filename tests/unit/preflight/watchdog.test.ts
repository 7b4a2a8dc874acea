// The run's deadline monitor: a stage that goes quiet past its budget trips once, with that stage's
// error; progress keeps it alive; a reported failure trips at once; nothing trips after stop().
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { classifyFailure, Watchdog, type Trip } from '../../../src/preflight/watchdog';

describe('Watchdog', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const watch = (dog: Watchdog) => {
    const seen: Trip[] = [];
    void dog.tripped.then((trip) => seen.push(trip));
    return seen;
  };

  it('trips with the stage\'s error just after its budget, not before', async () => {
    const dog = new Watchdog();
    const seen = watch(dog);
    dog.enter('first-frame', 5000, 'no-frames');
    await vi.advanceTimersByTimeAsync(4999);
    expect(seen).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(seen).toEqual([{ error: 'no-frames', stage: 'first-frame', detail: 'stalled' }]);
    expect(dog.trip?.error).toBe('no-frames');
  });

  it('progress restarts the budget: a steady run never trips, a run that stops does', async () => {
    const dog = new Watchdog();
    const seen = watch(dog);
    dog.enter('analysing', 4000);
    for (let i = 0; i < 20; i++) {
      await vi.advanceTimersByTimeAsync(3000);
      dog.progress();
    }
    expect(seen).toEqual([]);
    await vi.advanceTimersByTimeAsync(4000);
    expect(seen).toEqual([{ error: 'stalled', stage: 'analysing', detail: 'stalled' }]);
  });

  it('a new stage replaces the old deadline', async () => {
    const dog = new Watchdog();
    const seen = watch(dog);
    dog.enter('loading', 1000, 'model');
    await vi.advanceTimersByTimeAsync(900);
    dog.enter('analysing', 4000);
    await vi.advanceTimersByTimeAsync(3000);
    expect(seen).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(seen[0]?.error).toBe('stalled');
  });

  it('a reported failure trips at once, and only the first trip counts', async () => {
    const dog = new Watchdog();
    const seen = watch(dog);
    dog.enter('analysing', 4000);
    dog.fail('analysis', 'boom');
    dog.fail('model', 'later');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(seen).toEqual([{ error: 'analysis', stage: 'analysing', detail: 'boom' }]);
  });

  it('after stop() nothing trips', async () => {
    const dog = new Watchdog();
    const seen = watch(dog);
    dog.enter('finishing', 1000);
    dog.stop();
    dog.fail('analysis');
    dog.enter('again', 10);
    await vi.advanceTimersByTimeAsync(5000);
    expect(seen).toEqual([]);
    expect(dog.trip).toBeUndefined();
  });
});

describe('classifyFailure', () => {
  it('a failure in a browser without WebGL is no-webgl; anything else is analysis', () => {
    expect(classifyFailure(new Error('_emscripten_glActiveTexture is not a function'), false)).toBe('no-webgl');
    expect(classifyFailure(new Error('boom'), true)).toBe('analysis');
    expect(classifyFailure('a string rejection', undefined)).toBe('analysis');
  });
});
