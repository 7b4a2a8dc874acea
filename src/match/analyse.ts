// One image (the ID photo, or a frame of the live face) to what the decisions need: the faces
// found, the measures of the largest, and its 150 px chip for the descriptor. Thin glue over the
// canvas; the decisions are decide.ts's.
import { lumaOf } from '../vision/pixels';
import { sharpness } from '../vision/sharpness';
import { chipFor, touchesEdge } from './align';
import type { IdMeasures } from './decide';
import { findFaces, landmarksOf, type Box } from './faces';
import { ID_QUALITY } from './limits';

type Source = CanvasImageSource & { width: number; height: number };

export interface Analysis {
  measures: IdMeasures;
  /** The largest face's chip; absent when no face, or no landmarks on it. */
  chip?: HTMLCanvasElement;
}

const CHIP = 150;

function pixels(source: Source, region: Box, size: number): ImageData {
  const canvas = document.createElement('canvas');
  const scale = Math.min(1, size / Math.max(region.w, region.h));
  canvas.width = Math.max(1, Math.round(region.w * scale));
  canvas.height = Math.max(1, Math.round(region.h * scale));
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.drawImage(source, region.x, region.y, region.w, region.h, 0, 0, canvas.width, canvas.height);
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}

/** Mean luma and the share of near-white pixels. */
function lightOf(data: ImageData): { luma: number; glare: number } {
  let sum = 0, white = 0;
  const d = data.data, n = d.length / 4;
  for (let i = 0; i < d.length; i += 4) {
    sum += lumaOf(d[i]!, d[i + 1]!, d[i + 2]!);
    if (d[i]! >= ID_QUALITY.glareLevel && d[i + 1]! >= ID_QUALITY.glareLevel && d[i + 2]! >= ID_QUALITY.glareLevel) white++;
  }
  return { luma: sum / n, glare: white / n };
}

export async function analyseImage(source: Source, assetBase: string, edgeMatters = false, live = false): Promise<Analysis> {
  const whole = lightOf(pixels(source, { x: 0, y: 0, w: source.width, h: source.height }, 256));
  const faces = await findFaces(source, assetBase, live);
  const measures: IdMeasures = { faceWidths: faces.map((f) => Math.round(f.box.w)), imageGlare: whole.glare, imageLuma: whole.luma };
  const face = faces[0];
  if (!face) return { measures };
  // The inner face (the box less its rim of hair and background) for light and glare.
  const inner = { x: face.box.x + face.box.w * 0.15, y: face.box.y + face.box.h * 0.1, w: face.box.w * 0.7, h: face.box.h * 0.8 };
  const light = lightOf(pixels(source, inner, 96));
  measures.luma = light.luma;
  measures.glare = light.glare;
  if (edgeMatters) measures.touchesEdge = touchesEdge(face.box, source.width, source.height, Math.max(2, face.box.w * 0.1));
  const crop = await landmarksOf(source, face, assetBase);
  if (!crop) return { measures };
  const chip = chipFor(crop.landmarks, crop.canvas.width, crop.canvas.height);
  if (!chip) return { measures };
  const canvas = document.createElement('canvas');
  canvas.width = CHIP;
  canvas.height = CHIP;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.translate(CHIP / 2, CHIP / 2);
  ctx.rotate(-chip.angle);
  ctx.scale(CHIP / chip.side, CHIP / chip.side);
  ctx.translate(-chip.cx, -chip.cy);
  ctx.drawImage(crop.canvas, 0, 0);
  const data = ctx.getImageData(0, 0, CHIP, CHIP);
  measures.sharpness = sharpness({ data: data.data, width: CHIP, height: CHIP, stride: CHIP, ox: 0 }, { x0: 0, y0: 0, x1: CHIP, y1: CHIP });
  return { measures, chip: canvas };
}
