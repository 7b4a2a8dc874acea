// Background clutter and glare: two measures of "texture where there should be none".
import { lumaOf, type PixelRect } from './pixels';
import type { Plane } from './types';

function lumaAt(plane: Plane, x: number, y: number): number {
  const i = (y * plane.stride + plane.ox + x) * 4;
  return lumaOf(plane.data[i]!, plane.data[i + 1]!, plane.data[i + 2]!);
}

/** Share of pixels outside `exclude` whose gradient (|dx| + |dy|) exceeds `edge`: busy backgrounds score high. */
export function edgeDensity(plane: Plane, exclude: PixelRect, edge: number): number {
  let count = 0, edges = 0;
  for (let y = 0; y < plane.height - 1; y++) {
    for (let x = 0; x < plane.width - 1; x++) {
      if (x >= exclude.x0 && x < exclude.x1 && y >= exclude.y0 && y < exclude.y1) continue;
      const l = lumaAt(plane, x, y);
      const g = Math.abs(lumaAt(plane, x + 1, y) - l) + Math.abs(lumaAt(plane, x, y + 1) - l);
      count++;
      if (g > edge) edges++;
    }
  }
  return count ? edges / count : 0;
}

/** Share of near-white, colourless pixels: specular reflections rather than a white shirt. */
export function highlightShare(plane: Plane, rect: PixelRect, minLuma: number): number {
  let count = 0, hits = 0;
  for (let y = rect.y0; y < rect.y1; y++) {
    for (let x = rect.x0; x < rect.x1; x++) {
      const i = (y * plane.stride + plane.ox + x) * 4;
      const r = plane.data[i]!, g = plane.data[i + 1]!, b = plane.data[i + 2]!;
      count++;
      if (lumaOf(r, g, b) >= minLuma && Math.max(r, g, b) - Math.min(r, g, b) < 40) hits++;
    }
  }
  return count ? hits / count : 0;
}
