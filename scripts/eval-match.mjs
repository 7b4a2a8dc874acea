#!/usr/bin/env node
// The ID match's calibration and held-out measurement: every labelled photo (tests/match-pairs.json)
// goes through the page's own pipeline in the built test extension (the __kycMatchDescribe seam of
// src/match/test-hook.ts), then every pair's distance is judged by the thresholds of
// src/match/limits.ts. Prints the share of same-person pairs answered "same" and of different-person
// pairs answered "different" per split ("unsure" counts as a miss for both), and the pairs either
// side of the thresholds. Needs `npm run build:test` first.
import { chromium } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const faces = resolve(root, '..', 'shared', 'fixtures', 'faces');
const labels = JSON.parse(readFileSync(join(root, 'tests', 'match-pairs.json'), 'utf8'));
const limits = readFileSync(join(root, 'src', 'match', 'limits.ts'), 'utf8');
const sameBelow = Number(/sameBelow: ([\d.]+)/.exec(limits)[1]);
const differentAbove = Number(/differentAbove: ([\d.]+)/.exec(limits)[1]);
const build = resolve(process.env.KYC_OUT_DIR ?? join(root, '.output'), 'chrome-mv3-e2e');
const profile = mkdtempSync(join(tmpdir(), 'kyc-eval-match-'));
const context = await chromium.launchPersistentContext(profile, {
  headless: true,
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', `--disable-extensions-except=${build}`, `--load-extension=${build}`],
});
const descriptors = {};
const times = [];
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/match.html`);
  await page.waitForFunction(() => globalThis.__kycMatchDescribe);
  for (const photo of Object.keys(labels.people)) {
    const bytes = readFileSync(join(faces, photo)).toString('base64');
    const reading = await page.evaluate((b64) => globalThis.__kycMatchDescribe(b64), bytes);
    times.push(reading.ms);
    if (reading.descriptor) descriptors[photo] = reading.descriptor;
    else console.log(`${photo}: no descriptor (${reading.quality.cause}): left out`);
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

const distance = (a, b) => Math.sqrt(a.reduce((sum, x, i) => sum + (x - b[i]) ** 2, 0));
const answer = (d) => (d < sameBelow ? 'same' : d > differentAbove ? 'different' : 'unsure');
const unsure = new Set(labels.unsurePairs.map((pair) => [...pair].sort().join('|')));
const held = new Set(labels.heldOut);
const splits = { tuning: { same: [], different: [] }, heldOut: { same: [], different: [] } };
const photos = Object.keys(descriptors);
for (let i = 0; i < photos.length; i++) {
  for (let j = i + 1; j < photos.length; j++) {
    const [a, b] = [photos[i], photos[j]];
    if (unsure.has([a, b].sort().join('|'))) continue;
    const kind = labels.people[a] === labels.people[b] ? 'same' : 'different';
    const split = held.has(a) || held.has(b) ? 'heldOut' : 'tuning';
    splits[split][kind].push({ a, b, d: distance(descriptors[a], descriptors[b]) });
  }
}
/** Threshold-free separation: the chance a same-person pair is closer than a different-person pair (1 = perfect, 0.5 = chance). */
const separation = (same, different) => {
  let wins = 0;
  for (const s of same) for (const d of different) wins += s < d ? 1 : s === d ? 0.5 : 0;
  return same.length && different.length ? wins / (same.length * different.length) : NaN;
};
const share = (list, wanted) => `${list.filter((p) => answer(p.d) === wanted).length}/${list.length}`;
console.log(`thresholds: same < ${sameBelow} ≤ unsure ≤ ${differentAbove} < different`);
for (const [name, split] of Object.entries(splits)) {
  const same = split.same.map((p) => p.d), different = split.different.map((p) => p.d);
  console.log(`${name}: same-person pairs answered same ${share(split.same, 'same')} (distances ${Math.min(...same).toFixed(3)}–${Math.max(...same).toFixed(3)}); different-person pairs answered different ${share(split.different, 'different')} (${Math.min(...different).toFixed(3)}–${Math.max(...different).toFixed(3)}); separation (AUC) ${separation(same, different).toFixed(3)}`);
  for (const p of [...split.same.filter((p) => answer(p.d) !== 'same'), ...split.different.filter((p) => answer(p.d) !== 'different')]) {
    console.log(`  miss: ${p.a} / ${p.b} ${p.d.toFixed(3)} → ${answer(p.d)} (${labels.people[p.a] === labels.people[p.b] ? 'same person' : 'different people'})`);
  }
}
const sorted = [...times].sort((x, y) => x - y);
console.log(`ID photo to answer (quality + descriptor), per photo: median ${Math.round(sorted[Math.floor(sorted.length / 2)])} ms, first ${Math.round(times[0])} ms (includes the model load)`);
