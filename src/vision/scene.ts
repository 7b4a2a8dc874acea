// The whole picture's brightness, measured on every frame whether or not a face is found: a room too dark
// for the landmarker to find a face in must read "too dark", not "no face" (issue 24: a dim, noisy webcam
// picture was reported as nobody in view). A 32x24 copy is plenty for a mean and costs a few microseconds.
import { lumaOf } from './pixels';
import type { Picture } from './picture';

const W = 32;
const H = 24;

export class SceneMeter {
  private readonly ctx: OffscreenCanvasRenderingContext2D;

  constructor() {
    const ctx = new OffscreenCanvas(W, H).getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('2d canvas unavailable');
    this.ctx = ctx;
  }

  /** Mean luma (0-255) of the picture. */
  meanLuma(picture: Picture): number {
    this.ctx.drawImage(picture.canvas, 0, 0, W, H);
    return meanLumaOf(this.ctx.getImageData(0, 0, W, H).data);
  }
}

/** Mean luma of RGBA pixels. */
export function meanLumaOf(data: Uint8ClampedArray): number {
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) sum += lumaOf(data[i]!, data[i + 1]!, data[i + 2]!);
  return data.length ? sum / (data.length / 4) : 0;
}
