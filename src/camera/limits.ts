// The one table of camera numbers. camera-device (checks/camera/camera-device.ts) and camera-quality
// (checks/camera/camera-quality.ts) judge from these, and the camera's waits come
// from here too, so no two places disagree about the same camera.

/** What FaceTec can use. */
export const CAMERA = {
  /** FaceTec's minimum capture is VGA. camera-quality requires 640x480; camera-device, which also
   *  sees portrait cameras, warns below a 480 px short side. */
  minWidth: 640,
  minHeight: 480,
  /** Liveness follows motion. 15 fps, common for webcams in dim light, passes: browsers report 14.9
   *  for it, hence 14. Below that (a dark room, a starved USB hub) the face check turns jerky. */
  minFps: 14,
} as const;

/**
 * The camera's waits, nested so each inner one ends before the one around it:
 * open (whole getUserMedia call, prompt included, plus the first decoded frame) ⊃ firstFrame.
 * The pre-flight engine gives opening `openMs`, and its watchdog's opening stage `openMs` + 1 s.
 */
export const CAMERA_WAITS = {
  /** getUserMedia normally answers in 0.1–0.2 s; a busy or hung driver never does. */
  openMs: 10_000,
  /** A live camera delivers its first decoded frame within a few hundred ms; none in 3 s means frozen or held. */
  firstFrameMs: 3_000,
  /** After the stream plays, the first frame the analysis sees (a stream that stops right after opening). */
  firstAnalysedFrameMs: 5_000,
} as const;
