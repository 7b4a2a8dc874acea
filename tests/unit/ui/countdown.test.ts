import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/translate';
import { FACT_PARAMS } from '../../../src/figures/facts';
import { announceCountdown, formatCountdown } from '../../../src/ui/components/countdown';
import { formatRelative } from '../../../src/ui/components/time';
import { withSlot } from '../../../src/ui/popup/Glance';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const en = createTranslator('en', FACT_PARAMS);
const zh = createTranslator('zh-CN', FACT_PARAMS);

describe('formatCountdown', () => {
  it.each([
    [24 * H, '24 h 0 min', '24 小时 0 分钟'],
    [23 * H + 59 * M + 59 * S, '23 h 59 min', '23 小时 59 分钟'],
    [H + 1, '1 h 0 min', '1 小时 0 分钟'],
    [H, '1 h 0 min', '1 小时 0 分钟'],
    [59 * M + 1, '59 min 01 s', '59 分 01 秒'],
    [5 * M + 7 * S, '5 min 07 s', '5 分 07 秒'],
    [61 * S, '1 min 01 s', '1 分 01 秒'],
    [59 * S, '59 s', '59 秒'],
    [1, '1 s', '1 秒'],
    [0, 'now', '现在'],
    [-5 * S, 'now', '现在'],
    [NaN, 'now', '现在'],
  ])('%d ms → %s / %s', (ms, english, chinese) => {
    expect(en(formatCountdown(ms))).toBe(english);
    expect(zh(formatCountdown(ms))).toBe(chinese);
  });
});

describe('announceCountdown (what the live region says)', () => {
  it.each([
    [24 * H, '24 h 0 min'],
    [23 * H + 50 * M, '24 h 0 min'],
    [23 * H + 44 * M, '23 h 45 min'],
    [H + 1, '1 h 15 min'],
    [H, '60 min'],
    [10 * M + 1, '11 min'],
    [30 * S, '1 min'],
    [0, 'now'],
  ])('%d ms → %s', (ms, text) => {
    expect(en(announceCountdown(ms))).toBe(text);
  });

  it('changes at most every 15 minutes above an hour and every minute below', () => {
    const changes = (from: number, to: number, step: number) => {
      let last = '';
      let count = 0;
      for (let ms = from; ms > to; ms -= step) {
        const text = en(announceCountdown(ms));
        if (text !== last) count += 1;
        last = text;
      }
      return count;
    };
    expect(changes(24 * H, H, S * 10)).toBeLessThanOrEqual(93);
    expect(changes(H, 0, S)).toBe(60);
  });
});

describe('formatRelative', () => {
  const now = Date.UTC(2026, 0, 1, 12);
  it.each([
    [now - 10 * S, 'en', 'now'],
    [now - 5 * M, 'en', '5 minutes ago'],
    [now - 3 * H, 'en', '3 hours ago'],
    [now - 26 * H, 'en', 'yesterday'],
    [now - 5 * M, 'zh-CN', '5分钟前'],
  ] as const)('%d (%s) → %s', (then, locale, text) => {
    expect(formatRelative(then, now, locale)).toBe(text);
  });
});

describe('withSlot', () => {
  it('puts a node where the placeholder was', () => {
    expect(withSlot('{left} of 5 left', 'left', 'N')).toEqual(['', 'N', ' of 5 left']);
    expect(withSlot('剩余 {left} 次，共 5 次', 'left', 'N')).toEqual(['剩余 ', 'N', ' 次，共 5 次']);
    expect(withSlot('no slot', 'left', 'N')).toBe('no slot');
  });
});
