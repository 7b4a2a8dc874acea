// Plain data the vision metrics work on: no DOM, no MediaPipe types, so every metric is a pure,
// table-testable function.

/** A landmark in normalised image coordinates (0–1 of the frame's width and height). */
export interface Point {
  x: number;
  y: number;
}

/** A rectangle in normalised image coordinates. */
export interface NormRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * RGBA pixels of a region, possibly a window into a larger buffer (so one getImageData serves
 * both the whole frame and the face crop). Pixel (x, y) starts at ((y * stride) + ox + x) * 4.
 */
export interface Plane {
  data: Uint8ClampedArray | Uint8Array;
  width: number;
  height: number;
  stride: number;
  ox: number;
}

/** One face as the landmarker saw it. */
export interface FaceObservation {
  landmarks: Point[];
  /** The facial transformation matrix, column-major 4x4 (16 numbers). */
  matrix?: number[];
  /** Blendshape scores by category name (eyeBlinkLeft, jawOpen, ...), 0–1. */
  blendshapes?: Record<string, number>;
}

/** Pixels sampled once per frame: the whole frame downscaled, and the face crop. */
export interface FrameSample {
  frame: Plane;
  face: Plane;
  /** The part of the frame (normalised) that `face` covers. */
  faceBox: NormRect;
}

/** Everything measured on one frame with exactly one face; undefined where not measurable. */
export interface FrameMetrics {
  yaw?: number;
  pitch?: number;
  roll?: number;
  distanceCm: number;
  /** Face centre and width, normalised. */
  centreX: number;
  centreY: number;
  faceWidth: number;
  offCentre: number;
  cutOff: boolean;
  eyeTiltDeg: number;
  faceMean: number;
  underShare: number;
  overShare: number;
  uniformity: number;
  /**
   * The light's colour cast on the face, on the warm–blue axis (pixels.ts `colourCast`): 0 for skin in white
   * light, > 0 warmer (an orange bulb), < 0 bluer (a screen's glow).
   */
  colourCast: number;
  backlightRatio: number;
  sharpness: number;
  blink?: number;
  /** Eye aspect ratio, the smaller eye's (lid opening / eye width). */
  eyeAspect?: number;
  eyeBandRatio: number;
  lowerFaceChroma: number;
  /** Vertical-edge over horizontal-edge energy in the lower face: fingers over the mouth (texture.ts). */
  lowerFaceEdges: number;
  foreheadRatio: number;
  /**
   * The darker eye over the brighter, each eye's luma taken over the cheek on its own side (1: alike).
   * Hair over one eye darkens that eye alone; dark glasses and a brim's shadow darken both.
   */
  eyeBalance: number;
  /** The brighter eye's luma over its own cheek: an uncovered eye reads like the eye band (about 0.7–0.9). */
  brighterEye: number;
  /** Fine structure (relative gradient, texture.ts) in the forehead over the cheeks': hair strands have much, skin in a shadow little. */
  foreheadTexture: number;
  glareShare: number;
  clutter: number;
}
