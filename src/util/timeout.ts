// The one timeout helper. A promise that outlives its budget rejects with TimeoutError (name
// 'TimeoutError', which the camera's error table maps to 'timeout'); a value that arrives late goes
// to `onLate`, so a camera stream opened after we gave up can still be stopped.

export class TimeoutError extends Error {
  constructor(what: string) {
    super(`${what} timed out`);
    this.name = 'TimeoutError';
  }
}

export interface TimeoutOptions<T> {
  /** Names the wait in the error message ("camera timed out"). */
  what?: string;
  /** Receives a value that arrives after the timeout fired. */
  onLate?: (value: T) => void;
}

/**
 * Settles like `promise` if it settles within `ms`, else rejects with TimeoutError. A rejection is
 * passed on unchanged (a DOMException keeps its name); one after the timeout is ignored.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, options: TimeoutOptions<T> = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const timer = setTimeout(() => {
      done = true;
      reject(new TimeoutError(options.what ?? `a wait of ${ms} ms`));
    }, ms);
    promise.then(
      (value) => {
        if (done) return options.onLate?.(value);
        done = true;
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** `promise`'s value, or undefined when it takes longer than `ms` (for optional extras such as high-entropy hints). */
export function valueWithin<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return withTimeout(promise, ms).catch((error: unknown) => {
    if (error instanceof TimeoutError) return undefined;
    throw error;
  });
}
