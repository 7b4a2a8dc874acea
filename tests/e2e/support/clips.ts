// Fake-camera clips: a fixture photo, optionally transformed by ffmpeg filters so that the
// condition (dark, blurred, rolled...) is known by construction. Each clip is generated once per
// run, on first use, into CLIP_DIR; Chromium loops it as the camera. The Firefox suite makes the same clips as WebM
// (Firefox plays no y4m), which a <video> in the page loops as its camera (tests/firefox/clip-camera.ts).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeClip, makeClipSync, type Camera, type ClipFormat } from '../../../scripts/camera-clips.mjs';
// With its extension: the Firefox suite runs this file in plain Node (type stripping resolves no bare './paths').
import { CLIP_DIR, FACES_DIR } from './paths.ts';

export interface ClipSpec {
  photo: string;
  /** Extra ffmpeg filters applied after scaling to 640x480 (or instead of it, see `raw`). */
  filters?: string;
  /** Replace the default scale+crop entirely (for framing conditions). */
  raw?: string;
  /** The light the condition shows ("dim": a webcam raises its gain and halves its frame rate). */
  light?: 'normal' | 'dim';
  /** The camera that sees it (scripts/camera-clips.mjs): a still photo at 640x480 by default. */
  camera?: Camera;
}

/** The `ideal` condition of preflight-conditions.json: one recipe for "a good set-up", shared with `npm run eval`. */
const CONDITIONS = (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'preflight-conditions.json'), 'utf8')) as { conditions: (ClipSpec & { name: string })[] })
  .conditions;
const IDEAL = CONDITIONS.find((c) => c.name === 'ideal')!;

export const CLIPS = {
  // The default camera: a good set-up (about 40 cm from a plain wall), so a generic full run ends once it has held
  // good for about a second instead of coaching to the 8 s limit.
  frontal: { photo: IDEAL.photo, filters: IDEAL.filters },
  // The same photo filling the frame: too close (distance fails), so the run coaches to its time limit and the
  // report has a fix to show (fix-first list, guide link, the marked snapshot). For tests that need a finding.
  'frontal-close': { photo: 'stock-teen-6.jpg' },
} satisfies Record<string, ClipSpec>;

export type ClipName = keyof typeof CLIPS | (string & {});
const registry: Record<string, ClipSpec> = { ...CLIPS };

/** Lets a spec define its own conditions without touching this file. */
export function defineClip(name: string, spec: ClipSpec): string {
  registry[name] = spec;
  return name;
}

/** A condition of preflight-conditions.json as a clip of the same name (its photo, filters, raw framing, light). */
export function defineConditionClip(name: string): string {
  const condition = CONDITIONS.find((c) => c.name === name);
  if (!condition) throw new Error(`no condition "${name}" in preflight-conditions.json`);
  return defineClip(name, { photo: condition.photo, filters: condition.filters, raw: condition.raw, light: condition.light });
}

function specOf(name: ClipName): ClipSpec {
  const spec = registry[name];
  if (!spec) throw new Error(`unknown clip "${name}"`);
  return spec;
}

export function clipPath(name: ClipName): string {
  const spec = specOf(name);
  const out = join(CLIP_DIR, `${name}.y4m`);
  if (existsSync(out)) return out;
  mkdirSync(CLIP_DIR, { recursive: true });
  // From the fixtures folder, so a filter can bring in a second photo by name (movie=other.jpg).
  makeClipSync(join(FACES_DIR, spec.photo), spec, spec.camera, out, FACES_DIR);
  return out;
}

/**
 * Generates these clips two at a time (the machines have 2 cores), before any browser runs: a spec that uses
 * many clips pays for them once, up front, instead of one ffmpeg run inside each test.
 */
export async function prepareClips(names: readonly ClipName[], format: ClipFormat = 'y4m', dir = CLIP_DIR): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const todo = names.filter((name) => !existsSync(join(dir, `${name}.${format}`)));
  const one = async (name: ClipName) => {
    const spec = specOf(name);
    await makeClip(join(FACES_DIR, spec.photo), spec, spec.camera, join(dir, `${name}.${format}`), FACES_DIR, format);
  };
  const workers = [0, 1].map(async () => {
    for (let name = todo.shift(); name !== undefined; name = todo.shift()) await one(name);
  });
  await Promise.all(workers);
}
