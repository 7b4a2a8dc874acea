// Why a check did not pass, as a stable id (part of the DOM contract: `data-cause` on each report row,
// and carried in the exported report). The row's message and fix are chosen by this id, from one table.
import type { CheckId } from './check-ids';

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
  // After the five: a camera lost mid-run, an infrared (Windows Hello) camera, an unanswered
  // prompt, a page that cannot ask at all, any other open error, and what a working camera delivers.
  'camera-device': ['blocked', 'busy', 'not-found', 'no-frames', 'virtual', 'lost', 'infrared', 'not-answered', 'unsupported', 'failed', 'low-resolution', 'low-fps'],
  'camera-permission': ['blocked-extension', 'blocked-site', 'blocked-os', 'not-asked'],
  network: ['offline', 'slow'],
  browser: ['unsupported', 'outdated', 'in-app', 'no-webgl'],
  timing: ['late-night'],
} as const satisfies Partial<Record<CheckId, readonly string[]>>;

/** Why a row was skipped: it could not be judged, never a guess ('internal-error': the check itself threw). */
export const SKIP_CAUSES = ['no-face', 'several-faces', 'no-camera', 'model-failed', 'not-judgeable', 'no-webgl', 'analysis-failed', 'internal-error'] as const;

type CauseOfCheck<C> = C extends keyof typeof CAUSES ? (typeof CAUSES)[C][number] : never;
export type FindingCause = CauseOfCheck<keyof typeof CAUSES>;
export type SkipCause = (typeof SKIP_CAUSES)[number];
export type CauseId = FindingCause | SkipCause;
