// Types for scripts/camera-clips.mjs (imported by tests/e2e/support/clips.ts and its unit test).
export interface Camera {
  axis?: 'photo' | 'webcam';
  width?: number;
  height?: number;
  light?: 'normal' | 'dim';
}
export interface Condition {
  photo: string;
  filters?: string;
  raw?: string;
  light?: 'normal' | 'dim';
}
export const FRAME: string;
export type ClipFormat = 'y4m' | 'webm';
export function cameraFps(camera?: Camera): number;
export function clipGraph(condition: Condition, camera?: Camera): string;
export function clipCommands(photoPath: string, condition: Condition, camera: Camera | undefined, out: string, format?: ClipFormat): string[][];
export function makeClipSync(photoPath: string, condition: Condition, camera: Camera | undefined, out: string, cwd: string, format?: ClipFormat): void;
export function makeClip(photoPath: string, condition: Condition, camera: Camera | undefined, out: string, cwd: string, format?: ClipFormat): Promise<void>;
