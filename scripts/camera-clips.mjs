// How a fixture photo becomes a fake-camera clip, in one place for the e2e suite (tests/e2e/support/clips.ts)
// and `npm run eval`: the condition's picture is always made at 640x480 first (its filters are written in those
// pixels), then handed to a camera.
//
// Two camera axes:
// - "photo": the picture itself, the same pixels every frame, 15 fps (what every condition was first proven on).
// - "webcam": what a real USB webcam sends (../shared/NOTES.md, Cameras): temporal sensor noise that grows as the
//   light falls, an exposure and white-balance ramp over the first second (dark and blue, settling), a little sway,
//   MJPEG compression (encoded and decoded again, so its blocks and ringing are in the pixels), 30 fps that halves
//   to 15 fps in dim light. Blinks are not simulated: a still photo has no closed eyes to blend to.
// Camera size: a camera whose native picture is not 640x480 shows the condition's picture as its middle 4:3 part,
// with a blurred, stretched copy of it at the sides (so a browser that crops and scales to 640x480 hands the page
// exactly the condition; a page that took the whole 16:9 picture would see the sides too).
import { execFile, execFileSync } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The default framing of a photo: fill 640x480, cropped to it. */
export const FRAME = 'scale=640:480:force_original_aspect_ratio=increase,crop=640:480';

/** A clip's length. Chromium loops the file: a webcam clip outlasts a whole run (8 s of coaching after the camera opens), so its exposure ramp is seen once, as a real webcam's is. */
const SECONDS = { photo: 2, webcam: 10 };

/** Sensor noise (ffmpeg `noise` strength, 0-100) by light: a dim room gains up, and the noise with it. */
const NOISE = { normal: 7, dim: 18 };

/**
 * The camera a clip stands for: its axis, native size, and the light it sees ("dim" for conditions lit too low,
 * where webcams halve their frame rate and raise gain).
 * @typedef {{ axis?: 'photo' | 'webcam', width?: number, height?: number, light?: 'normal' | 'dim' }} Camera
 * @typedef {{ photo: string, filters?: string, raw?: string, light?: 'normal' | 'dim' }} Condition
 */

/** The frame rate the camera delivers. */
export function cameraFps(camera = {}) {
  if ((camera.axis ?? 'photo') === 'photo') return 15;
  return camera.light === 'dim' ? 15 : 30;
}

/** The -vf filter graph for a condition seen by a camera (without the final pixel format). */
export function clipGraph(condition, camera = {}) {
  const width = camera.width ?? 640, height = camera.height ?? 480;
  const axis = camera.axis ?? 'photo';
  const light = camera.light ?? condition.light ?? 'normal';
  const parts = [condition.raw ?? FRAME, condition.filters].filter(Boolean);
  if (axis === 'webcam') {
    // A little sway (a head and a hand-held laptop are never still): the picture moves by up to 3 px.
    parts.push(`scale=652:489,crop=640:480:x='6+3*sin(2*PI*t*0.5)':y='4+2*sin(2*PI*t*0.7)'`);
    // Exposure and white balance settling over the first second: darker and bluer at first.
    parts.push(`eq=brightness='-0.2*max(0,1-t)':gamma_b='1+0.3*max(0,1-t)':gamma_r='1-0.2*max(0,1-t)':eval=frame`);
  }
  if (width !== 640 || height !== 480) {
    const middle = Math.round((height * 4) / 3 / 2) * 2;
    parts.push(`split[cam_a][cam_b];[cam_a]scale=${width}:${height},boxblur=20[cam_side];[cam_b]scale=${middle}:${height}[cam_mid];[cam_side][cam_mid]overlay=(W-w)/2:0`);
  }
  if (axis === 'webcam') parts.push(`noise=alls=${NOISE[light]}:allf=t`);
  return parts.join(',');
}

/**
 * The file formats, encoder and muxer named outright (a clip is written to a `.part` file first). y4m: raw frames,
 * what Chromium's file camera reads. webm: VP8 for Firefox, which plays no y4m, near-lossless (a still compresses
 * to ~100 KB); the Firefox suite loops it in a <video> as its camera (tests/firefox/clip-camera.ts).
 */
const ENCODE = {
  y4m: ['-f', 'yuv4mpegpipe'],
  webm: ['-c:v', 'libvpx', '-crf', '4', '-b:v', '4M', '-deadline', 'good', '-cpu-used', '4', '-f', 'webm'],
};

/**
 * ffmpeg argument lists that write `out` in `format`: one pass for a photo clip; for a webcam clip, one pass to
 * MJPEG and one decoding it back, so the compression artefacts are in the frames the browser's camera reads.
 */
export function clipCommands(photoPath, condition, camera, out, format = 'y4m') {
  const fps = cameraFps(camera);
  const seconds = SECONDS[camera?.axis ?? 'photo'];
  const source = ['-v', 'error', '-y', '-loop', '1', '-i', photoPath, '-vf'];
  if ((camera?.axis ?? 'photo') === 'photo') {
    return [[...source, `${clipGraph(condition, camera)},format=yuv420p`, '-t', String(seconds), '-r', String(fps), ...ENCODE[format], out]];
  }
  const mjpeg = `${out}.mjpeg`;
  return [
    [...source, `${clipGraph(condition, camera)},format=yuvj420p`, '-t', String(seconds), '-r', String(fps), '-c:v', 'mjpeg', '-q:v', '7', '-f', 'mjpeg', mjpeg],
    ['-v', 'error', '-y', '-f', 'mjpeg', '-framerate', String(fps), '-i', mjpeg, '-pix_fmt', 'yuv420p', '-r', String(fps), ...ENCODE[format], out],
  ];
}

/** Writes the clip synchronously (cwd: the fixtures folder, so a filter can bring in another photo by name). */
export function makeClipSync(photoPath, condition, camera, out, cwd, format = 'y4m') {
  const part = `${out}.part`;
  for (const args of clipCommands(photoPath, condition, camera, part, format)) execFileSync('ffmpeg', args, { stdio: 'inherit', cwd });
  rmSync(`${part}.mjpeg`, { force: true });
  renameSync(part, out); // written aside and renamed, so a clip is never seen half-written
}

/** The same, without blocking (two at a time on these 2-core machines, see clips.ts). */
export async function makeClip(photoPath, condition, camera, out, cwd, format = 'y4m') {
  const part = `${out}.part`;
  for (const args of clipCommands(photoPath, condition, camera, part, format)) await run('ffmpeg', args, { cwd });
  rmSync(`${part}.mjpeg`, { force: true });
  renameSync(part, out);
}
