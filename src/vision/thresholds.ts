// Every number the pre-flight decides with, in one place, each with the reason beside it.
// Sources: the troubleshooting guide (scenario numbers), ISO/IEC 29794-5 face image quality as
// implemented by OFIQ (luminance, exposure shares, illumination uniformity, eyes open, mouth
// occlusion, head pose), and calibration on ../shared/fixtures/faces plus ffmpeg-made conditions
// (see docs/eval.md for the agreement these numbers reach).

import { ANGLE_LIMIT_DEG, DISTANCE_CM } from '../figures/facts';

/** Analysis window: long enough that one odd frame cannot decide, short enough to feel instant. */
export const WINDOW = {
  /** The issue asks for at least 10 analysed frames; medians over fewer are too easily swayed. */
  minFrames: 10,
  /**
   * At least 0.6 s of video even when frames come fast: a blink (~0.3 s) or a motion-blurred frame
   * stays a minority. At 15 fps the 10 frames take ~0.7 s, so the frame count usually decides.
   */
  minMs: 600,
  /** Stop waiting for frames after this; what we have then is judged (or skipped if too little). */
  maxMs: 4000,
  /** A frame counts when it is at least this fraction of the window's frames (share rules below). */
  failShare: 0.5,
} as const;

/** Face count (guide scenario 7). */
export const FACES = {
  /** Another face in a third of the frames fails: FaceTec locks onto whichever face it likes. */
  severalShare: 0.3,
} as const;

/**
 * The small-face scan (small-faces.ts): BlazeFace short-range on tiles of the frame. Verified on the
 * fixtures (../shared/NOTES.md): 3x3 tiles of 256 px at 640x480 find a party of six, a sofa group
 * of five and a ~90 px face behind the user, with no false face on a single portrait or a landscape.
 */
export const SMALL_FACES = {
  grid: 3,
  /** Tile side as a share of the frame's short side: 256 px of 480. */
  tileShare: 256 / 480,
  /**
   * Tiles are drawn straight at the detector's own 128 px input (it would downsize a 256 px tile to
   * that anyway): a quarter of the pixels to copy into MediaPipe. Faces still read ~2.5x larger
   * than on the whole frame squeezed into 128 px.
   */
  tilePx: 128,
  /** MediaPipe's default detection confidence. */
  minScore: 0.5,
  /** A hit whose centre is within the tracked face's box widened by this share each way is that face (seams cut it). */
  trackedMargin: 0.5,
  /** Hits closer than this many face widths are one face (overlapping tiles see it twice). */
  mergeWidths: 0.5,
} as const;

/** The model's load deadline (the camera's waits live in camera/limits.ts), so a failure is shown as such. */
export const TIMEOUTS = {
  /** Model creation measured at 0.5–0.65 s here; 20x headroom for slow laptops. */
  modelMs: 15_000,
} as const;

/** Head pose in degrees. Guide scenario 2: FaceTec rejects a head turned more than about 15°. */
export const POSE = {
  failDeg: ANGLE_LIMIT_DEG,
  /** Beyond 10° FaceTec's own oval already asks to straighten up: warn before it costs an attempt. */
  warnDeg: 10,
  /**
   * Pitch read from a single camera is the least certain angle: the canonical face's "level" depends
   * on face shape and camera height. Photos a person calls frontal read -16°…+10° here, so pitch
   * gets 5° more room before it warns or fails.
   */
  pitchWarnDeg: 15,
  pitchFailDeg: 20,
} as const;

/**
 * Distance. Guide scenario 2: 30–50 cm passes; closer than 25 cm the lens distorts the face
 * (nose looks larger), which FaceTec's 3D liveness treats as a spoof signal.
 */
export const DISTANCE = {
  tooCloseFailCm: DISTANCE_CM.distorts,
  passMinCm: DISTANCE_CM.min,
  passMaxCm: DISTANCE_CM.max,
  /** Beyond ~65 cm the face is under ~100 px wide at 640x480: too little detail for a 95 score. */
  tooFarFailCm: 65,
  /** Average adult interpupillary distance (ANSUR II: 63 mm mean), a steadier ruler than the 11.7 mm iris at 640 px. */
  ipdMm: 63,
  /** Laptop and USB webcams span ~55–78° horizontal FOV; 65° is the middle. The browser never tells us. */
  assumedHfovDeg: 65,
} as const;

/** Position in the frame, as fractions of the frame (normalised landmark coordinates). */
export const POSITION = {
  /** FaceTec's oval is centred; a face centre more than 15% of the frame away is visibly off. */
  offCentreWarn: 0.15,
  /** Landmarks this close to (or past) the edge mean part of the face is cut off. */
  edgeMargin: 0.01,
} as const;

/**
 * Face exposure on the 0–255 luma scale, measured on the inner face. OFIQ's luminance-mean measure
 * peaks for a mean around the middle of the range and drops at both ends; its under/over-exposure
 * measures count the shares of very dark / clipped pixels.
 */
export const LIGHTING = {
  darkFailMean: 55,
  darkWarnMean: 80,
  brightWarnMean: 190,
  brightFailMean: 215,
  /** OFIQ under-exposure: luma below this counts as crushed shadow. */
  underLuma: 30,
  /** OFIQ over-exposure: luma above this counts as clipped. */
  overLuma: 247,
  /** More than a quarter of the face crushed or clipped loses the texture liveness relies on. */
  exposedShareFail: 0.25,
  exposedShareWarn: 0.1,
  /**
   * Illumination uniformity: darker cheek side / brighter side (guide scenario 1, "one side much
   * darker"). Soft window light on the fixtures reads 0.6–0.97; a lamp to one side reads < 0.4.
   */
  uniformityFail: 0.4,
  uniformityWarn: 0.55,
} as const;

/** Backlight (guide scenario 1): the background is much brighter than the face, a silhouette. */
export const BACKLIGHT = {
  /** Background mean luma / face mean luma. */
  ratioWarn: 1.5,
  ratioFail: 2.0,
} as const;

/**
 * Sharpness: mean absolute Laplacian of the face crop resampled to a fixed size (so face size
 * does not matter), divided by the crop's luma standard deviation (so contrast does not matter).
 * Calibrated on the fixtures: sharp photos score 0.28–0.46; ffmpeg gblur sigma 2.5 at 640x480
 * scores 0.15 and sigma 5 scores 0.09.
 */
export const SHARPNESS = {
  warnBelow: 0.22,
  failBelow: 0.16,
} as const;

/**
 * Eyes open (OFIQ "eyes open"), from two independent signals; either one can find shut eyes.
 * - MediaPipe's blink blendshapes, 0 open … 1 closed (the larger eye's).
 * - The eye aspect ratio from the lid and corner landmarks (Soukupová & Čech 2016), the smaller
 *   eye's. It does not depend on the blendshape model, which reads appearance and can stay low for
 *   shut eyes behind glasses or in dim light. Fixture medians for open eyes: 0.19–0.36 (0.19 with
 *   glare spots on the eyes, 0.21 blurred), and 0.12 on the shaky clip, whose moving frames drag
 *   the lid landmarks; shut eyes read about 0.05 in the literature. It fails only below 0.10, under
 *   every open-eye clip, with no warn band: a narrow-eyed person is not told their eyes are shut.
 * Not separable on the fixtures: stock-emotions-a-4 (a grimace with narrowed eyes) reads aspect
 * 0.246, iris showing 0.60 of its width, squint 0.63 — more open than three open-eyed fixtures
 * (teen-6 0.239/0.55/0.43, lexi 0.22/0.53/0.54, christina 0.235/0.55/0.21) and frown a-5's squint
 * 0.65. A threshold that caught it would flag those, so it stays a documented miss (docs/eval.md).
 */
export const EYES = {
  warnBlink: 0.45,
  failBlink: 0.65,
  failAspect: 0.1,
} as const;

/**
 * Occlusion (guide scenarios 3 and 8). Compared with the cheeks, which are rarely covered:
 * dark glasses make the eye band much darker; a mask or hand changes the lower face's colour.
 */
export const OCCLUSION = {
  /** Eye band luma / cheek luma: natural eye sockets sit around 0.7–0.9. */
  eyeBandFail: 0.45,
  eyeBandWarn: 0.55,
  /** Chromaticity distance (rg, 0–1.4) between lower face and cheeks: skin to skin stays under ~0.06. */
  lowerFaceFail: 0.12,
  lowerFaceWarn: 0.09,
  /**
   * Skin over skin (a hand over the mouth) has no colour to see; its fingers bring vertical edges
   * where lips and chin have horizontal ones (texture.ts). Set from ../shared/NOTES.md before any
   * fixture of ours was measured: 22 uncovered faces read 0.5–1.05, fingers over a mouth about 2.5.
   */
  lowerFaceEdgesWarn: 1.5,
  lowerFaceEdgesFail: 2,
  /** Forehead luma / cheek luma: hair or a hat brim darkens it well below the cheeks. */
  foreheadWarn: 0.5,
} as const;

/** Glare (guide scenario 8, glasses): clipped, colourless specks on the eyes (glasses, screen reflections). */
export const GLARE = {
  /** Luma at which a pixel is a specular highlight. */
  luma: 245,
  /** Share of the eye band's pixels: a catchlight in each eye is ~1%; lens glare is far more. */
  shareWarn: 0.04,
  shareFail: 0.1,
} as const;

/** Background (guide scenario 7): edge density outside the face on the downscaled frame. */
export const BACKGROUND = {
  /** Share of background pixels with a strong gradient; a plain wall is ~0.02, a busy shelf > 0.15. */
  edgeLuma: 40,
  clutterWarn: 0.14,
} as const;

/** Stability: head movement across the window, relative to the face's own width. */
export const STABILITY = {
  /** Median frame-to-frame centre motion (face widths): FaceTec needs a still face to zoom in on. */
  motionWarn: 0.04,
  motionFail: 0.1,
} as const;

