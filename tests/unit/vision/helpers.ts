import type { FrameMetrics, Plane } from '../../../src/vision/types';

/** Column-major 4x4 of R = Rz(roll)·Ry(yaw)·Rx(pitch) (raw MediaPipe angles, degrees). */
export function matrixOf(yawDeg: number, pitchDeg: number, rollDeg: number): number[] {
  const [y, p, r] = [yawDeg, pitchDeg, rollDeg].map((d) => (d * Math.PI) / 180) as [number, number, number];
  const rx = [[1, 0, 0], [0, Math.cos(p), -Math.sin(p)], [0, Math.sin(p), Math.cos(p)]];
  const ry = [[Math.cos(y), 0, Math.sin(y)], [0, 1, 0], [-Math.sin(y), 0, Math.cos(y)]];
  const rz = [[Math.cos(r), -Math.sin(r), 0], [Math.sin(r), Math.cos(r), 0], [0, 0, 1]];
  const mul = (a: number[][], b: number[][]) => a.map((row) => b[0]!.map((_, j) => row.reduce((s, v, k) => s + v * b[k]![j]!, 0)));
  const m = mul(rz, mul(ry, rx));
  const out = new Array<number>(16).fill(0);
  for (let row = 0; row < 3; row++) for (let col = 0; col < 3; col++) out[col * 4 + row] = m[row]![col]!;
  out[15] = 1;
  return out;
}

/** A plane filled by a function of (x, y) → [r, g, b]. */
export function planeFrom(width: number, height: number, fill: (x: number, y: number) => [number, number, number]): Plane {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b] = fill(x, y);
      const i = (y * width + x) * 4;
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
      data[i + 3] = 255;
    }
  }
  return { data, width, height, stride: width, ox: 0 };
}

export const grey = (v: number): [number, number, number] => [v, v, v];

/** Metrics of a frame that passes every check; tests override one field at a time. */
export function goodMetrics(overrides: Partial<FrameMetrics> = {}): FrameMetrics {
  return {
    yaw: 2,
    pitch: 1,
    roll: 0,
    distanceCm: 40,
    centreX: 0.5,
    centreY: 0.48,
    faceWidth: 0.3,
    offCentre: 0.02,
    cutOff: false,
    eyeTiltDeg: 1,
    faceMean: 130,
    underShare: 0.01,
    overShare: 0,
    uniformity: 0.9,
    colourCast: 0,
    backlightRatio: 1,
    sharpness: 0.5,
    blink: 0.1,
    eyeAspect: 0.28,
    eyeBandRatio: 0.8,
    lowerFaceChroma: 0.02,
    lowerFaceEdges: 0.8,
    foreheadRatio: 1,
    eyeBalance: 0.95,
    brighterEye: 0.85,
    foreheadTexture: 1,
    glareShare: 0,
    clutter: 0.03,
    ...overrides,
  };
}
