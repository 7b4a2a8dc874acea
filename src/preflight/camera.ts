// Camera plumbing the engine needs around openCamera(): release, timeouts, frame pacing.

/** Stops every track and detaches the preview; safe to call twice. Returns when it was done. */
export function releaseCamera(stream: MediaStream | null, video?: HTMLVideoElement | null): number {
  stream?.getTracks().forEach((track) => track.stop());
  if (video && video.srcObject) video.srcObject = null;
  return performance.now();
}

export class TimeoutError extends Error {
  constructor(what: string) {
    super(`${what} timed out`);
  }
}

/** Rejects after `ms`; `onLate` receives the value if it still arrives (e.g. to stop a late stream). */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string, onLate?: (value: T) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const timer = setTimeout(() => {
      done = true;
      reject(new TimeoutError(what));
    }, ms);
    promise.then(
      (value) => {
        if (done) return onLate?.(value);
        clearTimeout(timer);
        done = true;
        resolve(value);
      },
      (error: unknown) => {
        if (done) return;
        clearTimeout(timer);
        done = true;
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

export interface FrameTick {
  /** Frames the video has presented so far (for the delivered frame rate). */
  presented?: number;
}

/** Resolves on the next decoded video frame (requestVideoFrameCallback), or null after `ms`. */
export function nextFrame(video: HTMLVideoElement, ms: number): Promise<FrameTick | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    const done = (tick: FrameTick) => {
      clearTimeout(timer);
      resolve(tick);
    };
    if ('requestVideoFrameCallback' in video) {
      video.requestVideoFrameCallback((_now, meta) => done({ presented: meta.presentedFrames }));
    } else {
      requestAnimationFrame(() => done({}));
    }
  });
}
