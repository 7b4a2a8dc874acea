import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..', '..');
export const FACES_DIR = resolve(ROOT, '..', 'shared', 'fixtures', 'faces');
export const OUT_DIR = resolve(ROOT, process.env.KYC_OUT_DIR ?? '.output');
/** The test build (`npm run build:test`): the production build with the test seams compiled in. */
export const CHROME_BUILD = join(OUT_DIR, 'chrome-mv3-e2e');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Clips are generated once per run into this folder (set by global setup). */
export const CLIP_DIR = process.env.KYC_CLIP_DIR ?? resolve(ROOT, '.tmp', `clips${basename(OUT_DIR).replace('.output', '')}`);
/** Runner reports and artefacts, kept apart per build folder so parallel runs do not collide. */
export const REPORT_DIR = resolve(ROOT, '.tmp', `reports${basename(OUT_DIR).replace('.output', '')}`);

export function assertBuilt(): void {
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
    throw new Error(`No build at ${CHROME_BUILD}: run "npm run build:test" first (npm test does).`);
  }
}
