// The kit's shot judgement: each angle window at both sides of its limits, the other conditions,
// the hold, the order of shots, the stored-report export and the popup's rule for showing the link.
import { describe, expect, it } from 'vitest';
import { HoldTracker, nextShot, readShot, SIDE_MAX_DEG, SIDE_MIN_DEG, sideOf } from '../../../src/review-kit/shots';
import { reportFromStored } from '../../../src/review-kit/stored-report';
import { selfieFileName } from '../../../src/review-kit/files';
import { exportReport } from '../../../src/report/export';
import { createTranslator } from '../../../src/i18n/translate';
import { FACT_PARAMS } from '../../../src/figures/facts';
import { showReviewKitLink } from '../../../src/ui/review-kit/OpenReviewKitLink';
import { goodMetrics } from '../vision/helpers';

describe('readShot: the angle windows (positive yaw = the user turned to their left)', () => {
  it('uses the guide\'s 45° for the sides', () => {
    expect([SIDE_MIN_DEG, SIDE_MAX_DEG]).toEqual([35, 60]);
  });

  it.each([
    ['front', 0, true, 'held'],
    ['front', 10, true, 'held'],
    ['front', 10.5, false, 'turn-right'],
    ['front', -10, true, 'held'],
    ['front', -10.5, false, 'turn-left'],
    ['left', 34.5, false, 'turn-left'],
    ['left', 35, true, 'held'],
    ['left', 45, true, 'held'],
    ['left', 60, true, 'held'],
    ['left', 60.5, false, 'turn-back-right'],
    ['left', -40, false, 'turn-left'],
    ['right', -34.5, false, 'turn-right'],
    ['right', -35, true, 'held'],
    ['right', -60, true, 'held'],
    ['right', -60.5, false, 'turn-back-left'],
    ['right', 40, false, 'turn-right'],
  ] as const)('%s at yaw %d° → angle %s (%s)', (shot, yaw, angle, hint) => {
    const reading = readShot(shot, 1, goodMetrics({ yaw }));
    expect(reading).toMatchObject({ angle, hint, single: true, light: true, sharp: true, ready: angle });
  });

  it('a tipped head is not the asked-for shot, whatever the yaw', () => {
    expect(readShot('left', 1, goodMetrics({ yaw: 45, pitch: 25 }))).toMatchObject({ angle: false, hint: 'level-head', ready: false });
    expect(readShot('front', 1, goodMetrics({ roll: 20 }))).toMatchObject({ angle: false, hint: 'level-head' });
  });

  it('light, sharpness and a single face must pass too', () => {
    expect(readShot('front', 1, goodMetrics({ faceMean: 30 }))).toMatchObject({ angle: true, light: false, ready: false });
    expect(readShot('front', 1, goodMetrics({ sharpness: 0 }))).toMatchObject({ angle: true, sharp: false, ready: false });
    expect(readShot('front', 2, goodMetrics())).toMatchObject({ single: false, hint: 'only-you', ready: false });
    expect(readShot('front', 0, undefined)).toMatchObject({ single: false, hint: 'find-face', ready: false });
    expect(readShot('front', 1, goodMetrics({ yaw: undefined }))).toMatchObject({ hint: 'find-face', ready: false });
  });

  it.each([
    [0, 'centre'],
    [10, 'centre'],
    [10.1, 'left'],
    [-10.1, 'right'],
  ] as const)('sideOf(%d) → %s', (yaw, side) => expect(sideOf(yaw)).toBe(side));
});

describe('HoldTracker', () => {
  it('is held after holdMs of consecutive ready frames, and any miss starts again', () => {
    const hold = new HoldTracker(800);
    expect(hold.update(true, 0)).toBe(0);
    expect(hold.update(true, 799)).toBeLessThan(1);
    expect(hold.update(false, 850)).toBe(0);
    expect(hold.update(true, 900)).toBe(0);
    expect(hold.update(true, 1699)).toBeLessThan(1);
    expect(hold.update(true, 1700)).toBe(1);
  });
});

describe('shots and files', () => {
  it('asks for front, left, right in that order, and only for the missing ones', () => {
    expect(nextShot(new Set())).toBe('front');
    expect(nextShot(new Set(['front']))).toBe('left');
    expect(nextShot(new Set(['front', 'right']))).toBe('left');
    expect(nextShot(new Set(['front', 'left', 'right']))).toBeNull();
  });

  it('names each file after its shot and time', () => {
    expect(selfieFileName('left', new Date(2026, 10, 30, 9, 5, 7))).toBe('selfie-left-2026-11-30-090507.jpg');
  });
});

describe('the stored pre-flight as an exportable report', () => {
  it('keeps statuses and measurements, says the status as the finding, invents nothing', () => {
    const report = reportFromStored({
      id: 'r',
      createdAt: Date.UTC(2026, 10, 30),
      verdict: 'caution',
      source: 'page',
      checks: [
        { id: 'lighting', status: 'warn', measured: { mean: 70 } },
        { id: 'browser', status: 'pass' },
      ],
    });
    const exported = exportReport(report, createTranslator('en', FACT_PARAMS), '1.0.0');
    expect(exported.checks).toEqual([
      // The guide topic comes from the guide's own table, not from the stored row.
      { id: 'lighting', status: 'warn', name: expect.any(String), finding: 'Warning', measured: { mean: 70 }, scenario: 1 },
      { id: 'browser', status: 'pass', name: expect.any(String), finding: 'Pass', measured: {}, scenario: 5 },
    ]);
  });
});

describe('the popup offers the kit while locked or after 3 failures', () => {
  const status = (used: number, locked = false) => ({ used, left: Math.max(0, 5 - used), limit: 5, locked });
  it.each([
    [0, false, false],
    [2, false, false],
    [3, false, true],
    [0, true, true],
  ] as const)('used %d, locked %s → %s', (used, locked, shown) => {
    expect(showReviewKitLink(status(used, locked))).toBe(shown);
  });
  it('not before the background answered', () => expect(showReviewKitLink(null)).toBe(false));
});
