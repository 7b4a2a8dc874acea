// Thin adapter around getUserMedia: opens the chosen camera, proves it delivers frames, and hands
// what it learnt to camera-device.ts, which decides the row. Never throws; a stream that fails the frame check is
// stopped here so the camera is never left on (FaceTec would then find it "busy").
import { assessBrowser } from '../browser/assess';
import { withTimeout } from '../util/timeout';
import { CAMERA_WAITS } from '../camera/limits';
import { cameraErrorCheck, deliveredCameraCheck, type DeliveredVideo } from './camera/camera-device';
import type { CameraErrorContext, CameraFailure } from './camera-errors';
import { classifyCameraLabel, type CameraLabelInfo } from './camera-label';
import type { CameraAttempt } from './environment/camera-permission';
import { ownExtensionOrigin, queryOwnCameraPermission } from './permission';
import type { CheckResult } from './registry';
import { resolveCameraChoice, type RememberedCamera } from './remembered-camera';
import type { RepairContext } from './repair';

/** A camera as the browser lists it (the camera picker shows these). */
export interface ListedCamera extends CameraLabelInfo {
  deviceId: string;
  groupId: string;
  /** Empty until the camera permission is granted. */
  label: string;
}

export interface OpenedCamera {
  /** null when the camera could not be opened; `check` then says why and how to fix it. */
  stream: MediaStream | null;
  /** The `camera-device` check: delivered resolution and frame rate, or the mapped failure. */
  check: CheckResult;
  /** What the check was decided from, to finalise it with a frame rate measured later. */
  delivered?: DeliveredVideo;
}

export interface OpenCameraOptions {
  /** Repair shortcuts depend on the browser and OS (from assessBrowser); generic steps without it. */
  repair?: RepairContext;
  /** A camera that delivers no frame within this is frozen or held by another app. */
  frameTimeoutMs?: number;
  /** How long an unanswered permission prompt may take. */
  openTimeoutMs?: number;
  /**
   * The element that will show the stream: the first frame is awaited on it and it stays attached
   * and playing, so the caller's first frame is already there (no second element to warm up).
   */
  video?: HTMLVideoElement;
  /**
   * How long to count frames for the frame rate after the first one. 0 skips the wait: a caller
   * that samples frames anyway (the pre-flight engine) measures the rate from those and finalises
   * the check with `finalCameraCheck(opened, measuredFps)` (camera-device.ts), saving ~0.5 s per run.
   */
  fpsWindowMs?: number;
  /** The camera the user chose earlier (the caller reads it from storage); used when no deviceId is given. */
  remembered?: RememberedCamera | null | Promise<RememberedCamera | null>;
}

const FPS_WINDOW_MS = 500;

export async function listCameras(): Promise<ListedCamera[]> {
  try {
    const devices = await navigator.mediaDevices.enumerateDevices();
    return devices
      .filter((device) => device.kind === 'videoinput')
      .map((device) => ({ deviceId: device.deviceId, groupId: device.groupId, label: device.label, ...classifyCameraLabel(device.label) }));
  } catch {
    return [];
  }
}

function named(name: string): Error {
  const error = new Error(name);
  error.name = name;
  return error;
}


/**
 * Time to the first decoded frame, and the frame rate over `fpsWindowMs` after it where countable.
 * With a caller's `target` element the stream stays attached and playing on it afterwards (unless
 * no frame came); otherwise a private element is used and detached.
 */
export function waitForFrames(
  stream: MediaStream,
  timeoutMs: number,
  fpsWindowMs = FPS_WINDOW_MS,
  target?: HTMLVideoElement,
): Promise<{ firstFrameMs: number; fps?: number } | null> {
  const video = target ?? document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  if (video.srcObject !== stream) video.srcObject = stream;
  const started = performance.now();
  return new Promise((resolve) => {
    let firstFrameMs: number | undefined;
    let finished = false;
    /** Presentation times of the frames after the first: their spacing is the delivered rate. */
    const times: number[] = [];
    const finish = (result: { firstFrameMs: number; fps?: number } | null) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      if (!target || !result) {
        video.pause();
        video.srcObject = null;
      }
      resolve(result);
    };
    const timer = setTimeout(() => finish(null), timeoutMs);
    const rate = () => (times.length >= 3 ? ((times.length - 1) * 1000) / (times.at(-1)! - times[0]!) : undefined);
    const onFirstFrame = () => {
      if (firstFrameMs !== undefined) return;
      firstFrameMs = performance.now() - started;
      clearTimeout(timer);
      if (fpsWindowMs <= 0 || typeof video.requestVideoFrameCallback !== 'function') return finish({ firstFrameMs });
      setTimeout(() => finish({ firstFrameMs: firstFrameMs!, fps: rate() }), fpsWindowMs);
    };
    const countFrame = (now: number) => {
      if (finished) return;
      if (firstFrameMs !== undefined) times.push(now);
      onFirstFrame();
      video.requestVideoFrameCallback(countFrame);
    };
    if (typeof video.requestVideoFrameCallback === 'function') video.requestVideoFrameCallback(countFrame);
    video.addEventListener('loadeddata', onFirstFrame, { once: true });
    video.play().catch(() => undefined);
  });
}

async function chosenDeviceId(remembered: OpenCameraOptions['remembered']): Promise<string | undefined> {
  try {
    const choice = await remembered;
    return choice ? resolveCameraChoice(choice, await listCameras()) : undefined;
  } catch {
    return undefined;
  }
}

async function request(deviceId: string | undefined, timeoutMs: number): Promise<MediaStream> {
  const video: MediaTrackConstraints = { width: { ideal: 640 }, height: { ideal: 480 } };
  if (deviceId) video.deviceId = { exact: deviceId };
  const stop = (late: MediaStream) => late.getTracks().forEach((track) => track.stop());
  return withTimeout(navigator.mediaDevices.getUserMedia({ video, audio: false }), timeoutMs, { what: 'getUserMedia', onLate: stop });
}

/** This browser's repair context from the low-entropy hints (synchronous, never throws). */
function repairFromNavigator(): RepairContext {
  const data = (navigator as Navigator & { userAgentData?: { brands?: []; platform?: string; mobile?: boolean } }).userAgentData;
  const found = assessBrowser({ userAgent: navigator.userAgent, brands: data?.brands, platform: data?.platform, mobile: data?.mobile });
  return { family: found.family, os: found.os.name, device: found.device };
}

export async function openCamera(deviceId?: string, options: OpenCameraOptions = {}): Promise<OpenedCamera> {
  const { frameTimeoutMs = CAMERA_WAITS.firstFrameMs, openTimeoutMs = CAMERA_WAITS.openMs } = options;
  const context = async (): Promise<CameraErrorContext> => ({
    ...(options.repair ?? repairFromNavigator()),
    permission: await queryOwnCameraPermission(),
    extensionOrigin: ownExtensionOrigin(),
  });
  let stream: MediaStream | null = null;
  try {
    if (typeof navigator.mediaDevices?.getUserMedia !== 'function') throw new TypeError('no getUserMedia');
    const wanted = deviceId ?? (await chosenDeviceId(options.remembered));
    try {
      stream = await request(wanted, openTimeoutMs);
    } catch (error) {
      // The remembered camera may be unplugged: fall back to the default one, once.
      const gone = error instanceof Error && ['NotFoundError', 'OverconstrainedError'].includes(error.name);
      if (!wanted || !gone) throw error;
      stream = await request(undefined, openTimeoutMs);
    }
    const track = stream.getVideoTracks()[0];
    if (!track || track.readyState === 'ended') throw named('NotReadableError');
    const frames = await waitForFrames(stream, frameTimeoutMs, options.fpsWindowMs, options.video);
    if (!frames) throw named('NoFramesError');
    const settings = track.getSettings();
    const delivered: DeliveredVideo = {
      label: track.label,
      width: settings.width,
      height: settings.height,
      frameRate: settings.frameRate,
      measuredFps: frames.fps,
      firstFrameMs: frames.firstFrameMs,
    };
    return { stream, check: deliveredCameraCheck(delivered), delivered };
  } catch (error) {
    stream?.getTracks().forEach((track) => track.stop());
    return { stream: null, check: cameraErrorCheck(error, await context().catch(() => ({ family: 'unknown' as const }))) };
  }
}

/** How an openCamera() call ended, for the camera-permission row (null: it never answered). */
export function cameraAttemptOf(opened: OpenedCamera | null): CameraAttempt {
  if (!opened) return 'timeout';
  if (opened.stream) return 'opened';
  const failure = opened.check.measured?.failure;
  return typeof failure === 'string' ? (failure as CameraFailure) : 'unknown';
}
