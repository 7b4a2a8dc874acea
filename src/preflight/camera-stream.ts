// Stream plumbing the engine needs around openCamera(): release, frame pacing, loss. What the
// camera-device row says about any of it is decided in checks/camera-device.ts.

/** Stops every track and detaches the preview; safe to call twice. Returns when it was done. */
export function releaseCamera(stream: MediaStream | null, video?: HTMLVideoElement | null): number {
  stream?.getTracks().forEach((track) => track.stop());
  if (video && video.srcObject) video.srcObject = null;
  return performance.now();
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

export interface TrackLoss {
  /** Resolves (with null) when a track ends by itself; never rejects. */
  promise: Promise<null>;
  happened(): boolean;
}

/**
 * Watches for the camera going away mid-run. Chrome fires 'ended' when the device is unplugged or
 * the permission is withdrawn (track.stop() from our own release does not fire it); readyState is
 * also checked, because a track can end between a listener being attached and the next frame.
 */
export function trackLoss(stream: MediaStream): TrackLoss {
  const tracks = stream.getVideoTracks();
  let ended = false;
  const promise = new Promise<null>((resolve) => {
    for (const track of tracks) track.addEventListener('ended', () => ((ended = true), resolve(null)), { once: true });
  });
  return { promise, happened: () => ended || tracks.some((track) => track.readyState === 'ended') };
}
