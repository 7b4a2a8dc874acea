// Everything measured on one frame that shows exactly one face: pure, over landmarks and the
// pixels sampled once for this frame.
import { edgeDensity, highlightShare } from './clutter';
import { distanceCm, eyeAspectRatio, faceRegions, landmarkBox, placement } from './geometry';
import { chromaDistance, colourCast, regionStats, toPixelRect } from './pixels';
import { poseFromMatrix } from './pose';
import { sharpness } from './sharpness';
import { edgeOrientationRatio, relativeTexture } from './texture';
import { MEASURING } from './limits';
import type { FaceObservation, FrameMetrics, FrameSample, NormRect } from './types';

const WHOLE: NormRect = { x: 0, y: 0, w: 1, h: 1 };

export interface FrameSize {
  width: number;
  height: number;
}

export function frameMetrics(face: FaceObservation, sample: FrameSample, size: FrameSize): FrameMetrics {
  const aspect = size.width / size.height;
  const pose = face.matrix ? poseFromMatrix(face.matrix) : undefined;
  const where = placement(face.landmarks, aspect);
  const regions = faceRegions(face.landmarks, aspect);
  const crop = (rect: NormRect) => toPixelRect(sample.face, sample.faceBox, rect);
  const stats = (rect: NormRect) => regionStats(sample.face, crop(rect), { under: MEASURING.underLuma, over: MEASURING.overLuma });

  const inner = stats(regions.inner);
  const cheeks = [stats(regions.cheekL), stats(regions.cheekR)];
  // Illumination uniformity between the face's halves, from skin patches that stay on the face
  // even when the head turns (a half-face box would take in background on the far side).
  const leftSide = (cheeks[0]!.meanLuma + stats(regions.lowCheekL).meanLuma) / 2;
  const rightSide = (cheeks[1]!.meanLuma + stats(regions.lowCheekR).meanLuma) / 2;
  const cheekLuma = (cheeks[0]!.meanLuma + cheeks[1]!.meanLuma) / 2 || 1;
  const eyeBand = stats(regions.eyeBand);
  const glabella = stats(regions.glabella);
  const lower = [stats(regions.nose), stats(regions.chin)];
  const forehead = stats(regions.forehead);
  // Each eye against the cheek below it on its own side, so light falling from one side darkens
  // an eye and its cheek alike and leaves the ratio; hair over one eye darkens the eye alone.
  const eyeSides = [stats(regions.eyeL).meanLuma / Math.max(1, cheeks[0]!.meanLuma), stats(regions.eyeR).meanLuma / Math.max(1, cheeks[1]!.meanLuma)];
  const cheekTexture = (relativeTexture(sample.face, crop(regions.cheekL)) + relativeTexture(sample.face, crop(regions.cheekR))) / 2;

  // Background: the frame outside the face box widened for hair and ears, above the chin
  // (below it are neck and shoulders, not what is behind the user).
  const box = landmarkBox(face.landmarks);
  const wide = { x: box.x - box.w * 0.35, y: box.y - box.h * 0.45, w: box.w * 1.7, h: box.h * 1.45 };
  const exclude = toPixelRect(sample.frame, WHOLE, wide);
  const above = toPixelRect(sample.frame, WHOLE, { x: 0, y: 0, w: 1, h: box.y + box.h });
  const background = regionStats(sample.frame, above, { exclude });

  const blinks = face.blendshapes
    ? [face.blendshapes.eyeBlinkLeft, face.blendshapes.eyeBlinkRight].filter((v): v is number => v !== undefined)
    : [];
  return {
    yaw: pose?.yaw,
    pitch: pose?.pitch,
    roll: pose?.roll,
    distanceCm: distanceCm(face.landmarks, size.width, size.height, pose?.yaw ?? 0),
    ...where,
    faceMean: inner.meanLuma,
    underShare: inner.underShare,
    overShare: inner.overShare,
    uniformity: Math.min(leftSide, rightSide) / Math.max(1, leftSide, rightSide),
    // A light's tint is on the whole face: read on the inner face and between the brows, the one nearer natural
    // skin counts, so a coloured mask or scarf over the lower face is not a cast (the glabella stays skin).
    colourCast: colourCast([inner, glabella], MEASURING.skinWarmth),
    backlightRatio: background.count > 0 ? background.meanLuma / Math.max(1, inner.meanLuma) : 0,
    sharpness: sharpness(sample.face, crop(regions.inner)),
    blink: blinks.length ? Math.max(...blinks) : undefined,
    eyeAspect: eyeAspectRatio(face.landmarks, aspect),
    eyeBandRatio: eyeBand.meanLuma / cheekLuma,
    lowerFaceChroma: Math.max(...lower.map((region) => chromaDistance(region, glabella))),
    lowerFaceEdges: edgeOrientationRatio(sample.face, crop(regions.lowerFace)),
    foreheadRatio: forehead.meanLuma / cheekLuma,
    eyeBalance: Math.min(...eyeSides) / Math.max(1e-3, ...eyeSides),
    brighterEye: Math.max(...eyeSides),
    foreheadTexture: relativeTexture(sample.face, crop(regions.forehead)) / Math.max(1e-3, cheekTexture),
    // Specular: clipped specks on the eyes beyond what the whole face shows (a washed-out face
    // is a lighting problem, not glare).
    glareShare: Math.max(0, highlightShare(sample.face, crop(regions.eyeBand), MEASURING.glareLuma) - inner.overShare),
    clutter: background.count > 0 ? edgeDensity(sample.frame, exclude, MEASURING.edgeLuma) : 0,
  };
}
