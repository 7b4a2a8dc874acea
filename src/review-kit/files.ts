// File names for the saved selfies: what each shows and when, so the user can tell them apart in a
// downloads folder and attach the right one.
import type { ShotId } from './shots';

export function selfieFileName(shot: ShotId, takenAt: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${takenAt.getFullYear()}-${pad(takenAt.getMonth() + 1)}-${pad(takenAt.getDate())}-${pad(takenAt.getHours())}${pad(takenAt.getMinutes())}${pad(takenAt.getSeconds())}`;
  return `selfie-${shot}-${stamp}.jpg`;
}
