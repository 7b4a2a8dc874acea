// Face geometry from MediaPipe's 478 landmarks: where the face is, how big, how far, and the
// small skin/eye regions the pixel measures look at. Indices are MediaPipe's canonical face mesh.
import { MEASURING } from './limits';
import type { FrameMetrics, NormRect, Point } from './types';

export const LM = {
  forehead: 10,
  chin: 152,
  /** Cheek edges at the widest point: image-left (subject's right) and image-right. */
  cheekEdgeL: 234,
  cheekEdgeR: 454,
  noseTip: 1,
  glabella: 168,
  chinSkin: 199,
  /** Upper cheeks below the eyes, beside the nose: rarely covered by hands, hair or glasses. */
  cheekL: 50,
  cheekR: 280,
  /** Lower cheeks, beside the mouth corners. */
  lowCheekL: 205,
  lowCheekR: 425,
  eyeOuterL: 33,
  eyeInnerL: 133,
  eyeTopL: 159,
  eyeBottomL: 145,
  eyeInnerR: 362,
  eyeOuterR: 263,
  eyeTopR: 386,
  eyeBottomR: 374,
  browL: 105,
  browR: 334,
  lowerLip: 17,
  /** Mouth corners and the point under the nose: the lower face a hand covers. */
  mouthL: 61,
  mouthR: 291,
  underNose: 2,
  irisL: 468,
  irisR: 473,
} as const;

function pt(landmarks: readonly Point[], index: number): Point {
  return landmarks[index] ?? { x: 0.5, y: 0.5 };
}

/** Bounding box of all landmarks (normalised; may extend past 0–1 when the face is cut off). */
export function landmarkBox(landmarks: readonly Point[]): NormRect {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const p of landmarks) {
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/** A square crop around the face in pixels (aspect-corrected), with some margin for the forehead. */
export function cropBox(box: NormRect, aspect: number): NormRect {
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  // Side in units of frame height: the larger of width (converted) and height, plus 10%.
  const sideH = Math.max(box.w * aspect, box.h) * 1.1;
  return { x: cx - sideH / aspect / 2, y: cy - sideH / 2, w: sideH / aspect, h: sideH };
}

/** Focal length in pixels for a frame width and an assumed horizontal field of view. */
export function focalPx(frameWidth: number, hfovDeg: number = MEASURING.assumedHfovDeg): number {
  return frameWidth / 2 / Math.tan((hfovDeg * Math.PI) / 360);
}

/**
 * Distance by the pinhole model: the pupils are ~63 mm apart, so their distance in pixels,
 * undone for head turn (a turned head shows them closer together), gives the range.
 */
export function distanceCm(landmarks: readonly Point[], frameWidth: number, frameHeight: number, yawDeg = 0): number {
  const a = pt(landmarks, LM.irisL);
  const b = pt(landmarks, LM.irisR);
  const ipdPx = Math.hypot((a.x - b.x) * frameWidth, (a.y - b.y) * frameHeight);
  const turn = Math.cos((Math.min(Math.abs(yawDeg), 60) * Math.PI) / 180);
  if (ipdPx <= 0) return Infinity;
  return (focalPx(frameWidth) * MEASURING.ipdMm) / 10 / (ipdPx / turn);
}

export type Placement = Pick<FrameMetrics, 'centreX' | 'centreY' | 'faceWidth' | 'offCentre' | 'cutOff' | 'eyeTiltDeg'>;

/** Where the face sits: centre offset, whether landmarks leave the frame, and the eye-line tilt. */
export function placement(landmarks: readonly Point[], aspect: number): Placement {
  const box = landmarkBox(landmarks);
  const centreX = box.x + box.w / 2;
  const centreY = box.y + box.h / 2;
  const m = MEASURING.edgeMargin;
  const cutOff = box.x < m || box.y < m || box.x + box.w > 1 - m || box.y + box.h > 1 - m;
  const l = pt(landmarks, LM.irisL);
  const r = pt(landmarks, LM.irisR);
  const tilt = (Math.atan2((r.y - l.y) / aspect, r.x - l.x) * 180) / Math.PI;
  return {
    centreX,
    centreY,
    faceWidth: box.w,
    offCentre: Math.hypot(centreX - 0.5, centreY - 0.5),
    cutOff,
    eyeTiltDeg: Math.abs(tilt) > 90 ? 180 - Math.abs(tilt) : Math.abs(tilt),
  };
}

function around(p: Point, half: number, aspect: number): NormRect {
  return { x: p.x - half, y: p.y - half * aspect, w: half * 2, h: half * 2 * aspect };
}

/** One eye's box: between its corners, from its upper to its lower lid, padded above and below like the eye band. */
function eyeBox(cornerA: Point, cornerB: Point, lidTop: Point, lidBottom: Point, pad: number): NormRect {
  const x0 = Math.min(cornerA.x, cornerB.x), x1 = Math.max(cornerA.x, cornerB.x);
  return { x: x0, y: lidTop.y - pad, w: Math.max(1e-3, x1 - x0), h: Math.max(1e-3, lidBottom.y - lidTop.y + 2 * pad) };
}

export interface FaceRegions {
  inner: NormRect;
  eyeBand: NormRect;
  /** Each eye alone, corner to corner and lid to lid with the eye band's padding: image-left (the subject's right) and image-right. */
  eyeL: NormRect;
  eyeR: NormRect;
  cheekL: NormRect;
  cheekR: NormRect;
  lowCheekL: NormRect;
  lowCheekR: NormRect;
  glabella: NormRect;
  nose: NormRect;
  chin: NormRect;
  forehead: NormRect;
  /** Mouth corners widened by 30 %, from under the nose to the chin: where a hand over the mouth shows. */
  lowerFace: NormRect;
}

/** The regions the pixel measures read, sized relative to the face so distance does not matter. */
export function faceRegions(landmarks: readonly Point[], aspect: number): FaceRegions {
  const p = (i: number) => pt(landmarks, i);
  const left = p(LM.cheekEdgeL).x, right = p(LM.cheekEdgeR).x;
  const fw = Math.max(1e-3, right - left);
  const inset = fw * 0.15;
  const top = Math.min(p(LM.browL).y, p(LM.browR).y);
  const bottom = p(LM.lowerLip).y;
  const inner = { x: left + inset, y: top, w: fw - 2 * inset, h: Math.max(1e-3, bottom - top) };
  const eyeTop = Math.min(p(LM.eyeTopL).y, p(LM.eyeTopR).y);
  const eyeBottom = Math.max(p(LM.eyeBottomL).y, p(LM.eyeBottomR).y);
  const pad = fw * 0.04 * aspect;
  const eyeX0 = p(LM.eyeOuterL).x, eyeX1 = p(LM.eyeOuterR).x;
  const patch = fw * 0.06;
  const browY = top;
  const foreheadTop = p(LM.forehead).y;
  const mouthL = p(LM.mouthL).x, mouthR = p(LM.mouthR).x;
  const mouthW = Math.max(1e-3, mouthR - mouthL);
  const lowerTop = p(LM.underNose).y, lowerBottom = p(LM.chin).y;
  return {
    inner,
    lowerFace: { x: mouthL - mouthW * 0.3, y: lowerTop, w: mouthW * 1.6, h: Math.max(1e-3, lowerBottom - lowerTop) },
    eyeBand: { x: eyeX0, y: eyeTop - pad, w: Math.max(1e-3, eyeX1 - eyeX0), h: Math.max(1e-3, eyeBottom - eyeTop + 2 * pad) },
    eyeL: eyeBox(p(LM.eyeOuterL), p(LM.eyeInnerL), p(LM.eyeTopL), p(LM.eyeBottomL), pad),
    eyeR: eyeBox(p(LM.eyeInnerR), p(LM.eyeOuterR), p(LM.eyeTopR), p(LM.eyeBottomR), pad),
    cheekL: around(p(LM.cheekL), patch, aspect),
    lowCheekL: around(p(LM.lowCheekL), patch, aspect),
    lowCheekR: around(p(LM.lowCheekR), patch, aspect),
    cheekR: around(p(LM.cheekR), patch, aspect),
    glabella: around(p(LM.glabella), patch * 0.8, aspect),
    nose: around(p(LM.noseTip), patch * 0.8, aspect),
    chin: around(p(LM.chinSkin), patch * 0.8, aspect),
    forehead: {
      x: p(LM.browL).x,
      y: foreheadTop + (browY - foreheadTop) * 0.25,
      w: Math.max(1e-3, p(LM.browR).x - p(LM.browL).x),
      h: Math.max(1e-3, (browY - foreheadTop) * 0.5),
    },
  };
}

/**
 * Eye aspect ratio (Soukupová & Čech 2016) on MediaPipe's eye contour: the mean of two lid-to-lid
 * heights over the corner-to-corner width, in pixels (normalised x scaled by the frame's aspect).
 * Per eye: outer corner, two upper-lid points, inner corner, two lower-lid points facing them.
 */
const EAR_POINTS = [
  [33, 160, 158, 133, 153, 144],
  [263, 387, 385, 362, 380, 373],
] as const;

/** The smaller of the two eyes' aspect ratios (both must be open); undefined without landmarks. */
export function eyeAspectRatio(landmarks: readonly Point[], aspect: number): number | undefined {
  if (landmarks.length < 388) return undefined;
  const d = (a: number, b: number) => {
    const p = pt(landmarks, a), q = pt(landmarks, b);
    return Math.hypot((p.x - q.x) * aspect, p.y - q.y);
  };
  const ratios = EAR_POINTS.map(([p1, p2, p3, p4, p5, p6]) => (d(p2, p6) + d(p3, p5)) / (2 * Math.max(1e-6, d(p1, p4))));
  return Math.min(...ratios);
}
