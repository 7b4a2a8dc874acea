// The small-face scan: faces too small for the landmarker's own detector (BlazeFace short-range at
// 128x128 misses faces under about 60 px of a 640x480 frame: a group, or someone far behind the
// user). The same detector, run on 3x3 overlapping tiles of the frame, sees them at 2.5x the size.
// One tile per analysed frame keeps the cost small; a window of ten frames sweeps the frame once.
// Tiles are drawn on an in-memory canvas and dropped: nothing is kept but boxes and counts.
import { FaceDetector } from '@mediapipe/tasks-vision';
import type { ScanSummary } from './window';
import { wasmFileset } from './fileset';
import type { Picture } from './picture';
import type { NormRect } from './types';

/**
 * BlazeFace short-range on tiles of the frame. Verified on the fixtures: 3x3 tiles of 256 px at
 * 640x480 find a party of six, a sofa group of five and a ~90 px face behind the user, with no
 * false face on a single portrait or a landscape.
 */
export const SMALL_FACES = {
  grid: 3,
  /** Tile side as a share of the frame's short side: 256 px of 480. */
  tileShare: 256 / 480,
  /**
   * Tiles are drawn straight at the detector's own 128 px input (it would downsize a 256 px tile to
   * that anyway): a quarter of the pixels to copy into MediaPipe. Faces still read ~2.5x larger
   * than on the whole frame squeezed into 128 px.
   */
  tilePx: 128,
  /** MediaPipe's default detection confidence. */
  minScore: 0.5,
  /** A hit whose centre is within the tracked face's box widened by this share each way is that face (seams cut it). */
  trackedMargin: 0.5,
  /** Hits closer than this many face widths are one face (overlapping tiles see it twice). */
  mergeWidths: 0.5,
  /**
   * The widest hit (share of the frame's width) that can be someone the landmarker missed. The landmarker tracks two
   * faces and finds any over about 60 px (0.09 of 640), so a wider face clear of the user that it did not confirm is
   * a pattern the detector took for one: under webcam noise, a raised arm read as a 210 px face (0.33) at scores
   * 0.5-0.59. The second faces the scan exists for are 0.08-0.2 wide on the eval's clips; 0.25 is well clear of both.
   */
  maxAwayWidth: 0.25,
} as const;

/** A tile in frame pixels (square, so the detector sees faces undistorted). */
export interface Tile {
  x: number;
  y: number;
  side: number;
}

/**
 * 3x3 square tiles covering the frame, each 256/480 of the frame's short side (256 px at 640x480:
 * stride 192 across and 112 down, so neighbours overlap and a face on a seam is whole in one tile).
 */
export function scanTiles(width: number, height: number): Tile[] {
  const side = Math.round(Math.min(width, height) * SMALL_FACES.tileShare);
  const at = (span: number, i: number) => Math.round(((span - side) * i) / (SMALL_FACES.grid - 1));
  const tiles: Tile[] = [];
  for (let row = 0; row < SMALL_FACES.grid; row++) {
    for (let col = 0; col < SMALL_FACES.grid; col++) tiles.push({ x: at(width, col), y: at(height, row), side });
  }
  return tiles;
}

/** One detection in normalised frame coordinates; `away` when it was clear of every tracked face. */
export interface ScanHit extends NormRect {
  away: boolean;
  /** The detector's confidence, 0–1. */
  score: number;
}

/** A detection is the tracked face when its centre lies in that face's box widened by half each way. */
export function isAway(hit: NormRect, tracked: readonly NormRect[]): boolean {
  const cx = hit.x + hit.w / 2, cy = hit.y + hit.h / 2;
  return tracked.every((box) => {
    const mx = box.w * SMALL_FACES.trackedMargin, my = box.h * SMALL_FACES.trackedMargin;
    return cx < box.x - mx || cx > box.x + box.w + mx || cy < box.y - my || cy > box.y + box.h + my;
  });
}

/**
 * Distinct faces among confident detections from overlapping tiles and frames: hits whose centres are within
 * half a face width of each other are one face. `others` counts faces seen clear of the tracked
 * face while one was tracked (with nobody tracked, a lone small face is the user, far away).
 */
export function summarise(hits: readonly ScanHit[], tiles: number): ScanSummary {
  const faces: { cx: number; cy: number; w: number; away: boolean }[] = [];
  for (const hit of hits) {
    if (hit.score < SMALL_FACES.minScore) continue;
    if (hit.away && hit.w > SMALL_FACES.maxAwayWidth) continue;
    const cx = hit.x + hit.w / 2, cy = hit.y + hit.h / 2;
    const same = faces.find((f) => Math.hypot(f.cx - cx, f.cy - cy) < Math.max(f.w, hit.w) * SMALL_FACES.mergeWidths);
    if (same) same.away ||= hit.away;
    else faces.push({ cx, cy, w: hit.w, away: hit.away });
  }
  return { faces: faces.length, others: faces.filter((f) => f.away).length, tiles };
}

let cached: Promise<FaceDetector> | null = null;

/** The detector extracted from face_landmarker.task at install time (scripts/provision-assets.mjs). */
export function getFaceDetector(baseUrl: string): Promise<FaceDetector> {
  cached ??= FaceDetector.createFromOptions(wasmFileset(baseUrl), {
    baseOptions: { modelAssetPath: `${baseUrl.replace(/\/$/, '')}/face_detector.tflite`, delegate: 'CPU' },
    runningMode: 'IMAGE',
    // A little below our own limit, so the limit is ours (summarise) and testable.
    minDetectionConfidence: SMALL_FACES.minScore * 0.8,
  }).catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

/** What the engine calls: `scanNext` once per analysed frame, `finish` once, then `summary`. */
export class SmallFaceScanner {
  private readonly ctx: OffscreenCanvasRenderingContext2D;
  private readonly hits: ScanHit[] = [];
  private next = 0;
  private scanned = 0;
  /** Time spent per call, for the benchmark (the budget is a share of the landmarker's time). */
  readonly costMs: number[] = [];

  constructor(private readonly detector: FaceDetector) {
    const canvas = new OffscreenCanvas(SMALL_FACES.tilePx, SMALL_FACES.tilePx);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('2d canvas unavailable');
    this.ctx = ctx;
  }

  /** Scans the next tile of this frame; `tracked` are the landmarker's face boxes in this frame. */
  scanNext(picture: Picture, tracked: readonly NormRect[]): void {
    const started = performance.now();
    const { width, height } = picture;
    if (width > 0 && height > 0) {
      const tiles = scanTiles(width, height);
      const tile = tiles[this.next % tiles.length]!;
      this.next++;
      this.scanTile(picture.canvas, tile, width, height, tracked);
    }
    this.costMs.push(performance.now() - started);
  }

  /** Completes the sweep if the window ended before every tile was seen (a short window); returns its cost in ms. */
  finish(picture: Picture, tracked: readonly NormRect[]): number {
    const started = performance.now();
    const { width, height } = picture;
    if (width === 0 || height === 0) return 0;
    const tiles = scanTiles(width, height);
    while (this.next < tiles.length) this.scanTile(picture.canvas, tiles[this.next++]!, width, height, tracked);
    return performance.now() - started;
  }

  summary(): ScanSummary {
    return summarise(this.hits, this.scanned);
  }

  private scanTile(source: OffscreenCanvas, tile: Tile, width: number, height: number, tracked: readonly NormRect[]): void {
    const px = SMALL_FACES.tilePx;
    this.ctx.drawImage(source, tile.x, tile.y, tile.side, tile.side, 0, 0, px, px);
    // The tile's pixels, not the canvas: MediaPipe then skips its canvas upload and read-back, which cost
    // more than the detector itself at 128 px (A/B 2026-12-04, load ≈ 10: 4.0-4.5 against 5.5-7.1 ms a tile,
    // the same faces found on every group, far-face, nobody and ideal condition of the eval on both cameras).
    const result = this.detector.detect(this.ctx.getImageData(0, 0, px, px));
    this.scanned++;
    const scale = tile.side / px;
    for (const detection of result.detections) {
      const box = detection.boundingBox;
      if (!box) continue;
      const hit = {
        x: (tile.x + box.originX * scale) / width,
        y: (tile.y + box.originY * scale) / height,
        w: (box.width * scale) / width,
        h: (box.height * scale) / height,
      };
      const score = detection.categories[0]?.score ?? 0;
      this.hits.push({ ...hit, score, away: tracked.length > 0 && isAway(hit, tracked) });
    }
  }
}
