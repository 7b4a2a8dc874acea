import { describe, expect, it } from 'vitest';
import { SCENARIO_SHARE } from '../../../src/guide/facts';
import { failureShare, fixFirst } from '../../../src/report/fix-order';
import type { CheckId, CheckStatus } from '../../../src/report/types';

type Row = { id: CheckId; status: CheckStatus; scenario?: number };
const ids = (rows: Row[]) => fixFirst(rows).map((row) => row.id);

describe('fixFirst', () => {
  it.each<[string, Row[], CheckId[]]>([
    ['nothing to fix', [{ id: 'lighting', status: 'pass' }, { id: 'glare', status: 'skip' }], []],
    [
      'browser/camera before faces before light before pose before the rest',
      [
        { id: 'glare', status: 'fail', scenario: 9 },
        { id: 'distance', status: 'fail', scenario: 2 },
        { id: 'lighting', status: 'fail', scenario: 1 },
        { id: 'face-count', status: 'fail', scenario: 7 },
        { id: 'camera-device', status: 'fail', scenario: 4 },
      ],
      ['camera-device', 'face-count', 'lighting', 'distance', 'glare'],
    ],
    [
      'a fail outranks a warning of a more decisive kind',
      [
        { id: 'lighting', status: 'warn', scenario: 1 },
        { id: 'occlusion', status: 'fail', scenario: 3 },
      ],
      ['occlusion', 'lighting'],
    ],
    [
      'ties in the rest: the scenario that fails more people first (appearance 15 % > background 2 % > glare 1 %)',
      [
        { id: 'glare', status: 'warn', scenario: 9 },
        { id: 'background', status: 'warn', scenario: 7 },
        { id: 'occlusion', status: 'warn', scenario: 3 },
      ],
      ['occlusion', 'background', 'glare'],
    ],
    [
      'a check without its own scenario uses the guide\'s (sharpness → lighting, 38 %) and beats eyes-open (15 %)',
      [
        { id: 'eyes-open', status: 'fail' },
        { id: 'sharpness', status: 'fail' },
      ],
      ['sharpness', 'eyes-open'],
    ],
    [
      'browser/camera tier: camera permission (10 %) before browser (5 %)',
      [
        { id: 'browser', status: 'fail', scenario: 5 },
        { id: 'camera-permission', status: 'fail', scenario: 4 },
      ],
      ['camera-permission', 'browser'],
    ],
    [
      'same tier and share: report order (head-pose before distance)',
      [
        { id: 'distance', status: 'warn', scenario: 2 },
        { id: 'head-pose', status: 'warn', scenario: 2 },
      ],
      ['head-pose', 'distance'],
    ],
  ])('%s', (_name, rows, expected) => {
    expect(ids(rows)).toEqual(expected);
  });

  it('reads the shares from the guide facts', () => {
    expect(failureShare({ id: 'lighting', scenario: 1 })).toBe(SCENARIO_SHARE[1]);
    expect(failureShare({ id: 'network' })).toBe(SCENARIO_SHARE[6]);
  });
});
