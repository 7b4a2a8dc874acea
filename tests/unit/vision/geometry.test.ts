import { describe, expect, it } from 'vitest';
import { cropBox, distanceCm, eyeAspectRatio, faceRegions, focalPx, landmarkBox, LM, placement } from '../../../src/vision/geometry';
import type { Point } from '../../../src/vision/types';

/** 478 landmarks on a face box, with the irises `ipd` apart (normalised x) and a given tilt. */
function face({ cx = 0.5, cy = 0.5, w = 0.3, ipd = 0.1, tiltDeg = 0 } = {}): Point[] {
  const points: Point[] = Array.from({ length: 478 }, (_, i) => ({
    x: cx - w / 2 + (w * (i % 20)) / 19,
    y: cy - (w * 1.4) / 2 + (w * 1.4 * Math.floor(i / 20)) / 23,
  }));
  points[LM.cheekEdgeL] = { x: cx - w / 2, y: cy };
  points[LM.cheekEdgeR] = { x: cx + w / 2, y: cy };
  const t = (tiltDeg * Math.PI) / 180;
  points[LM.irisL] = { x: cx - (ipd / 2) * Math.cos(t), y: cy - 0.05 - ((ipd / 2) * Math.sin(t) * 4) / 3 };
  points[LM.irisR] = { x: cx + (ipd / 2) * Math.cos(t), y: cy - 0.05 + ((ipd / 2) * Math.sin(t) * 4) / 3 };
  return points;
}

describe('distanceCm: pinhole model on the 63 mm interpupillary distance', () => {
  it('focal length for 640 px and 65° is about 502 px', () => expect(focalPx(640, 65)).toBeCloseTo(502.3, 0));
  it.each([
    // ipd in px = 502.3 * 6.3 / cm  →  normalised = px / 640
    [40, 0],
    [25, 0],
    [60, 0],
    [40, 30],
  ])('a face at %d cm, turned %d°, reads %d cm', (cm, yaw) => {
    const ipdPx = ((focalPx(640) * 6.3) / cm) * Math.cos((yaw * Math.PI) / 180);
    expect(distanceCm(face({ ipd: ipdPx / 640 }), 640, 480, yaw)).toBeCloseTo(cm, 5);
  });
  it('no eyes apart is infinitely far, not a crash', () => expect(distanceCm(face({ ipd: 0 }), 640, 480)).toBe(Infinity));
});

describe('placement', () => {
  it.each([
    ['centred and level', {}, { cutOff: false, offCentreBelow: 0.01, tilt: 0 }],
    ['off to the right', { cx: 0.7 }, { cutOff: false, offCentreBelow: 0.21, tilt: 0 }],
    ['past the left edge', { cx: 0.1 }, { cutOff: true, offCentreBelow: 0.41, tilt: 0 }],
    ['eyes tilted 12°', { tiltDeg: 12 }, { cutOff: false, offCentreBelow: 0.01, tilt: 12 }],
  ])('%s', (_name, options, expected) => {
    const where = placement(face(options), 4 / 3);
    expect(where.cutOff).toBe(expected.cutOff);
    expect(where.offCentre).toBeLessThan(expected.offCentreBelow);
    expect(where.eyeTiltDeg).toBeCloseTo(expected.tilt, 5);
  });
});

describe('boxes and regions', () => {
  it('landmarkBox bounds every point; cropBox is square in pixels and a little larger', () => {
    const box = landmarkBox([{ x: 0.4, y: 0.3 }, { x: 0.6, y: 0.7 }]);
    expect(box).toEqual({ x: 0.4, y: 0.3, w: expect.closeTo(0.2, 9), h: expect.closeTo(0.4, 9) });
    const crop = cropBox(box, 4 / 3);
    expect(crop.w * 640).toBeCloseTo(crop.h * 480, 6);
    expect(crop.h).toBeCloseTo(0.44, 6);
  });

  it('regions sit inside the face box and scale with it', () => {
    const small = faceRegions(face({ w: 0.2 }), 4 / 3);
    const large = faceRegions(face({ w: 0.4 }), 4 / 3);
    expect(large.cheekL.w / small.cheekL.w).toBeCloseTo(2, 6);
    expect(small.inner.w).toBeGreaterThan(0);
    expect(small.eyeBand.h).toBeGreaterThan(0);
  });
});

describe('eyeAspectRatio: lid opening over eye width, the smaller eye', () => {
  /** Both eyes 0.06 wide (normalised x on a 4:3 frame); each eye's lids `gaps` apart (normalised y). */
  function eyes(gapL: number, gapR: number): Point[] {
    const points: Point[] = Array.from({ length: 478 }, () => ({ x: 0.5, y: 0.5 }));
    const eye = ([outer, top1, top2, inner, bottom2, bottom1]: number[], cx: number, gap: number) => {
      points[outer!] = { x: cx - 0.03, y: 0.4 };
      points[inner!] = { x: cx + 0.03, y: 0.4 };
      for (const [i, dx] of [[top1!, -0.01], [top2!, 0.01]] as const) points[i] = { x: cx + dx, y: 0.4 - gap / 2 };
      for (const [i, dx] of [[bottom1!, -0.01], [bottom2!, 0.01]] as const) points[i] = { x: cx + dx, y: 0.4 + gap / 2 };
    };
    eye([33, 160, 158, 133, 153, 144], 0.4, gapL);
    eye([263, 387, 385, 362, 380, 373], 0.6, gapR);
    return points;
  }
  // Eye width in frame units: 0.06 * 4/3 = 0.08; the ratio is gap / 0.08.
  it.each([
    ['open', 0.024, 0.024, 0.3],
    ['one eye shut', 0.024, 0.004, 0.05],
    ['both shut', 0, 0, 0],
  ])('%s', (_name, l, r, expected) => expect(eyeAspectRatio(eyes(l, r), 4 / 3)).toBeCloseTo(expected, 5));
  it('is undefined without the eye contour', () => expect(eyeAspectRatio([{ x: 0.5, y: 0.5 }], 4 / 3)).toBeUndefined());
});
