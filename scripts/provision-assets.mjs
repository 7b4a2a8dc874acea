#!/usr/bin/env node
// Install-time provisioning of the two large assets the extension ships but the repo never
// commits: one MediaPipe wasm variant (copied from node_modules) and the Face Landmarker model
// (float16/1), found in order: local cache, $KYC_MODEL_DIR, ../shared/models, official URL.
// Every source is checked for size and SHA-256; any failure ends with one line saying what to do.
// The small-face scan's detector (face_detector.tflite, BlazeFace short-range) is the landmarker's
// own, taken out of the verified .task bundle (a zip) here, so no second download is needed.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import yauzl from 'yauzl';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const MODEL = {
  file: 'face_landmarker.task',
  url: 'https://storage.googleapis.com/mediapipe-models/face_landmarker/face_landmarker/float16/1/face_landmarker.task',
  size: 3_758_596,
  sha256: '64184e229b263107bc2b804c6625db1341ff2bb731874b0bcc2fe6544e0bc9ff',
};
// The plain (non-SIMD-only, non-module) build runs everywhere MediaPipe's loader supports; one
// variant keeps the package ~10 MB instead of ~40 MB.
/** The entry of the .task bundle the small-face scan runs (src/vision/small-faces.ts). */
export const DETECTOR = { entry: 'face_detector.tflite', size: 229_746 };
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
  const detector = await extractEntry(buffer, DETECTOR.entry);
  if (detector.length !== DETECTOR.size) fail(`${DETECTOR.entry} in ${MODEL.file} has ${detector.length} bytes, expected ${DETECTOR.size}.`);
  writeFileSync(join(outDir, DETECTOR.entry), detector);
}

/** One file out of a zip held in memory (yauzl reads the central directory; no temp files). */
function extractEntry(zip, name) {
  return new Promise((resolveEntry, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, archive) => {
      if (error) return reject(error);
      archive.on('error', reject);
      archive.on('end', () => reject(new Error(`${name} not found in the bundle`)));
      archive.on('entry', (entry) => {
        if (entry.fileName !== name) return archive.readEntry();
        archive.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks = [];
          stream.on('data', (chunk) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            archive.close();
            resolveEntry(Buffer.concat(chunks));
          });
        });
      });
      archive.readEntry();
    });
  }).catch((error) => fail(`could not extract ${name} from ${MODEL.file}: ${error.message}`));
}

function provisionWasm() {
  const source = join(root, 'node_modules', '@mediapipe', 'tasks-vision', 'wasm');
  for (const file of WASM_FILES) {
    const from = join(source, file);
    if (!existsSync(from)) fail(`${from} is missing: run npm install first.`);
    copyFileSync(from, join(outDir, file));
  }
}

/** The ID match's descriptor model ships inside @vladmandic/face-api (MIT): only its two files are copied. */
const FACE_API_FILES = ['face_recognition_model-weights_manifest.json', 'face_recognition_model.bin'];
function provisionFaceApi() {
  const source = join(root, 'node_modules', '@vladmandic', 'face-api', 'model');
  const target = join(root, 'public', 'face-api');
  mkdirSync(target, { recursive: true });
  for (const file of FACE_API_FILES) {
    const from = join(source, file);
    if (!existsSync(from)) fail(`${from} is missing: run npm install first.`);
    copyFileSync(from, join(target, file));
  }
}

mkdirSync(outDir, { recursive: true });
provisionWasm();
provisionFaceApi();
await provisionModel();
console.log(`kyc-preflight assets: ${MODEL.file} (verified), its ${DETECTOR.entry} and MediaPipe wasm are in public/mediapipe/; the face descriptor model is in public/face-api/`);
