// Focus / motion blur / dirty lens, normalised for face size and contrast.
import { lumaGrid, type PixelRect } from './pixels';
import type { Plane } from './types';

/**
 * Mean absolute 4-neighbour Laplacian over the region divided by the region's luma standard
 * deviation. The face crop is always resampled to the same size, so a small face is not "sharper"
 * than a large one; dividing by contrast keeps a dim but sharp face from reading as blurred.
 */
export function sharpness(plane: Plane, rect: PixelRect): number {
  const w = rect.x1 - rect.x0, h = rect.y1 - rect.y0;
  if (w < 3 || h < 3) return 0;
  const luma = lumaGrid(plane, rect);
  const sum = luma.reduce((a, b) => a + b, 0);
  const mean = sum / (w * h);
  let variance = 0;
  for (const l of luma) variance += (l - mean) ** 2;
  const sd = Math.sqrt(variance / (w * h));
  if (sd < 1) return 0;
  let lap = 0;
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const c = y * w + x;
      lap += Math.abs(4 * luma[c]! - luma[c - 1]! - luma[c + 1]! - luma[c - w]! - luma[c + w]!);
    }
  }
  return lap / ((w - 2) * (h - 2)) / sd;
}
