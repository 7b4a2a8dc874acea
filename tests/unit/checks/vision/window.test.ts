import { describe, expect, it } from 'vitest';
import { cameraLostCheck } from '../../../../src/checks/camera/camera-device';
import { skippedVisionChecks, visionChecks } from '../../../../src/checks/vision/window';
import { cameraFinding } from '../../../../src/checks/camera/camera-quality';
import { causeEntry } from '../../../../src/checks/define';
import { FACES, faceCountFinding } from '../../../../src/checks/vision/face-count';
import { stabilityFinding } from '../../../../src/checks/vision/stability';
import { CAUSES, moduleOf, VISION_CHECK_IDS } from '../../../../src/checks/registry';
import { SKIP_CAUSES } from '../../../../src/checks/row';
import type { FrameRecord } from '../../../../src/vision/window';
import { createTranslator } from '../../../../src/i18n/translate';
import { FACT_PARAMS } from '../../../../src/figures/facts';
import { goodMetrics } from '../../vision/helpers';

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

  const ten = (faceCount: number) => Array.from({ length: 10 }, () => ({ faceCount }));
  it.each<[string, number, Parameters<typeof faceCountFinding>[1], string, string]>([
    ['a group the landmarker cannot see: several, never none', 0, { faces: 6, others: 0, tiles: 9 }, 'fail', 'several'],
    ['a small face behind the tracked user', 1, { faces: 2, others: 1, tiles: 9 }, 'fail', 'several'],
    ['a second face seen only near the user (the user, cut by a seam)', 1, { faces: 1, others: 0, tiles: 9 }, 'pass', 'ok'],
    ['the tracked user moving between tiles reads as two hits near them', 1, { faces: 2, others: 0, tiles: 9 }, 'pass', 'ok'],
    ['one small face and nobody tracked: the user, far away', 0, { faces: 1, others: 0, tiles: 9 }, 'fail', 'none'],
    ['an empty room', 0, { faces: 0, others: 0, tiles: 9 }, 'fail', 'none'],
  ])('with the small-face scan: %s', (_name, count, scan, status, code) => expect(faceCountFinding(ten(count), scan)).toEqual({ status, code }));

  it('one small face and nobody tracked says "too far", not "no face"', () => {
    const check = visionChecks({ frames: ten(0), camera, scan: { faces: 1, others: 0, tiles: 9 } })[0]!;
    expect(check).toMatchObject({ status: 'fail', cause: 'none', summary: { key: 'vision.face-count.none.far' }, fix: { key: 'vision.distance.too-far.fix' } });
    const group = visionChecks({ frames: ten(1).map((f) => ({ ...f, metrics: goodMetrics() })), camera, scan: { faces: 2, others: 1, tiles: 9 } });
    expect(group[0]).toMatchObject({ status: 'fail', cause: 'several', summary: { key: 'vision.face-count.several' } });
    // The face checks are not judged on a picture with someone else in it.
    expect(group.find((c) => c.id === 'lighting')).toMatchObject({ status: 'skip', cause: 'several-faces' });
  });
});

describe('a picture too dark to find a face in', () => {
  const dark = (sceneLuma: number, faceCount = 0): FrameRecord[] => Array.from({ length: 10 }, () => ({ faceCount, sceneLuma }));

  it('nobody found just under the limit is the light\'s fault; just over it, nobody is there', () => {
    expect(faceCountFinding(dark(FACES.sceneDarkMean - 1))).toEqual({ status: 'skip', code: 'light' });
    expect(faceCountFinding(dark(FACES.sceneDarkMean + 1))).toEqual({ status: 'fail', code: 'none' });
    // A face found in the dark is still one face (lighting judges its own brightness).
    expect(faceCountFinding(dark(FACES.sceneDarkMean - 10, 1))).toEqual({ status: 'pass', code: 'ok' });
  });

  it('lighting fails "dark" with the picture\'s brightness, and the face checks wait for the light', () => {
    const rows = visionChecks({ frames: dark(FACES.sceneDarkMean - 5), camera, scan: { faces: 0, others: 0, tiles: 9 } });
    expect(rows.find((c) => c.id === 'face-count')).toMatchObject({ status: 'skip', cause: 'not-judgeable', measured: { sceneLuma: FACES.sceneDarkMean - 5 } });
    expect(rows.find((c) => c.id === 'lighting')).toMatchObject({ status: 'fail', cause: 'dark', measured: { mean: FACES.sceneDarkMean - 5 }, fix: { key: 'vision.lighting.dark.fix' } });
    expect(rows.find((c) => c.id === 'head-pose')).toMatchObject({ status: 'skip', cause: 'not-judgeable', measured: { skipped: 'light' } });
  });

  it('an empty room in good light still says nobody is in view', () => {
    const rows = visionChecks({ frames: dark(120), camera, scan: { faces: 0, others: 0, tiles: 9 } });
    expect(rows.find((c) => c.id === 'face-count')).toMatchObject({ status: 'fail', cause: 'none' });
    expect(rows.find((c) => c.id === 'lighting')).toMatchObject({ status: 'skip', cause: 'no-face' });
  });
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

  it('a dark window fails lighting (cause dark, with its fix); what needs a lit face is not judged', () => {
    // The dark face also reads as covered and as shut-eyed: those would be second, false problems.
    const frames = Array.from({ length: 12 }, () => one({ faceMean: 40, lowerFaceChroma: 0.2, blink: 0.9, glareShare: 0.2 }));
    const checks = visionChecks({ frames, camera });
    expect(byId(checks)).toMatchObject({ lighting: 'fail', 'eyes-open': 'skip', occlusion: 'skip', glare: 'skip', sharpness: 'pass' });
    const lighting = checks.find((c) => c.id === 'lighting')!;
    expect(lighting).toMatchObject({ cause: 'dark', fix: { key: 'vision.lighting.dark.fix' } });
    for (const id of ['eyes-open', 'occlusion', 'glare']) {
      expect(checks.find((c) => c.id === id)).toMatchObject({ cause: 'not-judgeable', summary: { key: 'vision.skip.light' }, fix: { key: 'vision.skip.light.fix' } });
    }
  });

  it('a backlit silhouette is not judged for occlusion either; a warning on the light still judges', () => {
    const backlit = visionChecks({ frames: Array.from({ length: 12 }, () => one({ backlightRatio: 3, lowerFaceChroma: 0.2 })), camera });
    expect(byId(backlit)).toMatchObject({ backlight: 'fail', occlusion: 'skip' });
    const dim = visionChecks({ frames: Array.from({ length: 12 }, () => one({ faceMean: 70, lowerFaceChroma: 0.2 })), camera });
    expect(byId(dim)).toMatchObject({ lighting: 'warn', occlusion: 'fail' });
    // One side much darker is still a lit face: the eyes and a hand can be seen.
    const uneven = visionChecks({ frames: Array.from({ length: 12 }, () => one({ uniformity: 0.2, lowerFaceChroma: 0.2 })), camera });
    expect(byId(uneven)).toMatchObject({ lighting: 'fail', occlusion: 'fail', 'eyes-open': 'pass' });
  });

  it('a blink in two frames does not fail eyes-open', () => {
    const frames = Array.from({ length: 12 }, (_, i) => one({ blink: i < 2 ? 0.95 : 0.1 }));
    expect(byId(visionChecks({ frames, camera }))['eyes-open']).toBe('pass');
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
  const en = createTranslator('en', FACT_PARAMS);
  const zh = createTranslator('zh-CN', FACT_PARAMS);
  const variants: FrameRecord[][] = [
    Array.from({ length: 12 }, () => one()),
    ...[
      { yaw: 30 }, { pitch: 30 }, { roll: 30 }, { distanceCm: 20 }, { distanceCm: 90 }, { cutOff: true }, { offCentre: 0.3 },
      { eyeTiltDeg: 12 }, { faceMean: 30 }, { faceMean: 240 }, { overShare: 0.5 }, { underShare: 0.5 }, { uniformity: 0.3 },
      { backlightRatio: 3 }, { sharpness: 0.05 }, { blink: 0.9 }, { eyeBandRatio: 0.2 }, { lowerFaceChroma: 0.3 },
      { foreheadRatio: 0.2 }, { glareShare: 0.5 }, { clutter: 0.5 }, { lowerFaceEdges: 3 }, { yaw: -30 }, { pitch: -30 },
      { roll: -30 }, { faceMean: 70 }, { faceMean: 200 },
    ].map((o) => Array.from({ length: 12 }, () => one(o))),
  ];
  const checks = [
    ...variants.flatMap((frames) => visionChecks({ frames, camera })),
    ...visionChecks({ frames: Array.from({ length: 12 }, (_, i) => one({ centreX: i % 2 ? 0.6 : 0.4 })), camera: { width: 320, height: 240, frameRate: 5 } }),
    ...(['no-camera', 'model-failed', 'no-frames', 'no-face', 'several-faces', 'no-matrix', 'no-eyes', 'no-blendshapes', 'no-fps', 'face-cut-off', 'camera-lost', 'light'] as const).flatMap(skippedVisionChecks),
    ...visionChecks({ frames: Array.from({ length: 12 }, () => ({ faceCount: 0 })), camera, scan: { faces: 1, others: 0, tiles: 9 } }),
    ...visionChecks({ frames: Array.from({ length: 12 }, () => one({ faceMean: 30 })), camera }),
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

describe('a colour cast warns lighting, and its words say which light', () => {
  it.each([
    [0.9, 'vision.lighting.colour-cast.warm'],
    [-0.7, 'vision.lighting.colour-cast.blue'],
  ])('cast %d → %s, with its fix; nothing else is skipped for it', (colourCast, key) => {
    const rows = visionChecks({ frames: Array.from({ length: 12 }, () => one({ colourCast })), camera });
    const lighting = rows.find((c) => c.id === 'lighting')!;
    expect(lighting).toMatchObject({ status: 'warn', cause: 'colour-cast', measured: { cast: colourCast }, summary: { key }, fix: { key: `${key}.fix` } });
    expect(rows.filter((c) => c.id !== 'lighting' && c.status !== 'pass').map((c) => c.id)).toEqual([]);
  });
});

describe('causes: every non-pass vision row carries one, from the vocabulary, and its text follows it', () => {
  const variants: Partial<import('../../../../src/vision/types').FrameMetrics>[] = [
    {}, { yaw: 30 }, { yaw: -12 }, { pitch: 30 }, { pitch: -17 }, { roll: 30 }, { roll: -12 }, { distanceCm: 20 }, { distanceCm: 27 },
    { distanceCm: 90 }, { cutOff: true }, { offCentre: 0.3 }, { faceMean: 30 }, { faceMean: 70 }, { faceMean: 240 }, { overShare: 0.5 },
    { underShare: 0.5 }, { uniformity: 0.3 }, { backlightRatio: 3 }, { sharpness: 0.05 }, { sharpness: 0.2 }, { blink: 0.9 },
    { eyeAspect: 0.05 }, { eyeBandRatio: 0.2 }, { lowerFaceChroma: 0.3 }, { lowerFaceEdges: 3 }, { foreheadRatio: 0.2 },
    { eyeBalance: 0.1 }, { foreheadRatio: 0.3, eyeBandRatio: 0.5, foreheadTexture: 1 },
    { glareShare: 0.5 }, { clutter: 0.5 }, { centreX: 0.3 }, { blink: undefined, eyeAspect: undefined }, { yaw: undefined },
    { colourCast: 1 }, { colourCast: -1 },
  ];
  const rows = [
    ...variants.flatMap((o) => visionChecks({ frames: Array.from({ length: 12 }, () => one(o)), camera })),
    ...visionChecks({ frames: Array.from({ length: 12 }, (_, i) => one({ centreX: i % 2 ? 0.6 : 0.4 })), camera: { width: 320, height: 240, frameRate: 5 } }),
    ...visionChecks({ frames: Array.from({ length: 12 }, () => one()), camera: { width: 640, height: 480, frameRate: 8 } }),
    ...visionChecks({ frames: Array.from({ length: 12 }, () => ({ faceCount: 2 })), camera }),
    ...visionChecks({ frames: [], camera }),
    ...visionChecks({ frames: Array.from({ length: 12 }, () => ({ faceCount: 0 })), camera }),
    ...(['no-camera', 'model-failed', 'no-frames', 'camera-lost', 'light', 'no-fps', 'no-webgl', 'analysis-failed'] as const).flatMap(skippedVisionChecks),
  ];
  const notPass = rows.filter((r) => r.status !== 'pass');

  it('covers every finding cause of the vision checks', () => {
    const seen = new Set(notPass.filter((r) => r.status !== 'skip').map((r) => `${r.id}:${r.cause}`));
    const all = VISION_CHECK_IDS.flatMap((id) => ((CAUSES as Record<string, readonly string[]>)[id] ?? []).map((c) => `${id}:${c}`));
    // Someone behind the user is face-count's 'several', never a background cause.
    expect(all.filter((key) => !seen.has(key))).toEqual([]);
  });

  it.each(notPass.map((r) => [`${r.id} ${r.status} ${r.cause}`, r] as const))('%s', (_name, row) => {
    const vocabulary = row.status === 'skip' ? (SKIP_CAUSES as readonly string[]) : ((CAUSES as Record<string, readonly string[]>)[row.id] ?? []);
    expect(vocabulary).toContain(row.cause);
    const text = causeEntry(moduleOf(row.id)!, row.cause!)!;
    expect(row.summary).toEqual(text.summary(row.measured ?? {}));
    expect(row.fix).toEqual(text.fix?.(row.measured ?? {}));
    if (row.status !== 'skip') expect(row.fix).toBeDefined();
  });

  it('pass rows carry no cause', () => expect(rows.filter((r) => r.status === 'pass' && r.cause !== undefined)).toEqual([]));

  it.each<[string, Partial<import('../../../../src/vision/types').FrameMetrics>, string, string]>([
    // Signs (pose.ts): yaw > 0 the user looks to their own left; pitch > 0 chin up; roll > 0 towards the left shoulder.
    ['yaw +30', { yaw: 30 }, 'vision.head-pose.turned.left', 'vision.head-pose.turned.left.fix'],
    ['yaw -30', { yaw: -30 }, 'vision.head-pose.turned.right', 'vision.head-pose.turned.right.fix'],
    ['pitch +30', { pitch: 30 }, 'vision.head-pose.tilted.up', 'vision.head-pose.tilted.up.fix'],
    ['pitch -30', { pitch: -30 }, 'vision.head-pose.tilted.down', 'vision.head-pose.tilted.down.fix'],
    ['roll +30', { roll: 30 }, 'vision.head-pose.rolled.left', 'vision.head-pose.rolled.fix'],
    ['roll -30', { roll: -30 }, 'vision.head-pose.rolled.right', 'vision.head-pose.rolled.fix'],
  ])('head pose %s says which way and what to do', (_name, pose, summary, fix) => {
    const row = visionChecks({ frames: Array.from({ length: 12 }, () => one(pose)), camera }).find((c) => c.id === 'head-pose')!;
    expect(row.summary.key).toBe(summary);
    expect(row.summary.params).toMatchObject({ angle: 30 });
    expect(row.fix!.key).toBe(fix);
  });
});
