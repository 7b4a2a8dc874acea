// face-count (guide scenario 7): exactly one face in view. The landmarker's own detector is
// short-range (BlazeFace at 128 px): it misses faces under about 60 px, so a group or a person far
// behind the user reads as nobody or as one. The small-face scan fills that gap: any face it finds
// away from the tracked face(s) is another person, and two or more faces anywhere are several.
import { median, share } from '../../vision/aggregate';
import { WINDOW } from '../../vision/limits';
import type { FrameRecord, ScanSummary } from '../../vision/window';
import { defineCheck, windowJudging, type Finding } from '../define';
import { fail, num, ok, pair, paramsOf, skip } from './judging';
import { VISION_SKIP_TEXT } from './skips';

export const FACES = {
  /** Another face in a third of the frames fails: FaceTec locks onto whichever face it likes. */
  severalShare: 0.3,
  /**
   * A whole picture darker than this (mean luma 0-255) with no face found is too dark to find one in, not
   * empty. Measured on the eval (2026-12-03): through the webcam axis's noise the landmarker lost the face at
   * picture means of 20 and 24 (very-dark, very-dark-a5) and still found it at 25-43 (the dark conditions); an
   * empty lit room reads 99-101; a face in a picture this dark fails lighting anyway (face means 12-52 there).
   */
  sceneDarkMean: 30,
} as const;

/** No face found, and the picture is too dark to find one in (the median frame's brightness). */
export function tooDarkToSee(frames: readonly FrameRecord[]): boolean {
  const lumas = frames.flatMap((f) => (f.sceneLuma === undefined ? [] : [f.sceneLuma]));
  return lumas.length > 0 && (median(lumas) ?? Infinity) < FACES.sceneDarkMean;
}

export function faceCountFinding(frames: readonly FrameRecord[], scan?: ScanSummary): Finding {
  if (frames.length === 0) return skip('no-frames');
  if (share(frames, (f) => f.faceCount >= 2) >= FACES.severalShare) return fail('several');
  const nobodyTracked = share(frames, (f) => f.faceCount === 0) >= WINDOW.failShare;
  // With a face tracked, scan hits near it are that face (even when it moves between tiles): only a
  // face clear of it is someone else. With nobody tracked, two faces anywhere are a group.
  if (scan && (scan.others >= 1 || (nobodyTracked && scan.faces >= 2))) return fail('several');
  // Nobody found in the dark is the light's fault: lighting fails "dark" and says what to do.
  if (nobodyTracked) return tooDarkToSee(frames) ? skip('light') : fail('none');
  return ok;
}

export const FACE_COUNT = defineCheck({
  id: 'face-count',
  family: 'vision',
  causes: ['none', 'several'],
  text: {
    ...VISION_SKIP_TEXT,
    // A face the scan found but too small for the landmarker is "too far", never "no face".
    none: {
      summary: (m) => ({ key: num(m, 'scanFaces') === 1 ? 'vision.face-count.none.far' : 'vision.face-count.none', params: paramsOf(m) }),
      fix: (m) => ({ key: num(m, 'scanFaces') === 1 ? 'vision.distance.too-far.fix' : 'vision.face-count.none.fix', params: paramsOf(m) }),
    },
    several: pair('vision.face-count.several', 'vision.face-count.several.fix'),
  },
  topic: 7,
  tier: 1,
  live: 0,
  shown: { frames: 'number', faces: 'number', singleFaceFrames: 'number' },
  ticks: ['env-background'],
  window: windowJudging({
    passKey: 'vision.face-count.ok',
    // The face checks need half the window's frames to show one face, and nobody else in view.
    faceSkipAfter: (finding, { window: { frames }, single }) => {
      const several = finding.code === 'several';
      if (single.length >= Math.ceil(WINDOW.minFrames / 2) && !several) return undefined;
      if (finding.code === 'light') return 'light';
      return frames.length === 0 ? 'no-frames' : several ? 'several-faces' : 'no-face';
    },
    judge: ({ window: { frames, scan }, single }) => ({
      finding: faceCountFinding(frames, scan),
      measured: {
        frames: frames.length,
        faces: Math.max(median(frames.map((f) => f.faceCount)) ?? 0, scan?.faces ?? 0),
        singleFaceFrames: single.length,
        ...(frames.some((f) => f.sceneLuma !== undefined) ? { sceneLuma: Math.round(median(frames.flatMap((f) => (f.sceneLuma === undefined ? [] : [f.sceneLuma]))) ?? 0) } : {}),
        ...(scan ? { scanFaces: scan.faces, scanOthers: scan.others, scanTiles: scan.tiles } : {}),
      },
    }),
  }),
});
