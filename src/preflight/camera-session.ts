// One camera session: open, play, loss, release. The pre-flight, the review kit and the ID match
// open the camera through here, so every user releases it the same way and exactly once — FaceTec
// must never find the camera busy. What the camera-device row says is decided in checks/.
import { CAMERA_WAITS } from '../camera/limits';
import type { CameraAttempt } from '../checks/environment/camera-permission';
import type { CheckResult } from '../report/types';
import { withTimeout } from '../util/timeout';
import { cameraAttemptOf, cameraNotAnsweredCheck, openCamera, type OpenedCamera } from './checks-adapter';
import { readCameraChoice } from '../storage/camera-choice';

export interface CameraSession {
  readonly stream: MediaStream;
  readonly video: HTMLVideoElement;
  /** The opening as delivered: the camera-device row and what it was decided from. */
  readonly opened: OpenedCamera;
  /** Shows the stream in the preview and plays it. May never settle on a stream without pictures: the caller bounds it. */
  play(): Promise<void>;
  /** Resolves (null) when the camera goes away by itself (unplugged, switched off, permission withdrawn); never rejects. */
  readonly lost: Promise<null>;
  isLost(): boolean;
  /** What the track reports now (a stopped track reports nothing: read it before release). */
  settings(): MediaTrackSettings;
  /** Stops every track and detaches the preview, once; later calls return the first one's time. */
  release(): number;
  readonly released: boolean;
}

/** How opening ended: a session, or the camera-device row that says why not. */
export interface CameraOpening {
  session?: CameraSession;
  /** The camera-device row of the opening (delivered video, the mapped failure, or "never answered"). */
  check: CheckResult;
  /** For the camera-permission row: opened, the failure, or a timeout. */
  attempt: CameraAttempt;
}

export interface SessionOptions {
  deviceId?: string;
  /** Aborting releases the camera at once (also one that opens after the abort). */
  signal?: AbortSignal;
  /** The whole opening, prompt included. */
  openMs?: number;
  /** For the release time; performance.now() by default. */
  now?: () => number;
}

/** Stops every track of a stream we no longer want (one that opened after we gave up). */
function stopTracks(stream: MediaStream): void {
  stream.getTracks().forEach((track) => track.stop());
}

/**
 * Opens the camera into `video` (openCamera leaves it attached and playing after its first frame).
 * Never rejects: a camera that fails or never answers is a CameraOpening without a session.
 */
export async function openCameraSession(video: HTMLVideoElement, options: SessionOptions = {}): Promise<CameraOpening> {
  // The stream goes straight to the preview and no separate frame-rate wait is made: callers that
  // analyse frames measure the rate from them (finalCameraCheck).
  const opened = await withTimeout(openCamera(options.deviceId, { video, fpsWindowMs: 0, remembered: readCameraChoice() }), options.openMs ?? CAMERA_WAITS.openMs, {
    what: 'camera',
    onLate: (late) => late.stream && stopTracks(late.stream),
  }).catch(() => null);
  const attempt = cameraAttemptOf(opened);
  if (!opened?.stream) return { check: opened?.check ?? cameraNotAnsweredCheck(), attempt };
  const session = cameraSession(opened as OpenedCamera & { stream: MediaStream }, video, options);
  return { session, check: opened.check, attempt };
}

/** A session over an opened stream (exported for tests with a fake stream). */
export function cameraSession(opened: OpenedCamera & { stream: MediaStream }, video: HTMLVideoElement, options: SessionOptions = {}): CameraSession {
  const { stream } = opened;
  const now = options.now ?? (() => performance.now());
  const loss = trackLoss(stream);
  let releasedAt: number | undefined;
  const release = () => {
    if (releasedAt !== undefined) return releasedAt;
    releasedAt = now();
    stopTracks(stream);
    // Detach the preview only if it still shows this stream: a later session may have attached its own.
    if (video.srcObject === stream) video.srcObject = null;
    options.signal?.removeEventListener('abort', onAbort);
    return releasedAt;
  };
  const onAbort = () => void release();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) release();
  return {
    stream,
    video,
    opened,
    play: async () => {
      if (releasedAt !== undefined) return;
      // openCamera left it attached and playing; assigning srcObject again would reload the element.
      if (video.srcObject !== stream) video.srcObject = stream;
      await video.play().catch(() => undefined);
    },
    lost: loss.promise,
    isLost: loss.happened,
    settings: () => stream.getVideoTracks()[0]?.getSettings() ?? {},
    release,
    get released() {
      return releasedAt !== undefined;
    },
  };
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
