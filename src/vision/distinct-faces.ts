// The landmarker sometimes reports one face twice: under sensor noise (a webcam in the eval's "webcam" axis) it
// fitted a second, larger mesh around a small far face in 6 of 16 frames, and face-count failed "several" for a
// person alone in the room. Two real people cannot be where one's face box holds the other's centre (the nearer
// would hide the farther), so such a pair is one face, kept as the smaller box: the ghost was the larger in every
// pair seen (about 30, over two runs). (Keeping the box that continued the previous frame's was tried and kept the ghost: the
// landmarker also reports the ghost alone in some frames, so the "previous" face can be the ghost.)
import type { NormRect } from './types';

const centreIn = (a: NormRect, b: NormRect) => {
  const cx = a.x + a.w / 2, cy = a.y + a.h / 2;
  return cx >= b.x && cx <= b.x + b.w && cy >= b.y && cy <= b.y + b.h;
};

/** The indices of the faces to keep: one per place (see above), in the landmarker's order. */
export function distinctFaces(boxes: readonly NormRect[]): number[] {
  const dropped = new Set<number>();
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (dropped.has(i) || dropped.has(j)) continue;
      const a = boxes[i]!, b = boxes[j]!;
      if (!centreIn(a, b) && !centreIn(b, a)) continue;
      dropped.add(a.w * a.h <= b.w * b.h ? j : i);
    }
  }
  return boxes.map((_, i) => i).filter((i) => !dropped.has(i));
}
