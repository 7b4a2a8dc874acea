// occlusion (guide scenarios 8 and 3): compared with the cheeks, which are rarely covered, dark
// glasses make the eye band much darker; a mask or hand changes the lower face's colour or texture;
// hair or a hat brim darkens the forehead (a fringe is the appearance topic's fix, scenario 3).
import type { FrameMetrics } from '../../vision/types';
import { defineCheck, type Finding } from '../define';
import { cut, frameJudging, high, low, med, ok, pair, warn, worse } from './judging';
import { VISION_SKIP_TEXT } from './skips';

export const OCCLUSION = {
  /** Eye band luma / cheek luma: natural eye sockets sit around 0.7–0.9. */
  eyeBandFail: 0.45,
  eyeBandWarn: 0.55,
  /** Chromaticity distance (rg, 0–1.4) between lower face and cheeks: skin to skin stays under ~0.06. */
  lowerFaceFail: 0.12,
  lowerFaceWarn: 0.09,
  /**
   * Skin over skin (a hand over the mouth) has no colour to see; its fingers bring vertical edges
   * where lips and chin have horizontal ones (texture.ts). Set from measurements of the face
   * fixtures before any clip of ours was measured: 22 uncovered faces read 0.5–1.05, fingers over a mouth about 2.5.
   */
  lowerFaceEdgesWarn: 1.5,
  lowerFaceEdgesFail: 2,
  /** Forehead luma / cheek luma: hair or a hat brim darkens it well below the cheeks. */
  foreheadWarn: 0.5,
} as const;

export function judgeOcclusion(m: FrameMetrics): Finding {
  return (
    cut(m) ??
    low(m.eyeBandRatio, OCCLUSION.eyeBandFail, OCCLUSION.eyeBandWarn, 'eyes') ??
    worse(
      high(m.lowerFaceChroma, OCCLUSION.lowerFaceWarn, OCCLUSION.lowerFaceFail, 'lower-face'),
      high(m.lowerFaceEdges, OCCLUSION.lowerFaceEdgesWarn, OCCLUSION.lowerFaceEdgesFail, 'lower-face'),
    ) ??
    (m.foreheadRatio < OCCLUSION.foreheadWarn ? warn('forehead') : undefined) ??
    ok
  );
}

export const OCCLUSION_CHECK = defineCheck({
  id: 'occlusion',
  family: 'vision',
  causes: ['eyes', 'lower-face', 'forehead'],
  text: {
    ...VISION_SKIP_TEXT,
    eyes: pair('vision.occlusion.eyes', 'vision.occlusion.eyes.fix'),
    'lower-face': pair('vision.occlusion.lower-face', 'vision.occlusion.lower-face.fix'),
    forehead: pair('vision.occlusion.forehead', 'vision.occlusion.forehead.fix'),
  },
  topic: 8,
  causeTopics: { forehead: 3 },
  live: 8,
  shown: { eyeBand: 'percent', lowerFace: 'number', forehead: 'percent' },
  ticks: ['app-glasses', 'app-uncovered'],
  window: frameJudging({
    frame: judgeOcclusion,
    measure: (f) => ({
      eyeBand: med(f, (m) => m.eyeBandRatio, 2),
      lowerFace: med(f, (m) => m.lowerFaceChroma, 3),
      lowerFaceEdges: med(f, (m) => m.lowerFaceEdges, 2),
      forehead: med(f, (m) => m.foreheadRatio, 2),
    }),
    passKey: 'vision.occlusion.ok',
    needsLight: true,
  }),
});
