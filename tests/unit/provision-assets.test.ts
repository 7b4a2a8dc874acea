// Runs the real install-time script in a throw-away project tree, so each model source and each
// failure is exercised as `npm install` would meet it.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '..', '..');
const mirror = resolve(repo, '..', 'shared', 'models');

function sandbox() {
  const top = mkdtempSync(join(tmpdir(), 'kyc-provision-'));
  const root = join(top, 'checkout');
  mkdirSync(join(root, 'scripts'), { recursive: true });
  mkdirSync(join(root, 'node_modules', '@mediapipe', 'tasks-vision'), { recursive: true });
  copyFileSync(join(repo, 'scripts', 'provision-assets.mjs'), join(root, 'scripts', 'provision-assets.mjs'));
  symlinkSync(
    join(repo, 'node_modules', '@mediapipe', 'tasks-vision', 'wasm'),
    join(root, 'node_modules', '@mediapipe', 'tasks-vision', 'wasm'),
  );
  mkdirSync(join(root, 'node_modules', '@vladmandic', 'face-api'), { recursive: true });
  symlinkSync(join(repo, 'node_modules', '@vladmandic', 'face-api', 'model'), join(root, 'node_modules', '@vladmandic', 'face-api', 'model'));
  // The script's one dependency (it reads the .task bundle, a zip), as `npm install` provides it.
  symlinkSync(join(repo, 'node_modules', 'yauzl'), join(root, 'node_modules', 'yauzl'));
  const run = (env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['scripts/provision-assets.mjs'], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', ...env },
      timeout: 60_000,
    });
  return { top, root, run };
}

describe('provision-assets', () => {
  it('copies the verified model from KYC_MODEL_DIR and one wasm variant', () => {
    const { root, run } = sandbox();
    const result = run({ KYC_MODEL_DIR: mirror });
    expect(result.status, result.stderr).toBe(0);
    for (const file of ['face_landmarker.task', 'face_detector.tflite', 'vision_wasm_internal.js', 'vision_wasm_internal.wasm']) {
      expect(existsSync(join(root, 'public', 'mediapipe', file)), file).toBe(true);
    }
    expect(existsSync(join(root, 'public', 'mediapipe', 'vision_wasm_nosimd_internal.wasm'))).toBe(false);
    // The second run needs no source at all: the local cache is checked first.
    expect(run().status).toBe(0);
  });

  it('finds ../shared/models beside the checkout', () => {
    const { top, run } = sandbox();
    mkdirSync(join(top, 'shared'));
    symlinkSync(mirror, join(top, 'shared', 'models'));
    expect(run().status).toBe(0);
  });

  it('rejects a corrupt model and, with no other source, stops with one line saying what to do', () => {
    const { top, run } = sandbox();
    const bad = join(top, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'face_landmarker.task'), 'not a model');
    const result = run({ KYC_MODEL_DIR: bad, KYC_OFFLINE: '1' });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('SHA-256 mismatch');
    expect(lines[0]).toContain('KYC_MODEL_DIR=');
  });
});

