// Region statistics over RGBA planes: the shared primitive behind exposure, occlusion and glare.
import type { NormRect, Plane } from './types';

export interface PixelRect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function lumaOf(r: number, g: number, b: number): number {
  return 0.299 * r + 0.587 * g + 0.114 * b;
}

/** The region's luma, row by row (w x h), for measures that look at neighbouring pixels. */
export function lumaGrid(plane: Plane, rect: PixelRect): Float32Array {
  const w = rect.x1 - rect.x0, h = rect.y1 - rect.y0;
  const luma = new Float32Array(Math.max(0, w * h));
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = ((rect.y0 + y) * plane.stride + plane.ox + rect.x0 + x) * 4;
      luma[y * w + x] = lumaOf(plane.data[i]!, plane.data[i + 1]!, plane.data[i + 2]!);
    }
  }
  return luma;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Maps a normalised rect of the frame into pixel bounds of a plane that covers `covered`. */
export function toPixelRect(plane: Plane, covered: NormRect, rect: NormRect): PixelRect {
  const sx = plane.width / covered.w;
  const sy = plane.height / covered.h;
  return {
    x0: clamp(Math.floor((rect.x - covered.x) * sx), 0, plane.width),
    y0: clamp(Math.floor((rect.y - covered.y) * sy), 0, plane.height),
    x1: clamp(Math.ceil((rect.x + rect.w - covered.x) * sx), 0, plane.width),
    y1: clamp(Math.ceil((rect.y + rect.h - covered.y) * sy), 0, plane.height),
  };
}

export interface RegionStats {
  count: number;
  meanLuma: number;
  sdLuma: number;
  /** Shares of pixels below / above the given luma limits. */
  underShare: number;
  overShare: number;
  /** Mean rg chromaticity (r/(r+g+b), g/(r+g+b)): colour independent of brightness. */
  chromaR: number;
  chromaG: number;
  /** Mean red and blue (0–255): the region's white balance, weighted by brightness (black pixels carry none). */
  meanR: number;
  meanB: number;
}

export interface StatsOptions {
  under?: number;
  over?: number;
  /** Skip pixels inside this rect (e.g. the face when measuring the background). */
  exclude?: PixelRect;
}

const EMPTY: RegionStats = { count: 0, meanLuma: 0, sdLuma: 0, underShare: 0, overShare: 0, chromaR: 1 / 3, chromaG: 1 / 3, meanR: 0, meanB: 0 };

export function regionStats(plane: Plane, rect: PixelRect, options: StatsOptions = {}): RegionStats {
  const { under = -1, over = 256, exclude } = options;
  let count = 0, sum = 0, sumSq = 0, low = 0, high = 0, cr = 0, cg = 0, sr = 0, sb = 0;
  for (let y = rect.y0; y < rect.y1; y++) {
    for (let x = rect.x0; x < rect.x1; x++) {
      if (exclude && x >= exclude.x0 && x < exclude.x1 && y >= exclude.y0 && y < exclude.y1) continue;
      const i = (y * plane.stride + plane.ox + x) * 4;
      const r = plane.data[i]!, g = plane.data[i + 1]!, b = plane.data[i + 2]!;
      const l = lumaOf(r, g, b);
      count++;
      sum += l;
      sumSq += l * l;
      if (l < under) low++;
      if (l > over) high++;
      const total = r + g + b || 1;
      cr += r / total;
      cg += g / total;
      sr += r;
      sb += b;
    }
  }
  if (count === 0) return EMPTY;
  const mean = sum / count;
  return {
    count,
    meanLuma: mean,
    sdLuma: Math.sqrt(Math.max(0, sumSq / count - mean * mean)),
    underShare: low / count,
    overShare: high / count,
    chromaR: cr / count,
    chromaG: cg / count,
    meanR: sr / count,
    meanB: sb / count,
  };
}

/**
 * A region's colour on the warm–blue axis, independent of brightness: ln(mean red / mean blue), the log of the
 * white-balance ratio (a light's tint multiplies the channels, so it adds the same amount here to every part of
 * the face). Skin is naturally redder than blue; an orange bulb raises it, a screen's blue glow lowers it.
 */
export function warmth(stats: RegionStats): number {
  return Math.log(Math.max(1, stats.meanR) / Math.max(1, stats.meanB));
}

/**
 * The colour cast of a light over several parts of the face: each part's warmth less natural skin's
 * (`skinWarmth`), and of those the one nearest zero. A light tints every part alike; something coloured on the
 * face (a mask, a scarf, make-up) tints only the part it covers, and the other part still reads as skin.
 */
export function colourCast(parts: readonly RegionStats[], skinWarmth: number): number {
  const casts = parts.filter((part) => part.count > 0).map((part) => warmth(part) - skinWarmth);
  return casts.reduce((nearest, cast) => (Math.abs(cast) < Math.abs(nearest) ? cast : nearest), casts[0] ?? 0);
}

/** Distance between two regions' colours, independent of how brightly each is lit. */
export function chromaDistance(a: RegionStats, b: RegionStats): number {
  return Math.hypot(a.chromaR - b.chromaR, a.chromaG - b.chromaG);
}

