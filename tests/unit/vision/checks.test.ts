import { describe, expect, it } from 'vitest';
import { cameraLostCheck } from '../../../src/preflight/camera';
import { cameraFinding, faceCountFinding, skippedVisionChecks, stabilityFinding, visionChecks, VISION_CHECK_IDS, type FrameRecord } from '../../../src/vision/checks';
import { createTranslator } from '../../../src/i18n/translate';
import { goodMetrics } from './helpers';

const camera = { width: 640, height: 480, frameRate: 30 };
const one = (overrides = {}): FrameRecord => ({ faceCount: 1, metrics: goodMetrics(overrides) });
const byId = (checks: { id: string; status: string }[]) => Object.fromEntries(checks.map((c) => [c.id, c.status]));

describe('faceCountFinding (guide scenario 7)', () => {
  it.each<[string, number[], string, string]>([
    ['one face throughout', Array(10).fill(1), 'pass', 'ok'],
    ['nobody', Array(10).fill(0), 'fail', 'none'],
    ['a face lost in a few frames', [0, 0, 1, 1, 1, 1, 1, 1, 1, 1], 'pass', 'ok'],
    ['another face in a third of the frames', [2, 2, 2, 1, 1, 1, 1, 1, 1, 1], 'fail', 'several'],
    ['no frames', [], 'skip', 'no-frames'],
  ])('%s', (_name, counts, status, code) => expect(faceCountFinding(counts.map((faceCount) => ({ faceCount })))).toEqual({ status, code }));
});

describe('cameraFinding (640x480, 15 fps)', () => {
  it.each<[string, Parameters<typeof cameraFinding>[0], string]>([
    ['VGA at 30', { width: 640, height: 480, frameRate: 30 }, 'pass'],
    ['a 15 fps stream measured at 14.6', { width: 640, height: 480, measuredFps: 14.6 }, 'pass'],
    ['320x240', { width: 320, height: 240, frameRate: 30 }, 'fail'],
    ['8 fps', { width: 1280, height: 720, frameRate: 8 }, 'warn'],
    ['no rate known', { width: 640, height: 480 }, 'skip'],
  ])('%s', (_name, info, status) => expect(cameraFinding(info).status).toBe(status));
});

describe('stabilityFinding', () => {
  it.each([
    ['still', [0, 0, 0, 0, 0], 'pass'],
    ['small sway', [0, 0.015, 0, 0.015, 0], 'warn'],
    ['moving', [0, 0.05, 0, 0.05, 0], 'fail'],
  ])('%s', (_name, xs, status) => {
    const frames = xs.map((dx) => goodMetrics({ centreX: 0.5 + dx, faceWidth: 0.3 }));
    expect(stabilityFinding(frames, 4 / 3).finding.status).toBe(status);
  });
});

describe('visionChecks', () => {
  it('a good window passes every check, in report order, with medians and no fix', () => {
    const checks = visionChecks({ frames: Array.from({ length: 12 }, () => one()), camera });
    expect(checks.map((c) => c.id)).toEqual(VISION_CHECK_IDS);
    expect(checks.every((c) => c.status === 'pass' && !c.fix)).toBe(true);
    expect(checks.find((c) => c.id === 'distance')!.measured).toMatchObject({ cm: 40 });
  });

  it('a dark window fails lighting with the fix; a blink in two frames does not fail eyes-open', () => {
    const frames = Array.from({ length: 12 }, (_, i) => one({ faceMean: 40, blink: i < 2 ? 0.95 : 0.1 }));
    const checks = visionChecks({ frames, camera });
    expect(byId(checks)).toMatchObject({ lighting: 'fail', 'eyes-open': 'pass' });
    const lighting = checks.find((c) => c.id === 'lighting')!;
    expect(lighting.fix?.key).toBe('vision.lighting.dark.fix');
    expect(lighting.scenario).toBe(1);
  });

  it('without a face, the face checks skip with the reason and face-count fails', () => {
    const checks = visionChecks({ frames: Array.from({ length: 12 }, () => ({ faceCount: 0 })), camera });
    expect(byId(checks)).toMatchObject({ 'face-count': 'fail', 'head-pose': 'skip', lighting: 'skip', stability: 'skip', 'camera-quality': 'pass' });
    expect(checks.find((c) => c.id === 'lighting')!.summary.key).toBe('vision.skip.no-face');
  });

  it('with several faces, the face checks skip because of them', () => {
    const checks = visionChecks({ frames: Array.from({ length: 12 }, () => ({ faceCount: 2 })), camera });
    expect(checks.find((c) => c.id === 'head-pose')!.summary.key).toBe('vision.skip.several-faces');
  });

  it('never stores NaN', () => {
    const checks = visionChecks({ frames: Array.from({ length: 12 }, () => one({ blink: undefined, yaw: undefined })), camera });
    for (const check of checks) for (const value of Object.values(check.measured ?? {})) expect(Number.isNaN(value)).toBe(false);
  });

  it('skippedVisionChecks covers every vision check', () => {
    const checks = skippedVisionChecks('model-failed');
    expect(checks.map((c) => c.id)).toEqual(VISION_CHECK_IDS);
    expect(new Set(checks.map((c) => c.status))).toEqual(new Set(['skip']));
  });
});

describe('every message a vision check can produce exists in English and Chinese', () => {
  const en = createTranslator('en');
  const zh = createTranslator('zh-CN');
  const variants: FrameRecord[][] = [
    Array.from({ length: 12 }, () => one()),
    ...[
      { yaw: 30 }, { pitch: 30 }, { roll: 30 }, { distanceCm: 20 }, { distanceCm: 90 }, { cutOff: true }, { offCentre: 0.3 },
      { eyeTiltDeg: 12 }, { faceMean: 30 }, { faceMean: 240 }, { overShare: 0.5 }, { underShare: 0.5 }, { uniformity: 0.3 },
      { backlightRatio: 3 }, { sharpness: 0.05 }, { blink: 0.9 }, { eyeBandRatio: 0.2 }, { lowerFaceChroma: 0.3 },
      { foreheadRatio: 0.2 }, { glareShare: 0.5 }, { clutter: 0.5 },
    ].map((o) => Array.from({ length: 12 }, () => one(o))),
  ];
  const checks = [
    ...variants.flatMap((frames) => visionChecks({ frames, camera })),
    ...visionChecks({ frames: Array.from({ length: 12 }, (_, i) => one({ centreX: i % 2 ? 0.6 : 0.4 })), camera: { width: 320, height: 240, frameRate: 5 } }),
    ...(['no-camera', 'model-failed', 'no-frames', 'no-face', 'several-faces', 'no-matrix', 'no-eyes', 'no-blendshapes', 'no-fps', 'face-cut-off', 'camera-lost'] as const).flatMap(skippedVisionChecks),
    cameraLostCheck(),
  ];
  const messages = new Map(checks.flatMap((c) => [c.summary, ...(c.fix ? [c.fix] : [])]).map((m) => [m.key, m]));
  it.each([...messages.keys()])('%s', (key) => {
    const message = messages.get(key)!;
    expect(en(message)).not.toBe(key);
    expect(zh(message)).not.toBe(key);
    // every placeholder is filled from the check's own measurements
    expect(en(message)).not.toMatch(/\{\w+\}/);
    expect(zh(message)).not.toMatch(/\{\w+\}/);
  });
});
