#!/usr/bin/env node
// Draws the toolbar/store icon (a face oval inside a camera viewfinder, with a check mark) at
// 16–128 px and writes PNGs to public/icons/. Run by hand when the design changes; the PNGs are
// committed because they are tiny and the build needs no image tool.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const SIZES = [16, 32, 48, 128];
const BLUE = [29, 78, 216];
const WHITE = [255, 255, 255];
const GREEN = [22, 163, 74];

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel(x, y), 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Signed distances in unit space (0..1): negative inside.
const roundedSquare = (u, v) => {
  const r = 0.2;
  const dx = Math.max(Math.abs(u - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(v - 0.5) - (0.5 - r), 0);
  return Math.hypot(dx, dy) - r;
};
const ovalRing = (u, v) => Math.abs(Math.hypot((u - 0.45) / 0.24, (v - 0.47) / 0.31) - 1) * 0.26 - 0.045;
const badge = (u, v) => Math.hypot(u - 0.74, v - 0.74) - 0.2;
const segment = (u, v, [ax, ay], [bx, by]) => {
  const t = Math.max(0, Math.min(1, ((u - ax) * (bx - ax) + (v - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(u - ax - t * (bx - ax), v - ay - t * (by - ay));
};
const check = (u, v) =>
  Math.min(segment(u, v, [0.65, 0.74], [0.71, 0.8]), segment(u, v, [0.71, 0.8], [0.83, 0.67])) - 0.035;

function shade(size) {
  const aa = 1 / size; // one pixel of anti-aliasing
  const cover = (d) => Math.max(0, Math.min(1, 0.5 - d / aa));
  return (x, y) => {
    const u = (x + 0.5) / size;
    const v = (y + 0.5) / size;
    let color = BLUE;
    let alpha = cover(roundedSquare(u, v));
    const layers = [
      [cover(ovalRing(u, v)), WHITE],
      [cover(badge(u, v) - 0.03), WHITE],
      [cover(badge(u, v)), GREEN],
      [cover(check(u, v)), WHITE],
    ];
    for (const [amount, layerColor] of layers) {
      color = color.map((c, i) => c + (layerColor[i] - c) * amount);
      if (layerColor !== WHITE || amount > 0) alpha = Math.max(alpha, amount);
    }
    return [...color.map(Math.round), Math.round(alpha * 255)];
  };
}

mkdirSync('public/icons', { recursive: true });
for (const size of SIZES) writeFileSync(`public/icons/${size}.png`, png(size, shade(size)));
console.log(`wrote public/icons/{${SIZES.join(',')}}.png`);
