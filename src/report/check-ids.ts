/** Every check the pre-flight can report, by stable id (part of the DOM contract). */
export const CHECK_IDS = [
  'browser',
  'camera-permission',
  'camera-device',
  'network',
  'timing',
  'face-count',
  'head-pose',
  'distance',
  'face-position',
  'lighting',
  'backlight',
  'sharpness',
  'eyes-open',
  'occlusion',
  'glare',
  'background',
  'stability',
  'camera-quality',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];
