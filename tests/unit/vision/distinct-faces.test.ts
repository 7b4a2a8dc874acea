// One face reported twice by the landmarker (a ghost mesh around a small far face under webcam noise) is one
// face; two people side by side, or one behind the other's shoulder, stay two.
import { describe, expect, it } from 'vitest';
import { distinctFaces } from '../../../src/vision/distinct-faces';

// Measured on the "too-far" condition through the webcam axis: the real face, and the ghost around it.
const real = { x: 0.441, y: 0.39, w: 0.134, h: 0.239 };
const ghost = { x: 0.318, y: 0.273, w: 0.351, h: 0.532 };

describe('distinctFaces', () => {
  it('a ghost around the face is dropped, whichever order the landmarker gives them in', () => {
    expect(distinctFaces([real, ghost])).toEqual([0]);
    expect(distinctFaces([ghost, real])).toEqual([1]);
  });

  it('two people stay two: side by side, and a small face just beside a large one', () => {
    expect(distinctFaces([{ x: 0.1, y: 0.3, w: 0.25, h: 0.35 }, { x: 0.6, y: 0.3, w: 0.25, h: 0.35 }])).toEqual([0, 1]);
    // Overlapping boxes, but neither centre inside the other box: a person close behind the user's shoulder.
    expect(distinctFaces([{ x: 0.3, y: 0.3, w: 0.3, h: 0.4 }, { x: 0.55, y: 0.2, w: 0.12, h: 0.15 }])).toEqual([0, 1]);
  });

});
