// Reads a frame's pixels once: the whole frame downscaled and the face crop, drawn side by side
// on one small canvas and read back with a single getImageData (cheap next to the landmarker).
import { cropBox, landmarkBox } from './geometry';
import type { Picture } from './picture';
import type { FrameSample, NormRect, Point } from './types';

export const FRAME_W = 160;
export const FRAME_H = 120;
export const FACE_SIDE = 96;

export class FrameSampler {
  private readonly ctx: OffscreenCanvasRenderingContext2D;

  constructor() {
    const canvas = new OffscreenCanvas(FRAME_W + FACE_SIDE, FRAME_H);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('2d canvas unavailable');
    this.ctx = ctx;
  }

  sample(picture: Picture, landmarks: readonly Point[] | undefined): FrameSample {
    const { canvas, width: vw, height: vh } = picture;
    const faceBox: NormRect = landmarks ? cropBox(landmarkBox(landmarks), vw / vh) : { x: 0.25, y: 0.25, w: 0.5, h: 0.5 };
    this.ctx.clearRect(0, 0, FRAME_W + FACE_SIDE, FRAME_H);
    this.ctx.drawImage(canvas, 0, 0, FRAME_W, FRAME_H);
    this.ctx.drawImage(canvas, faceBox.x * vw, faceBox.y * vh, faceBox.w * vw, faceBox.h * vh, FRAME_W, 0, FACE_SIDE, FACE_SIDE);
    const data = this.ctx.getImageData(0, 0, FRAME_W + FACE_SIDE, FRAME_H).data;
    const stride = FRAME_W + FACE_SIDE;
    return {
      frame: { data, width: FRAME_W, height: FRAME_H, stride, ox: 0 },
      face: { data, width: FACE_SIDE, height: FACE_SIDE, stride, ox: FRAME_W },
      faceBox,
    };
  }
}
