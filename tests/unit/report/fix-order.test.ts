import { describe, expect, it } from 'vitest';
import { SCENARIO_SHARE } from '../../../src/figures/facts';
import { failureShare, fixFirst } from '../../../src/report/fix-order';
import type { CauseId } from '../../../src/checks/registry';
import type { CheckId, CheckStatus } from '../../../src/report/types';

type Row = { id: CheckId; status: CheckStatus; cause?: CauseId };
const ids = (rows: Row[]) => fixFirst(rows).map((row) => row.id);

describe('fixFirst', () => {
  it.each<[string, Row[], CheckId[]]>([
    ['nothing to fix', [{ id: 'lighting', status: 'pass' }, { id: 'glare', status: 'skip' }], []],
    [
      'browser/camera before faces before light before pose before the rest',
      [
        { id: 'glare', status: 'fail' },
        { id: 'distance', status: 'fail' },
        { id: 'lighting', status: 'fail' },
        { id: 'face-count', status: 'fail' },
        { id: 'camera-device', status: 'fail' },
      ],
      ['camera-device', 'face-count', 'lighting', 'distance', 'glare'],
    ],
    [
      'a fail outranks a warning of a more decisive kind',
      [
        { id: 'lighting', status: 'warn' },
        { id: 'occlusion', status: 'fail' },
      ],
      ['occlusion', 'lighting'],
    ],
    [
      'ties in the rest: the topic that fails more people first (eyes, appearance 15 % > glasses/mask 2 % = background 2 %, then report order)',
      [
        { id: 'glare', status: 'warn', cause: 'glare' },
        { id: 'background', status: 'warn', cause: 'busy' },
        { id: 'occlusion', status: 'warn', cause: 'lower-face' },
        { id: 'eyes-open', status: 'warn', cause: 'closed' },
      ],
      ['eyes-open', 'occlusion', 'glare', 'background'],
    ],
    [
      'a cause filed under another topic takes its share: a covered forehead (appearance 15 %) before a slow network (4 %)',
      [
        { id: 'network', status: 'warn', cause: 'slow' },
        { id: 'occlusion', status: 'warn', cause: 'forehead' },
      ],
      ['occlusion', 'network'],
    ],
    [
      '… while a covered mouth (glasses/mask 2 %) comes after it',
      [
        { id: 'network', status: 'warn', cause: 'slow' },
        { id: 'occlusion', status: 'warn', cause: 'lower-face' },
      ],
      ['network', 'occlusion'],
    ],
    [
      'sharpness is the lighting topic (38 %) and beats eyes-open (15 %)',
      [
        { id: 'eyes-open', status: 'fail' },
        { id: 'sharpness', status: 'fail' },
      ],
      ['sharpness', 'eyes-open'],
    ],
    [
      'browser/camera tier: camera permission (10 %) before browser (5 %)',
      [
        { id: 'browser', status: 'fail' },
        { id: 'camera-permission', status: 'fail' },
      ],
      ['camera-permission', 'browser'],
    ],
    [
      'same tier and share: report order (head-pose before distance)',
      [
        { id: 'distance', status: 'warn' },
        { id: 'head-pose', status: 'warn' },
      ],
      ['head-pose', 'distance'],
    ],
  ])('%s', (_name, rows, expected) => {
    expect(ids(rows)).toEqual(expected);
  });

  it.each<[string, Row]>([
    ['a face that looks different', { id: 'id-match', status: 'warn', cause: 'different' }],
    ['a match that is hard to tell', { id: 'id-match', status: 'warn', cause: 'unsure' }],
    ['an ID photo that does not read', { id: 'id-match', status: 'warn', cause: 'id-blurry' }],
  ])('the ID match: %s is a fix, placed by the appearance topic\'s 15 %% share', (_name, match) => {
    expect(failureShare(match)).toBe(SCENARIO_SHARE[3]);
    expect(SCENARIO_SHARE[3]).toBe(15);
    const rows: Row[] = [
      { id: 'glare', status: 'warn', cause: 'glare' }, // glasses and masks, 2 %
      { id: 'network', status: 'warn', cause: 'slow' }, // network, 4 %
      match,
      { id: 'sharpness', status: 'warn', cause: 'blurry' }, // lighting, 38 %
      { id: 'distance', status: 'warn' }, // framing: a more decisive tier
      { id: 'occlusion', status: 'fail', cause: 'lower-face' }, // any failure outranks a warning
    ];
    expect(ids(rows)).toEqual(['occlusion', 'distance', 'sharpness', 'id-match', 'network', 'glare']);
  });

  it('the ID match not yet checked (a skip) and a good match (a pass) are not fixes', () => {
    expect(ids([{ id: 'id-match', status: 'skip', cause: 'not-checked' }, { id: 'lighting', status: 'warn' }])).toEqual(['lighting']);
    expect(ids([{ id: 'id-match', status: 'pass' }])).toEqual([]);
  });

  it('reads the shares from the guide facts', () => {
    expect(failureShare({ id: 'lighting' })).toBe(SCENARIO_SHARE[1]);
    expect(failureShare({ id: 'network' })).toBe(SCENARIO_SHARE[6]);
  });
});
