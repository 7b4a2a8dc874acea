import { describe, expect, it } from 'vitest';
import { answerFor, countedFaces, distance, judgeIdQuality, meanDescriptor, type IdMeasures } from '../../../src/match/decide';
import { ID_QUALITY as Q, MATCH } from '../../../src/match/limits';

const good: IdMeasures = { faceWidths: [180], sharpness: 0.12, glare: 0, luma: 150, imageGlare: 0, imageLuma: 180 };
const pass = { status: 'pass' as const };

describe('the ID photo quality', () => {
  it('passes a readable portrait', () => expect(judgeIdQuality(good)).toEqual(pass));
  it.each([
    [{ faceWidths: [] }, 'id-no-face'],
    [{ faceWidths: [], imageGlare: Q.glareWithoutFace }, 'id-glare'],
    [{ faceWidths: [], imageLuma: Q.failDark - 1 }, 'id-dark'],
    [{ faceWidths: [180, 90] }, 'id-several-faces'],
    [{ faceWidths: [180, 90], imageLuma: Q.failDark - 1 }, 'id-dark'],
    [{ faceWidths: [Q.failFacePx - 1] }, 'id-face-small'],
    [{ touchesEdge: true }, 'id-cut-off'],
    [{ sharpness: Q.failSharpness - 0.001 }, 'id-blurry'],
    [{ glare: Q.failGlare }, 'id-glare'],
    [{ luma: Q.failDark - 1 }, 'id-dark'],
    [{ luma: Q.failBright + 1 }, 'id-bright'],
  ] as [Partial<IdMeasures>, string][])('fails %o with %s', (change, cause) => {
    expect(judgeIdQuality({ ...good, ...change })).toEqual({ status: 'fail', cause });
  });
  it('holds each limit just either side', () => {
    expect(judgeIdQuality({ ...good, sharpness: Q.failSharpness })).toEqual({ status: 'warn', cause: 'id-blurry' });
    expect(judgeIdQuality({ ...good, sharpness: Q.warnSharpness })).toEqual(pass);
    expect(judgeIdQuality({ ...good, faceWidths: [Q.failFacePx] })).toEqual({ status: 'warn', cause: 'id-face-small' });
    expect(judgeIdQuality({ ...good, faceWidths: [Q.warnFacePx] })).toEqual(pass);
    expect(judgeIdQuality({ ...good, glare: Q.warnGlare - 0.001 })).toEqual(pass);
    expect(judgeIdQuality({ ...good, glare: Q.warnGlare })).toEqual({ status: 'warn', cause: 'id-glare' });
  });
  it('does not count a ghost portrait under half the size as a second person', () => {
    expect(countedFaces([180, 89])).toBe(1);
    expect(countedFaces([180, 90])).toBe(2);
    expect(judgeIdQuality({ ...good, faceWidths: [180, 60] })).toEqual(pass);
  });
});

describe('the match answer', () => {
  it('answers by the thresholds, just either side', () => {
    expect(answerFor(MATCH.sameBelow - 0.001, pass)).toBe('same');
    expect(answerFor(MATCH.sameBelow, pass)).toBe('unsure');
    expect(answerFor(MATCH.differentAbove, pass)).toBe('unsure');
    expect(answerFor(MATCH.differentAbove + 0.001, pass)).toBe('different');
  });
  it('never compares an ID photo that fails, and is never sure on one that warns', () => {
    expect(answerFor(0.1, { status: 'fail', cause: 'id-blurry' })).toBe('unknown');
    expect(answerFor(undefined, pass)).toBe('unknown');
    expect(answerFor(Number.NaN, pass)).toBe('unknown');
    expect(answerFor(0.1, { status: 'warn', cause: 'id-face-small' })).toBe('unsure');
  });
  it('measures distance and averages descriptors', () => {
    expect(distance([0, 0], [3, 4])).toBe(5);
    expect(distance([0], [1, 2])).toBeNaN();
    expect(Array.from(meanDescriptor([[0, 2], [2, 4]]))).toEqual([1, 3]);
  });
});
