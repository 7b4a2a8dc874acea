// Head rotation from MediaPipe's facial transformation matrix (column-major 4x4).

export interface Pose {
  /** Degrees. Positive yaw: the nose points toward the image's right (the subject's left). */
  yaw: number;
  /** Positive pitch: the chin is raised (looking up). */
  pitch: number;
  /** Positive roll: the head tilts toward the image's right shoulder. */
  roll: number;
}

const DEG = 180 / Math.PI;

/**
 * Decomposes R = Rz(roll)·Ry(yaw)·Rx(pitch). Element (row r, column c) of a column-major matrix
 * is m[c * 4 + r]. The sign conventions (YAW_SIGN...) were read off the fixtures: a photo and its
 * mirror image give opposite yaw, and ffmpeg's rotate gives a known roll.
 */
export function poseFromMatrix(m: readonly number[]): Pose | undefined {
  if (m.length < 16) return undefined;
  const r = (row: number, col: number) => m[col * 4 + row]!;
  const sy = Math.max(-1, Math.min(1, -r(2, 0)));
  const yaw = Math.asin(sy) * DEG;
  const pitch = Math.atan2(r(2, 1), r(2, 2)) * DEG;
  const roll = Math.atan2(r(1, 0), r(0, 0)) * DEG;
  return { yaw: YAW_SIGN * yaw, pitch: PITCH_SIGN * pitch, roll: ROLL_SIGN * roll };
}

/** stock-emotions-a-2 (nose toward the image's right) reads +28°, its mirror image -28°. */
export const YAW_SIGN = 1;
/** MediaPipe's pitch is negative for a raised chin (stock-teen-6, nostrils visible: -10°). */
export const PITCH_SIGN = -1;
/** ffmpeg rotate=+25° (clockwise: the head leans to the image's right) reads -21° raw from +4°. */
export const ROLL_SIGN = -1;

/** Largest absolute angle: the pose check fails on whichever axis is worst. */
export function worstAngle(pose: Pose): number {
  return Math.max(Math.abs(pose.yaw), Math.abs(pose.pitch), Math.abs(pose.roll));
}
