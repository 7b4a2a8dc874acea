// Finding faces in a still image of any size (an ID card's portrait is a fifth of the card, its
// ghost copy smaller) and their landmarks. MediaPipe's short-range detector sees faces that fill a
// good part of its 128 px input, so the image is scanned whole and in overlapping tiles at two
// smaller scales; the landmarker then runs on a square crop around each face found.
import { FaceDetector, FaceLandmarker } from '@mediapipe/tasks-vision';
import { getFaceDetector } from '../vision/small-faces';
import { wasmFileset } from '../vision/fileset';
import type { Point } from '../vision/types';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface FoundFace {
  box: Box;
  score: number;
}

type Source = CanvasImageSource & { width: number; height: number };

/** Tile sides as shares of the image's short side (1 = the whole image). */
const SCALES = [0.5, 0.3];
const MIN_SCORE = 0.6;

function canvasOf(width: number, height: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width));
  canvas.height = Math.max(1, Math.round(height));
  return canvas;
}

function detectIn(detector: FaceDetector, source: Source, region: Box, out: FoundFace[]): void {
  const scale = Math.min(1, 512 / Math.max(region.w, region.h));
  const canvas = canvasOf(region.w * scale, region.h * scale);
  canvas.getContext('2d')!.drawImage(source, region.x, region.y, region.w, region.h, 0, 0, canvas.width, canvas.height);
  for (const d of detector.detect(canvas).detections) {
    const b = d.boundingBox;
    const score = d.categories[0]?.score ?? 0;
    if (!b || score < MIN_SCORE) continue;
    out.push({ score, box: { x: region.x + b.originX / scale, y: region.y + b.originY / scale, w: b.width / scale, h: b.height / scale } });
  }
}

function overlap(a: Box, b: Box): number {
  const x = Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x));
  const y = Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));
  return (x * y) / Math.min(a.w * a.h, b.w * b.h);
}

/**
 * Every face in the image, largest first; one face seen in several tiles counts once. `whole`:
 * a live camera frame, where the face is large; the tiles are scanned only when the whole frame
 * shows none (the ID photo is always scanned: its portrait is small, its ghost smaller).
 */
export async function findFaces(source: Source, assetBase: string, whole = false): Promise<FoundFace[]> {
  const detector = await getFaceDetector(assetBase);
  const found: FoundFace[] = [];
  const { width, height } = source;
  detectIn(detector, source, { x: 0, y: 0, w: width, h: height }, found);
  const short = Math.min(width, height);
  for (const share of whole && found.length > 0 ? [] : SCALES) {
    const side = short * share;
    const step = side / 2;
    for (let y = 0; y + side <= height + 1; y += step) for (let x = 0; x + side <= width + 1; x += step) detectIn(detector, source, { x, y, w: side, h: side }, found);
  }
  found.sort((a, b) => b.score - a.score);
  const kept: FoundFace[] = [];
  for (const face of found) if (!kept.some((k) => overlap(k.box, face.box) > 0.4)) kept.push(face);
  return kept.sort((a, b) => b.box.w - a.box.w);
}

let landmarker: Promise<FaceLandmarker> | null = null;

function getStillLandmarker(assetBase: string): Promise<FaceLandmarker> {
  landmarker ??= FaceLandmarker.createFromOptions(wasmFileset(assetBase), {
    baseOptions: { modelAssetPath: `${assetBase}/face_landmarker.task`, delegate: 'CPU' },
    runningMode: 'IMAGE',
    numFaces: 1,
  }).catch((error: unknown) => {
    landmarker = null;
    throw error;
  });
  return landmarker;
}

export interface FaceCrop {
  /** The square crop around the face, as drawn. */
  canvas: HTMLCanvasElement;
  /** Landmarks normalised to the crop. */
  landmarks: Point[];
}

/** A square crop of twice the face box, and the face's landmarks in it; undefined when the landmarker sees no face there. */
export async function landmarksOf(source: Source, face: FoundFace, assetBase: string): Promise<FaceCrop | undefined> {
  const side = Math.max(face.box.w, face.box.h) * 2;
  const cx = face.box.x + face.box.w / 2, cy = face.box.y + face.box.h / 2;
  const canvas = canvasOf(384, 384);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#808080';
  ctx.fillRect(0, 0, 384, 384);
  ctx.drawImage(source, cx - side / 2, cy - side / 2, side, side, 0, 0, 384, 384);
  const result = (await getStillLandmarker(assetBase)).detect(canvas);
  const landmarks = result.faceLandmarks[0];
  return landmarks ? { canvas, landmarks } : undefined;
}
