// Measurements a person can read: each known value gets a label and a unit (a share becomes a
// percentage). Values without a label here (strings like the distance method, the environment
// checks' details) stay in the export and are not shown as raw names.
import type { MessageKey, Translate } from '../../i18n/translate';
import type { CheckResult } from '../../report/types';

/** Which measurements are shares (0–1) shown as per cent. */
const PERCENT = new Set([
  'face-position.offCentre',
  'face-position.cutOffShare',
  'lighting.under',
  'lighting.over',
  'lighting.uniformity',
  'eyes-open.blink',
  'occlusion.eyeBand',
  'occlusion.forehead',
  'glare.share',
  'background.clutter',
  'stability.motion',
]);

export interface LabelledMeasure {
  name: string;
  text: string;
}

const KNOWN = new Set([
  'face-count.frames', 'face-count.faces', 'face-count.singleFaceFrames',
  'head-pose.yaw', 'head-pose.pitch', 'head-pose.roll',
  'distance.cm',
  'face-position.offCentre', 'face-position.cutOffShare', 'face-position.eyeTilt',
  'lighting.mean', 'lighting.under', 'lighting.over', 'lighting.uniformity',
  'backlight.ratio', 'sharpness.score',
  'eyes-open.blink', 'eyes-open.eyeAspect',
  'occlusion.eyeBand', 'occlusion.lowerFace', 'occlusion.forehead',
  'glare.share', 'background.clutter', 'stability.motion',
  'camera-quality.width', 'camera-quality.height', 'camera-quality.fps',
]);

export function labelledMeasures(check: Pick<CheckResult, 'id' | 'measured'>, t: Translate): LabelledMeasure[] {
  return Object.entries(check.measured ?? {}).flatMap(([name, value]) => {
    const id = `${check.id}.${name}`;
    if (!KNOWN.has(id) || typeof value !== 'number' || !Number.isFinite(value)) return [];
    const shown = PERCENT.has(id) ? Math.round(value * 1000) / 10 : value;
    return [{ name, text: t(`report.measure.${id}` as MessageKey, { v: shown }) }];
  });
}
