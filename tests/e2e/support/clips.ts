// Fake-camera clips: a fixture photo, optionally transformed by ffmpeg filters so that the
// condition (dark, blurred, rolled...) is known by construction. Each clip is generated once per
// run, on first use, into CLIP_DIR; Chromium loops it as the camera.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { CLIP_DIR, FACES_DIR } from './paths';

export interface ClipSpec {
  photo: string;
  /** Extra ffmpeg filters applied after scaling to 640x480 (or instead of it, see `raw`). */
  filters?: string;
  /** Replace the default scale+crop entirely (for framing conditions). */
  raw?: string;
}

const run = promisify(execFile);

const FRAME = 'scale=640:480:force_original_aspect_ratio=increase,crop=640:480';

/** The `ideal` condition of preflight-conditions.json: one recipe for "a good set-up", shared with `npm run eval`. */
const IDEAL = (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'preflight-conditions.json'), 'utf8')) as { conditions: (ClipSpec & { name: string })[] })
  .conditions.find((c) => c.name === 'ideal')!;

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

function ffmpegArgs(spec: ClipSpec, out: string): string[] {
  const chain = [spec.raw ?? FRAME, spec.filters, 'format=yuv420p'].filter(Boolean).join(',');
  return ['-v', 'error', '-y', '-loop', '1', '-i', join(FACES_DIR, spec.photo), '-vf', chain, '-t', '2', '-r', '15', out];
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
  execFileSync('ffmpeg', ffmpegArgs(spec, out), { stdio: 'inherit', cwd: FACES_DIR });
  return out;
}

/**
 * Generates these clips two at a time (the machines have 2 cores), before any browser runs: a spec that uses
 * many clips pays for them once, up front, instead of one ffmpeg run inside each test.
 */
export async function prepareClips(names: readonly ClipName[]): Promise<void> {
  mkdirSync(CLIP_DIR, { recursive: true });
  const todo = names.filter((name) => !existsSync(join(CLIP_DIR, `${name}.y4m`)));
  const one = async (name: ClipName) => {
    const out = join(CLIP_DIR, `${name}.y4m`);
    // Written aside and renamed, so a clip is never seen half-written.
    await run('ffmpeg', ffmpegArgs(specOf(name), `${out}.part.y4m`), { cwd: FACES_DIR });
    renameSync(`${out}.part.y4m`, out);
  };
  const workers = [0, 1].map(async () => {
    for (let name = todo.shift(); name !== undefined; name = todo.shift()) await one(name);
  });
  await Promise.all(workers);
}
