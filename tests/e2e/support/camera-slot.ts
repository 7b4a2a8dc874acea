// One browser launch for many fake-camera clips. Chromium opens its --use-file-for-fake-video-capture file anew
// for each capture session (once every track of the previous one has stopped): under one launch, alternating an
// ideal clip and an empty room reported face-count pass, fail, pass, fail. So putting another clip at the path the
// launch points to changes what the next getUserMedia delivers. Every swap is proved, not assumed: the first frame
// the run receives must match the new clip and not the one before it (see CameraSlot.delivered).
import { readFileSync, copyFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { clipPath, defineClip } from './clips';
import { CLIP_DIR } from './paths';

const W = 640;
const H = 480;
/** Compared at half resolution (2x2 means): fine enough to tell a blurred clip from a sharp one. */
const SW = W / 2;
const SH = H / 2;

/** Each frame's luma (Y plane) of a 640x480 4:2:0 y4m clip, at half resolution. */
function clipLuma(path: string): Float32Array[] {
  const data = readFileSync(path);
  let at = data.indexOf(0x0a) + 1; // after the stream header
  const frames: Float32Array[] = [];
  while (at < data.length) {
    at = data.indexOf(0x0a, at) + 1; // after "FRAME...\n"
    frames.push(halve((x, y) => data[at + y * W + x]!));
    at += (W * H * 3) / 2;
  }
  return frames;
}

function halve(lumaAt: (x: number, y: number) => number): Float32Array {
  const out = new Float32Array(SW * SH);
  for (let y = 0; y < SH; y++)
    for (let x = 0; x < SW; x++)
      out[y * SW + x] = (lumaAt(2 * x, 2 * y) + lumaAt(2 * x + 1, 2 * y) + lumaAt(2 * x, 2 * y + 1) + lumaAt(2 * x + 1, 2 * y + 1)) / 4;
  return out;
}

/** Mean absolute luma difference between a captured picture and the nearest frame of a clip. */
function distance(picture: Float32Array, clip: Float32Array[]): number {
  let best = Infinity;
  for (const frame of clip) {
    let sum = 0;
    for (let i = 0; i < picture.length; i++) sum += Math.abs(picture[i]! - frame[i]!);
    best = Math.min(best, sum / picture.length);
  }
  return best;
}

/**
 * In the page, before the run: the first frame of the first camera stream the page opens is kept as studio-range
 * luma (what the y4m holds) at half size, on window.__slotPicture. The run's own stream, so no extra capture.
 */
function installPictureRecorder([w, h]: readonly [number, number]): void {
  const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  let armed = true;
  navigator.mediaDevices.getUserMedia = async (constraints) => {
    const stream = await original(constraints);
    if (!armed || stream.getVideoTracks().length === 0) return stream;
    armed = false;
    const video = document.createElement('video');
    video.muted = true;
    video.srcObject = stream;
    const canvas = new OffscreenCanvas(w, h);
    const g = canvas.getContext('2d', { willReadFrequently: true })!;
    let frames = 0;
    // The first frames a new video hands over can still be blank: keep the first one with a picture in it.
    const onFrame = () => {
      g.drawImage(video, 0, 0, w, h);
      const rgba = g.getImageData(0, 0, w, h).data;
      let low = 255;
      let high = 0;
      for (let i = 0; i < rgba.length; i += 4 * 97) {
        low = Math.min(low, rgba[i + 1]!);
        high = Math.max(high, rgba[i + 1]!);
      }
      if (high - low < 16 && ++frames < 30) {
        video.requestVideoFrameCallback(onFrame);
        return;
      }
      video.srcObject = null;
      const luma = new Array<number>((w / 2) * (h / 2));
      const y = (i: number) => 16 + (65.481 * rgba[i]! + 128.553 * rgba[i + 1]! + 24.966 * rgba[i + 2]!) / 255;
      for (let row = 0; row < h / 2; row++)
        for (let col = 0; col < w / 2; col++) {
          const i = (2 * row * w + 2 * col) * 4;
          luma[row * (w / 2) + col] = (y(i) + y(i + 4) + y(i + w * 4) + y(i + w * 4 + 4)) / 4;
        }
      (window as unknown as { __slotPicture: number[] }).__slotPicture = luma;
    };
    video.requestVideoFrameCallback(onFrame);
    void video.play();
    return stream;
  };
}

export interface Delivered {
  /** Distance to the clip just put in place and to the one before it (mean |ΔY| over the picture). */
  toCurrent: number;
  toPrevious: number;
}

/** A camera whose clip can be changed between runs of one launch. */
export class CameraSlot {
  readonly name: string;
  private current?: string;
  private previous?: string;
  private readonly luma = new Map<string, Float32Array[]>();

  constructor(name = 'camera-slot') {
    this.name = name;
  }

  /** The clip the launch points to (launchExtension({ clip: slot.clipFor(first) })). */
  clipFor(first: string): string {
    this.put(first);
    // Already in place, so clipPath() finds it and generates nothing from this spec.
    defineClip(this.name, { photo: 'none: filled by CameraSlot.put' });
    return this.name;
  }

  /** Puts this clip where the launch reads its camera (atomically: a session never reads half a file). */
  put(clip: string): string {
    // The same clip again would make the proof below vacuous (it could not tell a swap from none).
    if (clip === this.current) throw new Error(`"${clip}" is already in the camera slot: put another clip first`);
    const target = join(CLIP_DIR, `${this.name}.y4m`);
    copyFileSync(clipPath(clip), `${target}.part`);
    renameSync(`${target}.part`, target);
    this.previous = this.current;
    this.current = clip;
    return target;
  }

  private lumaOf(clip: string): Float32Array[] {
    if (!this.luma.has(clip)) this.luma.set(clip, clipLuma(clipPath(clip)));
    return this.luma.get(clip)!;
  }

  /** Call on the page before its run: it keeps the first frame its camera delivers. */
  async watch(page: Page): Promise<void> {
    await page.evaluate(installPictureRecorder, [W, H] as const);
  }

  /**
   * How close the first frame the page's camera delivered (see watch) is to the clip now in place and to the one
   * before it. The positive control of the swap: toCurrent must be small and well under toPrevious.
   */
  async delivered(page: Page): Promise<Delivered> {
    const handle = await page.waitForFunction(() => (window as unknown as { __slotPicture?: number[] }).__slotPicture, undefined, { timeout: 10_000 });
    const picture = Float32Array.from((await handle.jsonValue()) as number[]);
    return {
      toCurrent: distance(picture, this.lumaOf(this.current!)),
      toPrevious: this.previous ? distance(picture, this.lumaOf(this.previous)) : Infinity,
    };
  }
}
