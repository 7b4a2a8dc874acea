// Test builds only (TEST_BUILD folds it away elsewhere): the descriptor and quality of any image
// (its bytes in base64), so scripts/eval-match.mjs measures the very pipeline the page runs on every labelled pair
// in one launch instead of one camera per photo.
import { TEST_BUILD } from '../util/test-build';
import { readIdImage, type Assets } from './session';

export function installMatchTestHook(assets: () => Assets): void {
  if (!TEST_BUILD) return;
  (globalThis as { __kycMatchDescribe?: unknown }).__kycMatchDescribe = async (base64: string) => {
    const image = await createImageBitmap(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))]));
    const reading = await readIdImage(image, assets());
    return { quality: reading.quality, measures: reading.measures, descriptor: reading.descriptor ? Array.from(reading.descriptor) : null, ms: reading.ms };
  };
}
