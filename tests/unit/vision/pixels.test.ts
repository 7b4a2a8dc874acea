import { describe, expect, it } from 'vitest';
import { edgeDensity, highlightShare } from '../../../src/vision/clutter';
import { chromaDistance, colourCast, lumaOf, regionStats, toPixelRect, warmth } from '../../../src/vision/pixels';
import { sharpness } from '../../../src/vision/sharpness';
import { grey, planeFrom } from './helpers';

const all = { x0: 0, y0: 0, x1: 20, y1: 20 };

describe('regionStats', () => {
  it.each([
    ['flat mid grey', planeFrom(20, 20, () => grey(128)), { meanLuma: 128, underShare: 0, overShare: 0 }],
    ['half black half white', planeFrom(20, 20, (x) => grey(x < 10 ? 0 : 255)), { meanLuma: 127.5, underShare: 0.5, overShare: 0.5 }],
    ['quarter crushed', planeFrom(20, 20, (x) => grey(x < 5 ? 10 : 120)), { underShare: 0.25, overShare: 0 }],
  ])('%s', (_name, plane, expected) => {
    const stats = regionStats(plane, all, { under: 30, over: 247 });
    for (const [key, value] of Object.entries(expected)) expect(stats[key as keyof typeof stats]).toBeCloseTo(value, 5);
  });

  it('skips the excluded rect and reads a window of a wider buffer', () => {
    const plane = planeFrom(20, 20, (x, y) => grey(x >= 5 && x < 15 && y >= 5 && y < 15 ? 0 : 200));
    expect(regionStats(plane, all, { exclude: { x0: 5, y0: 5, x1: 15, y1: 15 } }).meanLuma).toBeCloseTo(200, 5);
    const wide = planeFrom(40, 10, (x) => grey(x < 20 ? 10 : 240));
    expect(regionStats({ ...wide, width: 20, ox: 20 }, { x0: 0, y0: 0, x1: 20, y1: 10 }).meanLuma).toBeCloseTo(240, 5);
  });

  it('chromaticity ignores brightness, distance separates colours', () => {
    const dim = regionStats(planeFrom(4, 4, () => [100, 70, 50]), { x0: 0, y0: 0, x1: 4, y1: 4 });
    const bright = regionStats(planeFrom(4, 4, () => [200, 140, 100]), { x0: 0, y0: 0, x1: 4, y1: 4 });
    const blue = regionStats(planeFrom(4, 4, () => [60, 90, 200]), { x0: 0, y0: 0, x1: 4, y1: 4 });
    expect(chromaDistance(dim, bright)).toBeLessThan(0.01);
    expect(chromaDistance(dim, blue)).toBeGreaterThan(0.2);
  });

  it('warmth is ln(mean red / mean blue): brightness cancels, a tint of the light adds to every part alike', () => {
    const box = { x0: 0, y0: 0, x1: 4, y1: 4 };
    const skin = regionStats(planeFrom(4, 4, () => [200, 150, 140]), box);
    expect(warmth(skin)).toBeCloseTo(Math.log(200 / 140), 5);
    expect(warmth(regionStats(planeFrom(4, 4, () => [100, 75, 70]), box))).toBeCloseTo(warmth(skin), 5);
    // Black pixels carry no colour: half the region black leaves the warmth of the rest.
    expect(warmth(regionStats(planeFrom(4, 4, (x) => (x < 2 ? [0, 0, 0] : [200, 150, 140])), box))).toBeCloseTo(warmth(skin), 5);
    const orange = regionStats(planeFrom(4, 4, () => [200, 120, 70]), box);
    expect(warmth(orange)).toBeGreaterThan(warmth(skin) + 0.5);
  });

  it('the colour cast is the part of the face nearest natural skin: a light tints all of it, a mask only part', () => {
    const box = { x0: 0, y0: 0, x1: 4, y1: 4 };
    const of = (rgb: [number, number, number]) => regionStats(planeFrom(4, 4, () => rgb), box);
    const skin = of([200, 150, 140]); // ln(200/140) = 0.357
    const blueMask = of([143, 193, 220]);
    const orangeSkin = of([220, 130, 70]);
    const orangeBrow = of([210, 125, 75]);
    expect(colourCast([skin, blueMask], 0.36)).toBeCloseTo(Math.log(200 / 140) - 0.36, 5);
    expect(colourCast([blueMask, skin], 0.36)).toBeCloseTo(Math.log(200 / 140) - 0.36, 5);
    expect(colourCast([orangeSkin, orangeBrow], 0.36)).toBeCloseTo(Math.log(210 / 75) - 0.36, 5);
    expect(colourCast([of([0, 0, 0])].map((s) => ({ ...s, count: 0 })), 0.36)).toBe(0);
  });

  it('lumaOf uses Rec. 601 weights', () => {
    expect(lumaOf(255, 255, 255)).toBeCloseTo(255, 5);
    expect(lumaOf(255, 0, 0)).toBeCloseTo(76.245, 3);
  });
});

describe('toPixelRect', () => {
  const plane = planeFrom(100, 50, () => grey(0));
  it.each([
    ['whole frame', { x: 0, y: 0, w: 1, h: 1 }, { x: 0.25, y: 0.5, w: 0.5, h: 0.5 }, { x0: 25, y0: 25, x1: 75, y1: 50 }],
    ['clamped at the edges', { x: 0, y: 0, w: 1, h: 1 }, { x: -0.2, y: 0.9, w: 0.5, h: 0.5 }, { x0: 0, y0: 45, x1: 30, y1: 50 }],
    ['inside a crop', { x: 0.5, y: 0.5, w: 0.5, h: 0.5 }, { x: 0.5, y: 0.75, w: 0.25, h: 0.25 }, { x0: 0, y0: 25, x1: 50, y1: 50 }],
  ])('%s', (_name, covered, rect, expected) => expect(toPixelRect(plane, covered, rect)).toEqual(expected));
});

describe('sharpness is contrast-normalised texture', () => {
  const checker = (x: number, y: number) => grey((x + y) % 2 ? 200 : 60);
  const ramp = (x: number) => grey(40 + x * 8);
  it.each([
    ['fine checkerboard is sharp', planeFrom(20, 20, checker), (v: number) => v > 1],
    ['a smooth ramp is not', planeFrom(20, 20, ramp), (v: number) => v < 0.05],
    ['a flat region scores 0', planeFrom(20, 20, () => grey(120)), (v: number) => v === 0],
  ])('%s', (_name, plane, ok) => expect(ok(sharpness(plane, all))).toBe(true));

  it('does not depend on brightness or contrast', () => {
    const low = planeFrom(20, 20, (x, y) => grey((x + y) % 3 ? 60 : 80));
    const high = planeFrom(20, 20, (x, y) => grey((x + y) % 3 ? 60 : 180));
    expect(sharpness(low, all)).toBeCloseTo(sharpness(high, all), 5);
  });
});

describe('edgeDensity and highlightShare', () => {
  it('a plain wall has no edges, stripes have many, the excluded face does not count', () => {
    const none = { x0: 0, y0: 0, x1: 0, y1: 0 };
    expect(edgeDensity(planeFrom(20, 20, () => grey(150)), none, 40)).toBe(0);
    expect(edgeDensity(planeFrom(20, 20, (x) => grey(x % 2 ? 30 : 220)), none, 40)).toBeGreaterThan(0.9);
    expect(edgeDensity(planeFrom(20, 20, (x) => grey(x < 10 && x % 2 ? 30 : 220)), { x0: 0, y0: 0, x1: 10, y1: 20 }, 40)).toBe(0);
  });

  it('counts near-white colourless pixels only', () => {
    expect(highlightShare(planeFrom(10, 10, (x) => (x < 2 ? grey(252) : grey(120))), { x0: 0, y0: 0, x1: 10, y1: 10 }, 245)).toBeCloseTo(0.2, 5);
    expect(highlightShare(planeFrom(10, 10, () => [255, 250, 180]), { x0: 0, y0: 0, x1: 10, y1: 10 }, 245)).toBe(0);
  });
});
