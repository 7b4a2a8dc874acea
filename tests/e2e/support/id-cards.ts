// Fake ID cards for the "ID photo match" page: a fixture photo set into a plain ID-1 card layout by ffmpeg, with
// the condition under test (blurred, glare on the portrait, no face, a tiny portrait, underexposed) made by
// construction. Like the clips, each file is generated once per run, on first use, into CLIP_DIR, written aside and
// renamed so it is never seen half-written. ffmpeg only: the CI machines have no ImageMagick.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { CLIP_DIR, FACES_DIR } from './paths';

export type IdCardName = 'card' | 'blurred' | 'glared' | 'faceless' | 'tiny' | 'dark';

const CARD_DIR = join(CLIP_DIR, 'id-cards');

// The ID-1 card (85.60 x 53.98 mm) at about 300 dpi, and its portrait box.
const CARD = { w: 1012, h: 638 };
const PORTRAIT = { x: 60, y: 130, w: 280, h: 350 };
const TINY = { w: 36, h: 45 };

/**
 * Crop rectangles (source pixels, 4:5 like the portrait box) that centre each photo's face, with the eyes at about
 * 42 % of the height and the face (cheek to cheek) filling about 65 % of the width. Read off the photos by eye.
 * Other photos get the largest centred 4:5 crop.
 */
const CROPS: Record<string, { x: number; y: number; w: number; h: number }> = {
  'stock-emotions-a-1.jpg': { x: 110, y: 0, w: 780, h: 975 },
  'stock-emotions-a-5.jpg': { x: 274, y: 90, w: 552, h: 690 },
  'stock-teen-6.jpg': { x: 120, y: 202, w: 720, h: 900 },
  'person-christina.jpg': { x: 255, y: 0, w: 260, h: 325 },
  'person-lexi.jpg': { x: 400, y: 170, w: 320, h: 400 },
  'stock-teen-2.jpg': { x: 286, y: 219, w: 280, h: 350 },
};

function cropFilter(photo: string): string {
  const c = CROPS[photo];
  return c ? `crop=${c.w}:${c.h}:${c.x}:${c.y}` : "crop='min(iw,ih*4/5)':'min(ih,iw*5/4)'";
}

/** Background, header band, portrait frame and "text" bars: everything but the portrait itself. */
const LAYOUT = [
  `color=c=0xdfe6ee:s=${CARD.w}x${CARD.h}:r=1`,
  'format=rgb24',
  // Header band, with a light "title" and a smaller "subtitle" bar in it.
  `drawbox=x=0:y=0:w=${CARD.w}:h=90:color=0x36506b:t=fill`,
  'drawbox=x=60:y=26:w=360:h=24:color=0xe8eef4:t=fill',
  'drawbox=x=60:y=60:w=220:h=10:color=0xa9b8c8:t=fill',
  // A thin frame around the portrait box.
  `drawbox=x=${PORTRAIT.x - 4}:y=${PORTRAIT.y - 4}:w=${PORTRAIT.w + 8}:h=${PORTRAIT.h + 8}:color=0x8a96a3:t=4`,
  // Right half: field labels (short, light) above field values (long, dark).
  ...[150, 230, 310, 390].flatMap((y, i) => [
    `drawbox=x=540:y=${y}:w=${[110, 90, 140, 100][i]}:h=12:color=0x8a939c:t=fill`,
    `drawbox=x=540:y=${y + 22}:w=${[380, 300, 240, 340][i]}:h=24:color=0x3d4349:t=fill`,
  ]),
  // A signature-like stroke under the fields.
  'drawbox=x=540:y=500:w=200:h=6:color=0x3d4349:t=fill',
].join(',');

/** A bright, near-white reflection over the face: opaque in the middle, fading out at the rim of the ellipse. */
const GLARE =
  `color=c=white:s=${PORTRAIT.w}x${PORTRAIT.h}:r=1,format=rgba,` +
  `geq=r=255:g=253:b=247:a='250*clip(3*(1-hypot((X-140)/108\\,(Y-180)/138))\\,0\\,1)'`;

function cardGraph(photo: string, variant: IdCardName): { inputs: string[]; graph: string } {
  const face = `${cropFilter(photo)},scale=${PORTRAIT.w}:${PORTRAIT.h},setsar=1`;
  const at = `${PORTRAIT.x}:${PORTRAIT.y}`;
  const input = ['-i', join(FACES_DIR, photo)];
  const post = {
    card: '',
    glared: '',
    faceless: '',
    tiny: '',
    blurred: ',gblur=sigma=7',
    // Underexposed by about 2.6 stops (mean luminance about 30/255): a multiplicative scale keeps the face readable,
    // where a plain offset (eq=brightness=-0.45) leaves the pale card's mean near 67/255 and crushes the shadows.
    dark: ',colorchannelmixer=rr=0.16:gg=0.16:bb=0.16',
  }[variant];
  const end = `${post},scale=out_range=full,format=yuvj420p[out]`;
  switch (variant) {
    case 'faceless':
      return { inputs: [], graph: `${LAYOUT}[bg];color=c=0xa7adb4:s=${PORTRAIT.w}x${PORTRAIT.h}:r=1[p];[bg][p]overlay=${at}${end}` };
    case 'tiny': {
      const x = PORTRAIT.x + (PORTRAIT.w - TINY.w) / 2;
      const y = PORTRAIT.y + (PORTRAIT.h - TINY.h) / 2;
      const small = `${cropFilter(photo)},scale=${TINY.w}:${TINY.h},setsar=1`;
      return { inputs: input, graph: `${LAYOUT}[bg];[0:v]${small}[p];[bg][p]overlay=${x}:${y}${end}` };
    }
    case 'glared':
      return { inputs: input, graph: `${LAYOUT}[bg];[0:v]${face}[f];${GLARE}[g];[f][g]overlay=0:0[p];[bg][p]overlay=${at}${end}` };
    default:
      return { inputs: input, graph: `${LAYOUT}[bg];[0:v]${face}[p];[bg][p]overlay=${at}${end}` };
  }
}

/** Writes `out` through a per-process temporary name and a rename, so a reader never sees it half-written. */
function atomically(out: string, write: (part: string) => void): string {
  if (existsSync(out)) return out;
  mkdirSync(CARD_DIR, { recursive: true });
  const part = `${out}.${process.pid}.part${extname(out)}`;
  write(part);
  renameSync(part, out);
  return out;
}

function ffmpeg(args: string[]): void {
  execFileSync('ffmpeg', ['-v', 'error', '-y', ...args], { stdio: 'inherit', cwd: FACES_DIR });
}

/** A JPEG (quality about 90) of `photo` set into an ID card, in the given condition. */
export function idCardPath(photo: string, variant: IdCardName = 'card'): string {
  const out = join(CARD_DIR, `${basename(photo, extname(photo))}-${variant}.jpg`);
  return atomically(out, (part) => {
    const { inputs, graph } = cardGraph(photo, variant);
    ffmpeg([...inputs, '-filter_complex', graph, '-map', '[out]', '-frames:v', '1', '-q:v', '2', part]);
  });
}

/** Files the page must refuse: a HEIC (which Chromium cannot decode), plain text, and a JPEG over the size limit. */
export function unreadableFiles(): { heic: string; text: string; big: string } {
  const heic = atomically(join(CARD_DIR, 'photo.heic'), (part) => {
    const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic'), Buffer.from([0, 0, 0, 0]), Buffer.from('mif1heic')]);
    writeFileSync(part, Buffer.concat([ftyp, randomBytes(2048)]));
  });
  const text = atomically(join(CARD_DIR, 'notes.txt'), (part) => {
    writeFileSync(part, 'These are my notes, not a photo of an ID card.\n');
  });
  const big = atomically(join(CARD_DIR, 'huge.jpg'), (part) => {
    const bytes = Buffer.alloc(26 * 1024 * 1024);
    bytes.set([0xff, 0xd8, 0xff, 0xe0]);
    writeFileSync(part, bytes);
  });
  return { heic, text, big };
}

/** A fake-camera clip: the normal card of `photo` held up, steady and entirely in view, against background.jpg. */
export function idHeldUpClipPath(photo: string): string {
  const out = join(CLIP_DIR, `id-held-up-${basename(photo, extname(photo))}.y4m`);
  if (existsSync(out)) return out;
  const card = idCardPath(photo, 'card');
  mkdirSync(CLIP_DIR, { recursive: true });
  // 420x265 centred in 640x480: 110 px of margin left and right, about 107 above and below.
  const graph =
    '[0:v]scale=640:480:force_original_aspect_ratio=increase,crop=640:480,setsar=1[bg];' +
    '[1:v]scale=420:-2,setsar=1[c];[bg][c]overlay=(W-w)/2:(H-h)/2,format=yuv420p[out]';
  const part = `${out}.${process.pid}.part.y4m`;
  ffmpeg(['-loop', '1', '-i', 'background.jpg', '-loop', '1', '-i', card, '-filter_complex', graph, '-map', '[out]', '-t', '3', '-r', '15', part]);
  renameSync(part, out);
  return out;
}
