// A face for Firefox's pre-flight. Firefox's own fake camera is a green picture and cannot play a file, so no face
// check could be proven in Firefox. The test alone swaps the camera (no seam in the product): before Run it replaces
// the page's navigator.mediaDevices.getUserMedia with one that loops a clip in a detached <video muted loop> and
// returns its captureStream() (Firefox 153 has it unprefixed; mozCaptureStream is the older name, kept as a fallback).
// Measured in firefox-esr 153.8: the captured track reports getSettings() 640x480 like a camera, an empty label (an
// unnamed camera), and stop() ends it; enumerateDevices and the permission query still answer from Firefox's fake
// camera, as they would without the swap.
//
// The clip travels as bytes through evaluate and plays from a blob: URL, so nothing is fetched: the extension page
// makes no network request in the test either, and its CSP plays no part (a URL on the suite's local server would pass
// today's CSP, which names no media-src, but would be a network load the product never makes).
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';

/** Runs inside the page: from now on every camera the page opens is this clip (the last one installed). */
export function installClipCamera(base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  const page = window as unknown as { __clipCameraUrl?: string };
  if (page.__clipCameraUrl) URL.revokeObjectURL(page.__clipCameraUrl);
  const url = (page.__clipCameraUrl = URL.createObjectURL(new Blob([bytes], { type: 'video/webm' })));
  navigator.mediaDevices.getUserMedia = async (constraints) => {
    if (!constraints?.video) throw new DOMException('the clip camera has no microphone', 'NotFoundError');
    const video = Object.assign(document.createElement('video'), { muted: true, loop: true, playsInline: true, src: url });
    await video.play();
    const capturing = video as HTMLVideoElement & { captureStream?: () => MediaStream; mozCaptureStream?: () => MediaStream };
    const stream = (capturing.captureStream ?? capturing.mozCaptureStream)!.call(video);
    // The page releases the camera by stopping its tracks: the clip stops with them, as a camera's light goes off.
    for (const track of stream.getTracks()) {
      const stop = track.stop.bind(track);
      track.stop = () => {
        stop();
        video.pause();
        video.removeAttribute('src');
        video.load();
      };
    }
    return stream;
  };
}

/** Makes `clip` (a WebM file) the page's camera until the page navigates or another clip is installed. */
export async function useClipCamera(page: Page, clip: string): Promise<void> {
  await page.evaluate(installClipCamera, readFileSync(clip).toString('base64'));
}
