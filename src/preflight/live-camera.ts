// The camera opened as the pre-flight opens it, with analysed frames, for a page that runs its own
// loop (the review kit's selfies, the ID match): open, play, frames until stop(), camera released
// once. The pre-flight run itself adds its watchdog and report around the same two parts.
import type { CheckResult } from '../report/types';
import { openCameraSession, type CameraSession } from './camera-session';
import { analysedFrames, loadAnalysis, type FrameSource, type FrameWaits } from './frame-source';

export interface LiveAnalysedCamera {
  session: CameraSession;
  frames: FrameSource;
  /** Ends the frames and releases the camera (idempotent). */
  stop(): void;
}

export type LiveStart =
  | { live: LiveAnalysedCamera; failed?: undefined }
  /** The camera did not open (`check` says why) or the model did not load. */
  | { live?: undefined; failed: 'camera' | 'model'; check?: CheckResult };

export interface LiveOptions {
  waits: FrameWaits;
  deviceId?: string;
  /** Run the small-face scan over the frames too. */
  smallFaces?: boolean;
}

/** Opens the camera into `video` and loads the model; never rejects. */
export async function startAnalysedCamera(video: HTMLVideoElement, assetBase: string, options: LiveOptions): Promise<LiveStart> {
  const analysis = loadAnalysis(assetBase, { smallFaces: options.smallFaces ?? false });
  const stopper = new AbortController();
  const opening = await openCameraSession(video, { deviceId: options.deviceId, signal: stopper.signal });
  const session = opening.session;
  if (!session) return { failed: 'camera', check: opening.check };
  const stop = () => {
    stopper.abort();
    session.release();
  };
  let landmarker;
  try {
    landmarker = await analysis.landmarker;
  } catch {
    stop();
    return { failed: 'model' };
  }
  await session.play();
  const frames = analysedFrames(session, landmarker, { waits: options.waits, signal: stopper.signal, scanner: analysis.scanner });
  return { live: { session, frames, stop } };
}
