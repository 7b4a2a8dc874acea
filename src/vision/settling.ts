// A webcam that has just opened is still settling its exposure and white balance for up to a second: the picture
// brightens (or darkens) frame by frame. Those frames are not the set-up, so they are not judged: "too dark" for
// a room that is fine a moment later would be a false finding, and the landmarker fits ghost faces on them (the
// webcam eval's far face). A frame is settling while the whole picture's brightness still moves by more than
// SETTLING.stepLuma from the frame before, and only in the camera's first SETTLING.maxMs: later changes (a lamp
// switched off, the person moving) are the set-up and are judged. A still photo never settles, so it loses nothing.

export const SETTLING = {
  /**
   * Mean-luma change (0-255) between two analysed frames that means the exposure is still moving. The eval's webcam
   * ramp moved the picture's mean by 1.8-11 per analysed frame; the settled, noisy picture by 0.6 at most.
   */
  stepLuma: 1.5,
  /** Webcams settle within about a second; never wait longer than this for it. */
  maxMs: 1500,
} as const;

/** Tracks one camera session's frames (their time and whole-picture mean luma). */
export class SettlingWatch {
  private first?: number;
  private previous?: number;
  private settled = false;

  /** Whether this frame is still part of the settling (not to be judged). */
  settling(at: number, sceneLuma: number): boolean {
    this.first ??= at;
    const step = this.previous === undefined ? Infinity : Math.abs(sceneLuma - this.previous);
    this.previous = sceneLuma;
    // Once settled, it stays settled. The first frame has nothing to compare with: it is judged (a still camera
    // must not lose it), and on a settling camera it is one frame among the window's, outvoted.
    if (this.settled || step === Infinity) return false;
    if (at - this.first > SETTLING.maxMs || step <= SETTLING.stepLuma) this.settled = true;
    return !this.settled;
  }
}
