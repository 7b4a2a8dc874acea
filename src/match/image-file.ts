// A chosen or dropped file as a decoded image, or why it cannot be one. The browser decodes it
// (createImageBitmap): a format it cannot read (HEIC in Chrome) is an answer, never a spinner.
import { ID_FILE } from './limits';

export type UnreadableReason = 'too-big' | 'not-image' | 'undecodable';
export type ReadFile = { ok: true; image: ImageBitmap } | { ok: false; reason: UnreadableReason };

export async function readIdFile(file: File): Promise<ReadFile> {
  if (file.size > ID_FILE.maxBytes) return { ok: false, reason: 'too-big' };
  // The type may be empty for a file without an extension; the decoder then decides.
  if (file.type && !file.type.startsWith('image/')) return { ok: false, reason: 'not-image' };
  try {
    return { ok: true, image: await createImageBitmap(file, { imageOrientation: 'from-image' }) };
  } catch {
    return { ok: false, reason: file.type ? 'undecodable' : 'not-image' };
  }
}
