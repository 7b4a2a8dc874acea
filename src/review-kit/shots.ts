// The three selfies support usually asks for in a manual review (the guide: one facing the camera,
// one turned about 45° left, one about 45° right), and whether the latest frame shows the asked-for
// shot. Pure: the live loop (capture.ts) feeds it the vision pipeline's per-frame metrics.
import { REVIEW } from '../figures/facts';
import { judgeBacklight } from '../checks/vision/backlight';
import { POSE } from '../checks/vision/head-pose';
import { judgeLighting } from '../checks/vision/lighting';
import { judgeSharpness } from '../checks/vision/sharpness';
import type { FrameMetrics } from '../vision/types';

export type ShotId = 'front' | 'left' | 'right';
export const SHOT_IDS: readonly ShotId[] = ['front', 'left', 'right'];

/**
 * Yaw windows in degrees, in the pose module's convention: positive yaw = the nose points to the
 * raw image's right = the user turns to THEIR left. Front uses the pre-flight's own warn limit. The
 * sides centre on the guide's 45°: 35–60° is "about 45°" with room for the landmarker's error on a
 * turned face (it reads a photo turned ~30° as 28°), and stays short of a profile, where it loses
 * the far eye.
 */
export const SIDE_MIN_DEG = REVIEW.turnDeg - 10;
export const SIDE_MAX_DEG = REVIEW.turnDeg + 15;
const WINDOWS: Record<ShotId, { min: number; max: number }> = {
  front: { min: -POSE.warnDeg, max: POSE.warnDeg },
  left: { min: SIDE_MIN_DEG, max: SIDE_MAX_DEG },
  right: { min: -SIDE_MAX_DEG, max: -SIDE_MIN_DEG },
};

/** Which way to turn next, in the user's own terms. */
export type AngleHint = 'held' | 'turn-left' | 'turn-right' | 'turn-back-left' | 'turn-back-right' | 'level-head';

export interface ShotReading {
  /** Exactly one face in the picture. */
  single: boolean;
  /** Head yaw in degrees (undefined without a face or a pose matrix). */
  yaw?: number;
  /** The user's side the head points to, for the indicator; 'centre' within the front window. */
  side?: 'left' | 'right' | 'centre';
  angle: boolean;
  light: boolean;
  sharp: boolean;
  hint: AngleHint | 'find-face' | 'only-you';
  /** Every condition met on this frame. */
  ready: boolean;
}

export function sideOf(yaw: number): 'left' | 'right' | 'centre' {
  if (Math.abs(yaw) <= POSE.warnDeg) return 'centre';
  return yaw > 0 ? 'left' : 'right';
}

export function readShot(shot: ShotId, faceCount: number, m: FrameMetrics | undefined): ShotReading {
  const none = { angle: false, light: false, sharp: false, ready: false };
  if (faceCount === 0 || !m) return { ...none, single: false, hint: 'find-face' };
  if (faceCount > 1) return { ...none, single: false, hint: 'only-you' };
  const yaw = m.yaw;
  const light = judgeLighting(m).status !== 'fail' && judgeBacklight(m).status !== 'fail';
  const sharp = judgeSharpness(m).status !== 'fail';
  if (yaw === undefined) return { ...none, single: true, light, sharp, hint: 'find-face' };
  const { min, max } = WINDOWS[shot];
  // A tipped or rolled head is not what support asked for, whatever the yaw.
  const level = Math.abs(m.pitch ?? 0) <= POSE.pitchFailDeg && Math.abs(m.roll ?? 0) <= POSE.failDeg;
  const inWindow = yaw >= min && yaw <= max;
  let hint: AngleHint;
  if (!inWindow) {
    // Below the window: turn toward the user's left (more positive yaw); above it: toward the right.
    // For a side shot, "back" tells the user they overshot rather than sending them the wrong way.
    if (yaw < min) hint = shot === 'right' ? 'turn-back-left' : 'turn-left';
    else hint = shot === 'left' ? 'turn-back-right' : 'turn-right';
  } else hint = level ? 'held' : 'level-head';
  const angle = inWindow && level;
  return { single: true, yaw, side: sideOf(yaw), angle, light, sharp, hint, ready: angle && light && sharp };
}

/**
 * "Held": the shot is ready on consecutive frames for at least `holdMs` (a passing glance is not a
 * pose). Any frame that is not ready starts the count again.
 */
export class HoldTracker {
  private since: number | null = null;

  constructor(private readonly holdMs = 800) {}

  /** Feeds one frame; returns how far the hold is (0–1); 1 means held. */
  update(ready: boolean, at: number): number {
    if (!ready) {
      this.since = null;
      return 0;
    }
    this.since ??= at;
    return Math.min(1, (at - this.since) / this.holdMs);
  }

  reset(): void {
    this.since = null;
  }
}

/** The next shot still missing, in the order support asks for them; null when all are taken. */
export function nextShot(taken: ReadonlySet<ShotId>): ShotId | null {
  return SHOT_IDS.find((id) => !taken.has(id)) ?? null;
}
