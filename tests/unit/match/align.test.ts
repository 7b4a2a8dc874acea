import { describe, expect, it } from 'vitest';
import { chipFor, touchesEdge } from '../../../src/match/align';
import type { Point } from '../../../src/vision/types';

/** A face mesh with only the points the chip reads set, the rest at the centre. */
function mesh(points: Record<number, Point>): Point[] {
  return Array.from({ length: 478 }, (_, i) => points[i] ?? { x: 0.5, y: 0.5 });
}
const BROWS = [70, 63, 105, 66, 107, 336, 296, 334, 293, 300];
const face = (tilt = 0) =>
  mesh({
    234: { x: 0.3, y: 0.5 }, 454: { x: 0.7, y: 0.5 },
    33: { x: 0.38, y: 0.45 - tilt }, 263: { x: 0.62, y: 0.45 + tilt },
    152: { x: 0.5, y: 0.75 },
    ...Object.fromEntries(BROWS.map((i) => [i, { x: 0.5, y: 0.35 }])),
  });

describe('the face chip', () => {
  it('is the square around jaw, brows and chin, level when the eyes are', () => {
    const chip = chipFor(face(), 1000, 1000)!;
    expect(chip.side).toBeCloseTo(400); // jaw to jaw 400 px, brows to chin 400 px
    expect(chip.cx).toBeCloseTo(500);
    expect(chip.cy).toBeCloseTo(550);
    expect(chip.angle).toBeCloseTo(0);
  });
  it('takes the eye line\'s angle, so a tilted photo is levelled', () => {
    const chip = chipFor(face(0.06), 1000, 1000)!;
    expect(chip.angle).toBeCloseTo(Math.atan2(120, 240));
  });
  it('measures a tilted face in its own levelled frame: the same square as upright, turned', () => {
    const upright = chipFor(face(), 1000, 1000)!;
    const turn = Math.PI / 9; // 20°, about the eyes' midpoint (500, 450)
    const rotate = (p: Point): Point => ({
      x: 0.5 + (p.x - 0.5) * Math.cos(turn) - (p.y - 0.45) * Math.sin(turn),
      y: 0.45 + (p.x - 0.5) * Math.sin(turn) + (p.y - 0.45) * Math.cos(turn),
    });
    const chip = chipFor(face().map(rotate), 1000, 1000)!;
    expect(chip.angle).toBeCloseTo(turn);
    expect(chip.side).toBeCloseTo(upright.side); // an image-axis box would give about 470 px
    // The centre is the upright centre (500, 550) turned by the same angle about the eyes.
    expect(chip.cx).toBeCloseTo(500 - 100 * Math.sin(turn));
    expect(chip.cy).toBeCloseTo(450 + 100 * Math.cos(turn));
  });
  it('gives nothing for a mesh without its points', () => {
    expect(chipFor([], 100, 100)).toBeUndefined();
  });
  it('knows a box at the edge', () => {
    expect(touchesEdge({ x: 1, y: 50, w: 10, h: 10 }, 100, 100)).toBe(true);
    expect(touchesEdge({ x: 10, y: 10, w: 10, h: 10 }, 100, 100)).toBe(false);
    expect(touchesEdge({ x: 10, y: 10, w: 89, h: 10 }, 100, 100)).toBe(true);
  });
});
