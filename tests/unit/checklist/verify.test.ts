import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHECKLIST } from '../../../src/checklist/items';
import { doneCount, isItemVerified, verifiedItems, VERIFIED_FOR_MS } from '../../../src/checklist/verify';
import { CHECK_IDS, type CheckId, type CheckStatus } from '../../../src/report/types';
import { checklistItem, readChecklist, sanitizeChecklist, setTicked } from '../../../src/storage/checklist';

const NOW = Date.UTC(2026, 10, 27, 12, 0);
const report = (statuses: Partial<Record<CheckId, CheckStatus>>, createdAt = NOW - 60_000) => ({
  createdAt,
  checks: Object.entries(statuses).map(([id, status]) => ({ id: id as CheckId, status: status! })),
});
const allPass = Object.fromEntries(CHECK_IDS.map((id) => [id, 'pass'])) as Record<CheckId, CheckStatus>;

describe('the checklist', () => {
  it('has the guide’s 13 items: environment 5, appearance 5, device 3, unique ids', () => {
    const count = (group: string) => CHECKLIST.filter((item) => item.group === group).length;
    expect([CHECKLIST.length, count('environment'), count('appearance'), count('device')]).toEqual([13, 5, 5, 3]);
    expect(new Set(CHECKLIST.map((item) => item.id)).size).toBe(13);
  });

  it('maps only known check ids', () => {
    for (const item of CHECKLIST) for (const id of item.checks) expect(CHECK_IDS).toContain(id);
  });
});

describe('verifiedItems', () => {
  it('ticks every item when everything passed; "You look like your ID photo" only through the ID match row', () => {
    expect(verifiedItems(report(allPass), NOW).size).toBe(13);
    const { 'id-match': _, ...withoutMatch } = allPass;
    const verified = verifiedItems(report(withoutMatch), NOW);
    expect(verified.size).toBe(12);
    expect(verified.has('app-id-match')).toBe(false);
    expect(verifiedItems(report({ ...allPass, 'id-match': 'warn' }), NOW).has('app-id-match')).toBe(false);
    expect(verifiedItems(report({ ...allPass, 'id-match': 'skip' }), NOW).has('app-id-match')).toBe(false);
  });

  it.each([
    // item, report statuses, expected
    ['env-light', { lighting: 'pass' }, true],
    ['env-light', { lighting: 'warn' }, false],
    ['env-light', { lighting: 'skip' }, false],
    ['env-light', {}, false],
    ['env-background', { background: 'pass', 'face-count': 'pass' }, true],
    ['env-background', { background: 'pass', 'face-count': 'fail' }, false],
    ['env-background', { background: 'pass' }, false],
    ['app-pose', { 'head-pose': 'pass', distance: 'pass', 'face-position': 'pass' }, true],
    ['app-pose', { 'head-pose': 'pass', distance: 'warn', 'face-position': 'pass' }, false],
    ['dev-camera', { 'camera-permission': 'pass', 'camera-device': 'pass' }, true],
    ['dev-browser', { browser: 'fail' }, false],
  ] as const)('%s with %j → %s', (id, statuses, expected) => {
    const item = CHECKLIST.find((i) => i.id === id)!;
    expect(isItemVerified(item, report(statuses))).toBe(expected);
    expect(verifiedItems(report(statuses), NOW).has(id)).toBe(expected);
  });

  it('ignores a missing, stale or future report', () => {
    expect(verifiedItems(undefined, NOW).size).toBe(0);
    expect(verifiedItems(null, NOW).size).toBe(0);
    expect(verifiedItems(report(allPass, NOW - VERIFIED_FOR_MS - 1), NOW).size).toBe(0);
    expect(verifiedItems(report(allPass, NOW + 3_600_000), NOW).size).toBe(0);
    expect(verifiedItems({ createdAt: NOW, checks: 'x' } as never, NOW).size).toBe(0);
  });

  it('counts a user tick and a verification of the same item once', () => {
    expect(doneCount(new Set(['env-light', 'app-id-match']), new Set(['env-light', 'dev-browser']))).toBe(3);
  });
});

describe('checklist storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps ticks across reads and removes unticked items', async () => {
    await setTicked('env-light', true, 1000);
    await setTicked('app-id-match', true, 2000);
    await setTicked('env-light', false);
    expect(await readChecklist()).toEqual({ ticked: { 'app-id-match': 2000 } });
  });

  it.each([null, 42, 'x', [], { ticked: [] }, { ticked: 'x' }])('replaces garbage %j with the default', async (junk) => {
    await fakeBrowser.storage.local.set({ checklist: junk });
    expect(await readChecklist()).toEqual({ ticked: {} });
  });

  it('drops unknown items and non-numeric times', () => {
    expect(sanitizeChecklist({ ticked: { 'env-light': 5, evil: 1, 'dev-browser': 'yes', 'app-pose': NaN } })).toEqual({
      ticked: { 'env-light': 5 },
    });
  });

  it('stores under local:checklist, where the reload test and the background expect it', async () => {
    await setTicked('dev-camera', true, 7);
    expect(await fakeBrowser.storage.local.get('checklist')).toEqual({ checklist: { ticked: { 'dev-camera': 7 } } });
    expect(await checklistItem.getValue()).toEqual({ ticked: { 'dev-camera': 7 } });
  });
});
