#!/usr/bin/env node
// Install-time provisioning of the two large assets the extension ships but the repo never
// commits: one MediaPipe wasm variant (copied from node_modules) and the Face Landmarker model
// (float16/1), found in order: local cache, $KYC_MODEL_DIR, ../shared/models, official URL.
// Every source is checked for size and SHA-256; any failure ends with one line saying what to do.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const MODEL = {
  file: 'face_landmarker.task',
  url: 'https://storage.googleapis.com/mediapipe-models/face_landmarker/face_landmarker/float16/1/face_landmarker.task',
  size: 3_758_596,
  sha256: '64184e229b263107bc2b804c6625db1341ff2bb731874b0bcc2fe6544e0bc9ff',
};
// The plain (non-SIMD-only, non-module) build runs everywhere MediaPipe's loader supports; one
// variant keeps the package ~10 MB instead of ~40 MB.
const WASM_FILES = ['vision_wasm_internal.js', 'vision_wasm_internal.wasm'];
const outDir = join(root, 'public', 'mediapipe');
const cacheDir = join(root, '.cache', 'models');

function fail(message) {
  console.error(`kyc-preflight assets: ${message}`);
  process.exit(1);
}

function sha256(buffer) {
  return createHash('sha256').update(buffer).digest('hex');
}

function verified(buffer) {
  return buffer.length === MODEL.size && sha256(buffer) === MODEL.sha256;
}

function fromFolder(folder, label, tried) {
  if (!folder) return null;
  const path = join(folder, MODEL.file);
  if (!existsSync(path)) {
    tried.push(`${label} (${path}: missing)`);
    return null;
  }
  const buffer = readFileSync(path);
  if (verified(buffer)) return buffer;
  tried.push(`${label} (${path}: size or SHA-256 mismatch)`);
  return null;
}

async function fromNetwork(tried) {
  if (process.env.KYC_OFFLINE === '1') {
    tried.push('official URL (skipped: KYC_OFFLINE=1)');
    return null;
  }
  try {
    const response = await fetch(MODEL.url, { signal: AbortSignal.timeout(30_000) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const buffer = Buffer.from(await response.arrayBuffer());
    if (verified(buffer)) return buffer;
    tried.push('official URL (size or SHA-256 mismatch)');
  } catch (error) {
    tried.push(`official URL (${error.cause?.code ?? error.message})`);
  }
  return null;
}

async function provisionModel() {
  const tried = [];
  const buffer =
    fromFolder(cacheDir, 'local cache', tried) ??
    fromFolder(process.env.KYC_MODEL_DIR, 'KYC_MODEL_DIR', tried) ??
    fromFolder(resolve(root, '..', 'shared', 'models'), '../shared/models', tried) ??
    (await fromNetwork(tried));
  if (!buffer) {
    fail(
      `no verified ${MODEL.file} (tried: ${tried.join('; ')}). ` +
        `Download ${MODEL.url} into a folder and run: KYC_MODEL_DIR=/that/folder npm run assets`,
    );
  }
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, MODEL.file), buffer);
  writeFileSync(join(outDir, MODEL.file), buffer);
}

function provisionWasm() {
  const source = join(root, 'node_modules', '@mediapipe', 'tasks-vision', 'wasm');
  for (const file of WASM_FILES) {
    const from = join(source, file);
    if (!existsSync(from)) fail(`${from} is missing: run npm install first.`);
    copyFileSync(from, join(outDir, file));
  }
}

mkdirSync(outDir, { recursive: true });
provisionWasm();
await provisionModel();
console.log(`kyc-preflight assets: ${MODEL.file} (verified) and MediaPipe wasm are in public/mediapipe/`);
