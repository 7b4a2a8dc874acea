// Where the face chip is cut from: face-api's descriptor was trained on a square around the
// 68 dlib landmarks (brows to chin, jaw to jaw); MediaPipe's mesh has the same points under other
// numbers, and levelling the eyes makes a tilted ID photo comparable with an upright live face.
import type { Point } from '../vision/types';

const JAW = [234, 454];
const EYE_CORNERS = [33, 263];
const BROWS = [70, 63, 105, 66, 107, 336, 296, 334, 293, 300];
const CHIN = 152;

export interface Chip {
  /** Centre of the square, in image pixels. */
  cx: number;
  cy: number;
  /** Side of the square, in image pixels. */
  side: number;
  /** Eye-line angle in radians (0 = level); the chip is rotated by its negative. */
  angle: number;
}

/** The chip for landmarks normalised to an image of `width` x `height` px. */
export function chipFor(landmarks: readonly Point[], width: number, height: number): Chip | undefined {
  const px = (i: number) => {
    const p = landmarks[i];
    return p ? { x: p.x * width, y: p.y * height } : undefined;
  };
  const [left, right] = EYE_CORNERS.map(px);
  const jaw = JAW.map(px);
  const tops = BROWS.map(px);
  const chin = px(CHIN);
  if (!left || !right || !chin || jaw.some((p) => !p) || tops.some((p) => !p)) return undefined;
  const angle = Math.atan2(right.y - left.y, right.x - left.x);
  // The square is measured in the levelled face's own frame (rotated about the eyes' midpoint),
  // since that is the frame the chip is drawn in: an image-axis box of a tilted face is too wide.
  const ox = (left.x + right.x) / 2, oy = (left.y + right.y) / 2;
  const turn = (p: { x: number; y: number }, by: number) => ({
    x: ox + (p.x - ox) * Math.cos(by) - (p.y - oy) * Math.sin(by),
    y: oy + (p.x - ox) * Math.sin(by) + (p.y - oy) * Math.cos(by),
  });
  const xs = [...jaw, left, right].map((p) => turn(p!, -angle).x);
  const ys = tops.map((p) => turn(p!, -angle).y);
  const x0 = Math.min(...xs), x1 = Math.max(...xs);
  const y0 = Math.min(...ys), y1 = turn(chin, -angle).y;
  const side = Math.max(x1 - x0, y1 - y0);
  if (!(side > 0)) return undefined;
  // The levelled box's centre, turned back into the image's frame.
  const centre = turn({ x: (x0 + x1) / 2, y: (y0 + y1) / 2 }, angle);
  return { cx: centre.x, cy: centre.y, side, angle };
}

/** Does a box (px) touch the image's edge, within `margin` px? */
export function touchesEdge(box: { x: number; y: number; w: number; h: number }, width: number, height: number, margin = 2): boolean {
  return box.x <= margin || box.y <= margin || box.x + box.w >= width - margin || box.y + box.h >= height - margin;
}
