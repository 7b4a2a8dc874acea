// Why a check did not pass, as a stable id (part of the DOM contract: `data-cause` on each report row,
// and carried in the exported report). The row's message and fix are chosen by this id, from one table.
import type { CheckId } from './types';

export const CAUSES = {
  'face-count': ['none', 'several'],
  'head-pose': ['turned', 'tilted', 'rolled'],
  distance: ['too-close', 'too-far'],
  'face-position': ['off-centre', 'cut-off'],
  lighting: ['dark', 'bright', 'uneven'],
  backlight: ['backlit'],
  sharpness: ['blurry'],
  'eyes-open': ['closed'],
  occlusion: ['eyes', 'lower-face', 'forehead'],
  glare: ['glare'],
  background: ['busy', 'person'],
  stability: ['moving'],
  'camera-quality': ['low-resolution', 'low-fps'],
  'camera-device': ['blocked', 'busy', 'not-found', 'no-frames', 'virtual'],
  'camera-permission': ['blocked-extension', 'blocked-site', 'blocked-os', 'not-asked'],
  network: ['offline', 'slow'],
  browser: ['unsupported', 'outdated', 'in-app', 'no-webgl'],
  timing: ['late-night'],
} as const satisfies Partial<Record<CheckId, readonly string[]>>;

/** Why a row was skipped: it could not be judged, never a guess. */
export const SKIP_CAUSES = ['no-face', 'several-faces', 'no-camera', 'model-failed', 'not-judgeable', 'no-webgl', 'analysis-failed'] as const;

type CauseOfCheck<C> = C extends keyof typeof CAUSES ? (typeof CAUSES)[C][number] : never;
export type FindingCause = CauseOfCheck<keyof typeof CAUSES>;
export type SkipCause = (typeof SKIP_CAUSES)[number];
export type CauseId = FindingCause | SkipCause;
