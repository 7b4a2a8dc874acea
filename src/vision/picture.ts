// The picture every measurement of a frame is made on: the video's current frame drawn once into a
// canvas of the track's own size. Why not the <video> itself: a camera whose native picture is 16:9,
// asked for 640x480, is cropped and scaled by Chromium inside the track (resizeMode "crop-and-scale").
// The preview and a canvas drawing of the element show that cropped picture, but MediaPipe's upload of
// the element (detectForVideo(video)) received the whole uncropped camera frame: a well-framed face was
// measured 1.5 times too large and off centre ("too close", "face cut off"; ../shared/NOTES.md,
// Cameras). One copy per frame makes the landmarker, the pixel sampler, the small-face scan and the face
// frame all see what the person sees in the preview. Its cost is the video's colour conversion, which the
// landmarker paid itself before: 4.1-4.5 ms at 640x480 on these machines (software canvas), while the
// landmarker fell by about as much (27.4 -> 22.9 ms a frame), so the frame's total stayed 33-34 ms.

/** A frame as analysed: a canvas holding exactly the picture the track delivers. */
export interface Picture {
  readonly canvas: OffscreenCanvas;
  readonly width: number;
  readonly height: number;
}

/** Copies each video frame into one reused canvas (resized when the track's size changes). */
export class PictureCopier {
  private canvas?: OffscreenCanvas;
  private ctx?: OffscreenCanvasRenderingContext2D | null;

  /** The video's current frame at videoWidth x videoHeight; undefined before the first frame. */
  capture(video: HTMLVideoElement): Picture | undefined {
    const width = video.videoWidth, height = video.videoHeight;
    if (!width || !height) return undefined;
    if (!this.canvas || this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas = new OffscreenCanvas(width, height);
      // No willReadFrequently: the landmarker uploads this canvas to WebGL, so it should stay where the GPU is.
      this.ctx = this.canvas.getContext('2d', { alpha: false });
    }
    if (!this.ctx) throw new Error('2d canvas unavailable');
    this.ctx.drawImage(video, 0, 0, width, height);
    return { canvas: this.canvas, width, height };
  }
}
