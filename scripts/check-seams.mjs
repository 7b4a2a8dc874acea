#!/usr/bin/env node
// Proves the test seams stay out of what ships: the production builds (the store zips are made from the same
// build) contain none of the seam names, and the test builds do (the positive control: the names searched for are
// the ones the seams really use). Run by npm test after both builds.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Every name a test seam puts on a global (src/util/test-build.ts guards each one). */
export const SEAM_NAMES = ['__kycPreflight', '__kycPreflightReport', '__kycPreflightTimings', '__kycMatchDescribe', 'coachLimitMs', '__kycPreflightJudged', 'holdUntilLimit'];

const out = resolve(import.meta.dirname, '..', process.env.KYC_OUT_DIR ?? '.output');

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(js|html|json)$/.test(name) ? [path] : [];
  });
}

/** Seam names found in a build folder, with the file each was found in. */
export function seamsIn(dir) {
  return files(dir).flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    return SEAM_NAMES.filter((name) => text.includes(name)).map((name) => `${name} in ${path.slice(out.length + 1)}`);
  });
}

let failed = false;
for (const target of ['chrome-mv3', 'firefox-mv2']) {
  const shipped = join(out, target);
  const test = join(out, `${target}-e2e`);
  for (const dir of [shipped, test]) {
    if (!existsSync(join(dir, 'manifest.json'))) {
      console.error(`no build at ${dir}: run npm run build && npm run build:test`);
      process.exit(1);
    }
  }
  const leaked = seamsIn(shipped);
  const present = new Set(seamsIn(test).map((hit) => hit.split(' ')[0]));
  const missing = SEAM_NAMES.filter((name) => !present.has(name));
  if (leaked.length) console.error(`✖ ${target}: test seams in the production build: ${leaked.join(', ')}`);
  if (missing.length) console.error(`✖ ${target}-e2e: the test build lacks ${missing.join(', ')} (the check would prove nothing)`);
  if (leaked.length || missing.length) failed = true;
  else console.log(`${target}: no test seam (the -e2e build has all ${SEAM_NAMES.length})`);
}
process.exit(failed ? 1 : 0);
