import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TimeoutError, valueWithin, withTimeout } from '../../../src/util/timeout';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function later<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('withTimeout: a failure state, never an endless spinner', () => {
  it('passes a value that arrives 1 ms before the deadline', async () => {
    const { promise, resolve } = later<number>();
    const wrapped = withTimeout(promise, 100);
    vi.advanceTimersByTime(99);
    resolve(7);
    await expect(wrapped).resolves.toBe(7);
  });

  it('rejects at the deadline with a named TimeoutError and hands a late value to onLate (to stop a late camera)', async () => {
    const { promise, resolve } = later<string>();
    const late = vi.fn();
    const wrapped = withTimeout(promise, 100, { what: 'camera', onLate: late });
    vi.advanceTimersByTime(100);
    await expect(wrapped).rejects.toSatisfy((e) => e instanceof TimeoutError && e.name === 'TimeoutError' && e.message === 'camera timed out');
    resolve('stream');
    await Promise.resolve();
    expect(late).toHaveBeenCalledWith('stream');
  });

  it('passes a rejection through unchanged (a DOMException keeps its name) and ignores one after the deadline', async () => {
    const denied = Object.assign(new Error('denied'), { name: 'NotAllowedError' });
    await expect(withTimeout(Promise.reject(denied), 50)).rejects.toBe(denied);
    const { promise, reject } = later<number>();
    const wrapped = withTimeout(promise, 50);
    vi.advanceTimersByTime(50);
    reject(new Error('too late'));
    await expect(wrapped).rejects.toBeInstanceOf(TimeoutError);
  });
});

describe('valueWithin: an optional extra never holds anything up', () => {
  it('gives the value 1 ms before the limit and undefined at it', async () => {
    const early = later<string>();
    const first = valueWithin(early.promise, 500);
    vi.advanceTimersByTime(499);
    early.resolve('hints');
    await expect(first).resolves.toBe('hints');
    const slow = valueWithin(new Promise<string>(() => undefined), 500);
    vi.advanceTimersByTime(500);
    await expect(slow).resolves.toBeUndefined();
  });

  it('passes a refusal through for the caller to handle', async () => {
    await expect(valueWithin(Promise.reject(new Error('policy')), 500)).rejects.toThrow('policy');
  });
});
