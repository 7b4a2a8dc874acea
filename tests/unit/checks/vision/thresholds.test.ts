// Every decision limit of the vision check modules (src/checks/vision/<id>.ts) and the measuring
// levels of src/vision/limits.ts, tested just either side with literal numbers (never computed
// from the constant, so moving a limit or flipping a comparison fails a row here).
// TIMEOUTS.modelMs is a failure deadline, proved by the engine's e2e specs (camera denied, no frames).
import { describe, expect, it } from 'vitest';
import { judgeBackground } from '../../../../src/checks/vision/background';
import { judgeBacklight } from '../../../../src/checks/vision/backlight';
import { judgeDistance } from '../../../../src/checks/vision/distance';
import { judgeEyes } from '../../../../src/checks/vision/eyes-open';
import { faceCountFinding } from '../../../../src/checks/vision/face-count';
import { judgePosition } from '../../../../src/checks/vision/face-position';
import { judgeGlare } from '../../../../src/checks/vision/glare';
import { judgePose } from '../../../../src/checks/vision/head-pose';
import { aggregateFindings } from '../../../../src/checks/vision/judging';
import { judgeLighting } from '../../../../src/checks/vision/lighting';
import { judgeOcclusion } from '../../../../src/checks/vision/occlusion';
import { judgeSharpness } from '../../../../src/checks/vision/sharpness';
import { stabilityFinding } from '../../../../src/checks/vision/stability';
import { visionChecks } from '../../../../src/checks/vision/window';
import type { Finding } from '../../../../src/checks/define';
import { cameraFinding } from '../../../../src/checks/camera/camera-quality';
import { edgeDensity, highlightShare } from '../../../../src/vision/clutter';
import { distanceCm, placement } from '../../../../src/vision/geometry';
import { MEASURING } from '../../../../src/vision/limits';
import { colourCast, regionStats } from '../../../../src/vision/pixels';
import { isAway, scanTiles, SMALL_FACES, summarise } from '../../../../src/vision/small-faces';
import type { FrameRecord } from '../../../../src/vision/window';
import type { FrameMetrics, Point } from '../../../../src/vision/types';
import { goodMetrics, grey, planeFrom } from '../../vision/helpers';

type Row = [Partial<FrameMetrics>, string, string];
function table(name: string, judge: (m: FrameMetrics) => Finding, rows: Row[]) {
  describe(name, () => {
    it.each(rows)('%o → %s %s', (overrides, status, code) => expect(judge(goodMetrics(overrides))).toEqual({ status, code }));
  });
}

table('head pose: yaw and roll warn over 10°, fail over 15° (either sign)', judgePose, [
  [{ yaw: 9.9 }, 'pass', 'ok'],
  [{ yaw: 10.1 }, 'warn', 'turned'],
  [{ yaw: -10.1 }, 'warn', 'turned'],
  [{ yaw: 14.9 }, 'warn', 'turned'],
  [{ yaw: 15.1 }, 'fail', 'turned'],
  [{ yaw: -15.1 }, 'fail', 'turned'],
  [{ roll: -9.9 }, 'pass', 'ok'],
  [{ roll: 10.1 }, 'warn', 'rolled'],
  [{ roll: -14.9 }, 'warn', 'rolled'],
  [{ roll: 15.1 }, 'fail', 'rolled'],
]);

table('head pose: pitch warns over 15°, fails over 20° (either sign)', judgePose, [
  [{ pitch: 14.9 }, 'pass', 'ok'],
  [{ pitch: -14.9 }, 'pass', 'ok'],
  [{ pitch: 15.1 }, 'warn', 'tilted'],
  [{ pitch: -15.1 }, 'warn', 'tilted'],
  [{ pitch: 19.9 }, 'warn', 'tilted'],
  [{ pitch: 20.1 }, 'fail', 'tilted'],
  [{ pitch: -20.1 }, 'fail', 'tilted'],
]);

table('distance: fail < 25, warn < 30, pass to 50, warn to 65, fail beyond', judgeDistance, [
  [{ distanceCm: 24.9 }, 'fail', 'too-close'],
  [{ distanceCm: 25.1 }, 'warn', 'too-close'],
  [{ distanceCm: 29.9 }, 'warn', 'too-close'],
  [{ distanceCm: 30.1 }, 'pass', 'ok'],
  [{ distanceCm: 49.9 }, 'pass', 'ok'],
  [{ distanceCm: 50.1 }, 'warn', 'too-far'],
  [{ distanceCm: 64.9 }, 'warn', 'too-far'],
  [{ distanceCm: 65.1 }, 'fail', 'too-far'],
]);

table('face position: off-centre over 0.15', judgePosition, [
  [{ offCentre: 0.149 }, 'pass', 'ok'],
  [{ offCentre: 0.151 }, 'warn', 'off-centre'],
]);

table('lighting: face mean fails < 55, warns < 80 and > 190, fails > 215', judgeLighting, [
  [{ faceMean: 54.9 }, 'fail', 'dark'],
  [{ faceMean: 55.1 }, 'warn', 'dark'],
  [{ faceMean: 79.9 }, 'warn', 'dark'],
  [{ faceMean: 80.1 }, 'pass', 'ok'],
  [{ faceMean: 189.9 }, 'pass', 'ok'],
  [{ faceMean: 190.1 }, 'warn', 'bright'],
  [{ faceMean: 214.9 }, 'warn', 'bright'],
  [{ faceMean: 215.1 }, 'fail', 'bright'],
]);

table('lighting: clipped or crushed shares warn over 0.10, fail over 0.25', judgeLighting, [
  [{ overShare: 0.099 }, 'pass', 'ok'],
  [{ overShare: 0.101 }, 'warn', 'bright'],
  [{ overShare: 0.249 }, 'warn', 'bright'],
  [{ overShare: 0.251 }, 'fail', 'bright'],
  [{ underShare: 0.099 }, 'pass', 'ok'],
  [{ underShare: 0.101 }, 'warn', 'dark'],
  [{ underShare: 0.249 }, 'warn', 'dark'],
  [{ underShare: 0.251 }, 'fail', 'dark'],
]);

table('lighting: uniformity warns under 0.55, fails under 0.40; named before the mild darkness it causes', judgeLighting, [
  [{ uniformity: 0.551 }, 'pass', 'ok'],
  [{ uniformity: 0.549 }, 'warn', 'uneven'],
  [{ uniformity: 0.401 }, 'warn', 'uneven'],
  [{ uniformity: 0.399 }, 'fail', 'uneven'],
  [{ uniformity: 0.45, faceMean: 70 }, 'warn', 'uneven'],
  [{ uniformity: 0.45, faceMean: 50 }, 'fail', 'dark'],
]);

table('lighting: a colour cast warns over +0.6 (orange) and under -0.4 (blue), never fails', judgeLighting, [
  [{ colourCast: 0.599 }, 'pass', 'ok'],
  [{ colourCast: 0.601 }, 'warn', 'colour-cast'],
  [{ colourCast: 3 }, 'warn', 'colour-cast'],
  [{ colourCast: -0.399 }, 'pass', 'ok'],
  [{ colourCast: -0.401 }, 'warn', 'colour-cast'],
  [{ colourCast: -3 }, 'warn', 'colour-cast'],
]);

table('lighting: the cast comes after every exposure finding and uneven light', judgeLighting, [
  [{ colourCast: 1, faceMean: 54.9 }, 'fail', 'dark'],
  [{ colourCast: -1, faceMean: 215.1 }, 'fail', 'bright'],
  [{ colourCast: 1, uniformity: 0.549 }, 'warn', 'uneven'],
  [{ colourCast: 1, uniformity: 0.399 }, 'fail', 'uneven'],
  [{ colourCast: 1, faceMean: 79.9 }, 'warn', 'dark'],
  [{ colourCast: -1, faceMean: 190.1 }, 'warn', 'bright'],
  [{ colourCast: -1, overShare: 0.251 }, 'fail', 'bright'],
  [{ colourCast: 1, underShare: 0.101 }, 'warn', 'dark'],
  [{ colourCast: 1, faceMean: 80.1, uniformity: 0.551 }, 'warn', 'colour-cast'],
  [{ colourCast: 1, cutOff: true }, 'skip', 'face-cut-off'],
]);

table('backlight: background/face warns over 1.5, fails over 2.0', judgeBacklight, [
  [{ backlightRatio: 1.49 }, 'pass', 'ok'],
  [{ backlightRatio: 1.51 }, 'warn', 'backlit'],
  [{ backlightRatio: 1.99 }, 'warn', 'backlit'],
  [{ backlightRatio: 2.01 }, 'fail', 'backlit'],
]);

table('sharpness: warns under 0.22, fails under 0.16', judgeSharpness, [
  [{ sharpness: 0.221 }, 'pass', 'ok'],
  [{ sharpness: 0.219 }, 'warn', 'blurry'],
  [{ sharpness: 0.161 }, 'warn', 'blurry'],
  [{ sharpness: 0.159 }, 'fail', 'blurry'],
]);

table('eyes: blink warns over 0.45, fails over 0.65; eye aspect fails under 0.10', judgeEyes, [
  [{ blink: 0.449 }, 'pass', 'ok'],
  [{ blink: 0.451 }, 'warn', 'closed'],
  [{ blink: 0.649 }, 'warn', 'closed'],
  [{ blink: 0.651 }, 'fail', 'closed'],
  [{ eyeAspect: 0.101 }, 'pass', 'ok'],
  [{ eyeAspect: 0.099 }, 'fail', 'closed'],
]);

table('occlusion: eye band, lower-face colour and edges, forehead', judgeOcclusion, [
  [{ eyeBandRatio: 0.551 }, 'pass', 'ok'],
  [{ eyeBandRatio: 0.549 }, 'warn', 'eyes'],
  [{ eyeBandRatio: 0.451 }, 'warn', 'eyes'],
  [{ eyeBandRatio: 0.449 }, 'fail', 'eyes'],
  [{ lowerFaceChroma: 0.089 }, 'pass', 'ok'],
  [{ lowerFaceChroma: 0.091 }, 'warn', 'lower-face'],
  [{ lowerFaceChroma: 0.119 }, 'warn', 'lower-face'],
  [{ lowerFaceChroma: 0.121 }, 'fail', 'lower-face'],
  [{ lowerFaceEdges: 1.49 }, 'pass', 'ok'],
  [{ lowerFaceEdges: 1.51 }, 'warn', 'lower-face'],
  [{ lowerFaceEdges: 1.99 }, 'warn', 'lower-face'],
  [{ lowerFaceEdges: 2.01 }, 'fail', 'lower-face'],
  [{ lowerFaceChroma: 0.1, lowerFaceEdges: 2.5 }, 'fail', 'lower-face'],
  [{ foreheadRatio: 0.501 }, 'pass', 'ok'],
  [{ foreheadRatio: 0.499 }, 'warn', 'forehead'],
]);

table('occlusion: hair over one eye, balance under 0.38 while the brighter eye reads 0.5 or more', judgeOcclusion, [
  [{ eyeBalance: 0.381 }, 'pass', 'ok'],
  [{ eyeBalance: 0.379 }, 'warn', 'hair-over-eye'],
  [{ eyeBalance: 0.2, brighterEye: 0.501 }, 'warn', 'hair-over-eye'],
  [{ eyeBalance: 0.2, brighterEye: 0.499 }, 'pass', 'ok'],
]);

// A brim's shadow: forehead under 0.6, eye band under 0.7, forehead darker than the eye band, forehead texture under 4.
const brim = { foreheadRatio: 0.55, eyeBandRatio: 0.65, foreheadTexture: 1 };
table('occlusion: a hat brim, each of its four conditions just either side', judgeOcclusion, [
  [brim, 'warn', 'hat'],
  [{ ...brim, foreheadRatio: 0.599, eyeBandRatio: 0.699 }, 'warn', 'hat'],
  [{ ...brim, foreheadRatio: 0.601 }, 'pass', 'ok'],
  [{ ...brim, eyeBandRatio: 0.701 }, 'pass', 'ok'],
  [{ ...brim, foreheadRatio: 0.56, eyeBandRatio: 0.559 }, 'pass', 'ok'], // the forehead lighter than the eyes: no shadow from above
  [{ ...brim, foreheadRatio: 0.56, eyeBandRatio: 0.561 }, 'warn', 'hat'],
  [{ ...brim, foreheadTexture: 3.99 }, 'warn', 'hat'],
  [{ ...brim, foreheadTexture: 4.01 }, 'pass', 'ok'],
  [{ ...brim, foreheadRatio: 0.45, foreheadTexture: 4.01 }, 'warn', 'forehead'], // textured: hair over the forehead
]);

table('glare: share warns over 0.04, fails over 0.10', judgeGlare, [
  [{ glareShare: 0.039 }, 'pass', 'ok'],
  [{ glareShare: 0.041 }, 'warn', 'glare'],
  [{ glareShare: 0.099 }, 'warn', 'glare'],
  [{ glareShare: 0.101 }, 'fail', 'glare'],
]);

table('background: clutter warns over 0.14', judgeBackground, [
  [{ clutter: 0.139 }, 'pass', 'ok'],
  [{ clutter: 0.141 }, 'warn', 'busy'],
]);

describe('pixel limits: crushed < 30, clipped > 247, specular ≥ 245, edge > 40', () => {
  const one = (v: number) => planeFrom(1, 1, () => grey(v));
  const all = { x0: 0, y0: 0, x1: 1, y1: 1 };
  it.each([
    [29, 1, 0],
    [31, 0, 0],
    [246, 0, 0],
    [248, 0, 1],
  ])('luma %d: under %d, over %d', (v, under, over) => {
    const stats = regionStats(one(v), all, { under: MEASURING.underLuma, over: MEASURING.overLuma });
    expect([stats.underShare, stats.overShare]).toEqual([under, over]);
  });
  it.each([
    [244, 0],
    [245, 1],
  ])('luma %d is a highlight: %d', (v, share) => expect(highlightShare(one(v), all, MEASURING.glareLuma)).toBe(share));
  it.each([
    // ln(150 / 105) = 0.3567 and ln(150 / 104) = 0.3662: either side of natural skin's 0.36.
    [[150, 110, 105], -1],
    [[150, 110, 104], 1],
  ])('skin %o reads a cast of sign %d about natural skin (0.36)', (rgb, sign) => {
    const stats = regionStats(planeFrom(4, 4, () => rgb as [number, number, number]), { x0: 0, y0: 0, x1: 4, y1: 4 });
    expect(Math.sign(colourCast([stats], MEASURING.skinWarmth))).toBe(sign);
  });
  it.each([
    [39, 0],
    [41, 1],
  ])('a step of %d is an edge: %d', (step, density) => {
    // A 2x2 plane: the top-left pixel differs from its right neighbour by `step`; only it is scored.
    const plane = planeFrom(2, 2, (x) => grey(x === 0 ? 100 : 100 + step));
    expect(edgeDensity(plane, { x0: 0, y0: 0, x1: 0, y1: 0 }, MEASURING.edgeLuma)).toBe(density);
  });
});

describe('distance ruler: 63 mm pupils, 65° field of view', () => {
  // Pupils 79.1 px apart in a 640 px frame: focal 502.3 px × 6.3 cm / 79.1 px = 40.0 cm.
  const face = (ipdPx: number): Point[] => {
    const landmarks = Array.from({ length: 478 }, () => ({ x: 0.5, y: 0.5 }));
    landmarks[468] = { x: 0.5 - ipdPx / 1280, y: 0.5 };
    landmarks[473] = { x: 0.5 + ipdPx / 1280, y: 0.5 };
    return landmarks;
  };
  it('79.1 px at 640 px reads 40.0 cm', () => expect(distanceCm(face(79.1), 640, 480)).toBeCloseTo(40, 1));
  it('a head turned 30° shows the pupils closer: undone by cos(yaw)', () =>
    expect(distanceCm(face(79.1 * Math.cos(Math.PI / 6)), 640, 480, 30)).toBeCloseTo(40, 1));
});

describe('cut off: landmarks within 1 % of the edge', () => {
  const at = (x: number): Point[] => [{ x, y: 0.4 }, { x: 0.6, y: 0.6 }];
  it.each([
    [0.0101, false],
    [0.0099, true],
  ])('left edge at %d: cut off %s', (x, cut) => expect(placement(at(x), 4 / 3).cutOff).toBe(cut));
});

describe('window: fail when half the frames fail; enough faces in half of the ten frames', () => {
  const f = (status: 'pass' | 'fail'): Finding => ({ status, code: status === 'pass' ? 'ok' : 'dark' });
  it.each([
    [50, 'fail'],
    [49, 'pass'],
  ])('%d of 100 frames failing → %s', (n, status) =>
    expect(aggregateFindings([...Array(n).fill(f('fail')), ...Array(100 - n).fill(f('pass'))]).status).toBe(status));
  it.each([
    [5, 'pass'],
    [4, 'skip'],
  ])('%d single-face frames of 10 → head-pose %s', (n, status) => {
    const frames: FrameRecord[] = Array.from({ length: 10 }, (_, i) => (i < n ? { faceCount: 1, metrics: goodMetrics() } : { faceCount: 0 }));
    expect(visionChecks({ frames, camera: { width: 640, height: 480, frameRate: 30 } }).find((c) => c.id === 'head-pose')!.status).toBe(status);
  });
});

describe('face count: another face in 30 % of the frames fails', () => {
  const counts = (twos: number) => Array.from({ length: 100 }, (_, i) => ({ faceCount: i < twos ? 2 : 1 }));
  it.each([
    [30, 'fail'],
    [29, 'pass'],
  ])('%d of 100 frames with two faces → %s', (twos, status) => expect(faceCountFinding(counts(twos)).status).toBe(status));
});

describe('stability: median motion warns over 0.04, fails over 0.10 face widths', () => {
  // Alternating centre offsets of d (normalised x) with a 0.3-wide face: motion = d / 0.3.
  it.each([
    [0.039, 'pass'],
    [0.041, 'warn'],
    [0.099, 'warn'],
    [0.101, 'fail'],
  ])('motion %d → %s', (motion, status) => {
    const frames = [0, 1, 0, 1, 0].map((k) => goodMetrics({ centreX: 0.5 + k * motion * 0.3, faceWidth: 0.3 }));
    expect(stabilityFinding(frames, 4 / 3).finding.status).toBe(status);
  });
});

describe('camera: 640x480 and 14 fps', () => {
  it.each([
    [{ width: 640, height: 480, frameRate: 30 }, 'pass'],
    [{ width: 639, height: 480, frameRate: 30 }, 'fail'],
    [{ width: 640, height: 479, frameRate: 30 }, 'fail'],
    [{ width: 640, height: 480, frameRate: 14.1 }, 'pass'],
    [{ width: 640, height: 480, frameRate: 13.9 }, 'warn'],
  ])('%o → %s', (camera, status) => expect(cameraFinding(camera).status).toBe(status));
});

describe('small-face scan geometry', () => {
  it('3x3 tiles of 256 px at 640x480, stride 192 across and 112 down', () =>
    expect(scanTiles(640, 480)).toEqual(
      [0, 112, 224].flatMap((y) => [0, 192, 384].map((x) => ({ x, y, side: 256 }))),
    ));
  it('a 1280x720 frame gets 384 px tiles', () => expect(scanTiles(1280, 720)[8]).toEqual({ x: 896, y: 336, side: 384 }));
  const tracked = [{ x: 0.4, y: 0.4, w: 0.2, h: 0.2 }];
  // The tracked face widened by half its size each way: x 0.3–0.7.
  it.each([
    [0.299, true],
    [0.301, false],
    [0.699, false],
    [0.701, true],
  ])('a hit centred at x %d is away from the tracked face: %s', (cx, away) =>
    expect(isAway({ x: cx - 0.01, y: 0.49, w: 0.02, h: 0.02 }, tracked)).toBe(away));
  it.each([
    [0.049, 1],
    [0.051, 2],
  ])('hits %d apart (faces 0.1 wide) are %d face(s)', (gap, faces) => {
    const hit = (x: number) => ({ x, y: 0.1, w: 0.1, h: 0.1, away: false, score: 0.9 });
    expect(summarise([hit(0.2), hit(0.2 + gap)], 9).faces).toBe(faces);
  });
  it.each([
    [0.49, 0],
    [0.51, 1],
  ])('a detection scored %d counts as %d face(s)', (score, faces) =>
    expect(summarise([{ x: 0.2, y: 0.2, w: 0.1, h: 0.1, away: true, score }], 9)).toMatchObject({ faces, others: faces }));
  it.each([
    [SMALL_FACES.maxAwayWidth - 0.01, 1],
    [SMALL_FACES.maxAwayWidth + 0.01, 0],
  ])('a face clear of the user %d wide is someone else (%d): wider ones the landmarker would have found itself', (w, others) =>
    expect(summarise([{ x: 0.02, y: 0.02, w, h: w * 1.3, away: true, score: 0.6 }], 9)).toMatchObject({ others }));
  it('a wide hit with nobody tracked still counts as a face (the user, the landmarker lost)', () =>
    expect(summarise([{ x: 0.3, y: 0.2, w: 0.35, h: 0.45, away: false, score: 0.6 }], 9)).toMatchObject({ faces: 1, others: 0 }));
});
