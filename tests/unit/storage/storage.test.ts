import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readCameraChoice } from '../../../src/storage/camera-choice';
import { readBrowserAssessment, readSiteCamera } from '../../../src/storage/environment';
import { readLockout } from '../../../src/storage/lockout';
import { appendReport, readReportHistory, REPORT_HISTORY_LIMIT, toStoredReport } from '../../../src/storage/reports';
import { DEFAULT_SETTINGS, readLocaleSetting, readSettings } from '../../../src/storage/settings';
import type { Report } from '../../../src/report/types';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings', () => {
  it('a valid value is read back unchanged', async () => {
    const custom = { locale: 'en', attemptLimit: 3, lockHours: 12, notifications: false } as const;
    await fakeBrowser.storage.local.set({ settings: custom });
    expect(await readSettings()).toEqual(custom);
  });

  it('nothing stored reads as the defaults', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('the language setting, read through the validated settings item', () => {
  const full = { attemptLimit: 5, lockHours: 24, notifications: true };
  it.each([
    [{ ...full, locale: 'zh-CN' }, 'zh-CN'],
    [{ ...full, locale: 'en' }, 'en'],
    [{ ...full, locale: 42 }, 'auto'],
    [{ locale: 'zh-CN' }, 'auto'],
    ['garbage', 'auto'],
    [null, 'auto'],
    [undefined, 'auto'],
  ])('stored settings %j → %s', async (settings, expected) => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    if (settings !== undefined) await fakeBrowser.storage.local.set({ settings });
    expect(await readLocaleSetting()).toBe(expected);
  });
});

describe('corrupt or foreign data becomes defaults with a warning', () => {
  const cases: [string, unknown, () => Promise<unknown>, unknown][] = [
    ['settings', 'garbage', readSettings, DEFAULT_SETTINGS],
    ['settings', { locale: 'en', attemptLimit: -1, lockHours: 24, notifications: true }, readSettings, DEFAULT_SETTINGS],
    ['lockout', { attempts: 'many' }, readLockout, { attempts: [] }],
    ['lockout', { attempts: [{ at: Number.NaN, source: 'page' }] }, readLockout, { attempts: [] }],
    ['lockout', { attempts: [], lock: { at: 1, reason: 'bored' } }, readLockout, { attempts: [] }],
    ['reportHistory', [{ id: 'x' }], readReportHistory, []],
    ['browserAssessment', { at: 1, assessment: { status: 'maybe' } }, readBrowserAssessment, null],
    ['siteCameraPermission', { state: 'granted' }, readSiteCamera, null],
    ['cameraChoice', { deviceId: 7 }, readCameraChoice, null],
    ['cameraChoice', 'usb-cam', readCameraChoice, null],
  ];
  it.each(cases)('%s = %j', async (key, value, read, fallback) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ [key]: value });
    expect(await read()).toEqual(fallback);
    expect(warn).toHaveBeenCalledTimes(1);
    // The bad value is replaced, so the next read is clean and silent.
    expect(await read()).toEqual(fallback);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('valid lockout state is read back unchanged', async () => {
    const state = { attempts: [{ at: 5, source: 'manual' }], lock: { at: 6, reason: 'site' } };
    await fakeBrowser.storage.local.set({ lockout: state });
    expect(await readLockout()).toEqual(state);
  });
});

describe('camera choice', () => {
  it('a valid choice is read back unchanged', async () => {
    await fakeBrowser.storage.local.set({ cameraChoice: { deviceId: 'b', label: 'Logitech BRIO' } });
    expect(await readCameraChoice()).toEqual({ deviceId: 'b', label: 'Logitech BRIO' });
  });
});

describe('report history', () => {
  const report: Report & { extra: string } = {
    id: 'r1',
    createdAt: 1_700_000_000_000,
    verdict: 'caution',
    source: 'page',
    durationMs: 4200,
    extra: 'dropped',
    checks: [
      {
        id: 'lighting',
        status: 'warn',
        summary: { key: 'common.loading' },
        measured: { lux: 40, note: 'dim', ok: false },
        actions: [{ kind: 'open-url', url: 'chrome://settings', label: { key: 'common.loading' } }],
      },
    ],
  };

  it('keeps statuses and metrics only', () => {
    expect(toStoredReport(report)).toEqual({
      id: 'r1',
      createdAt: 1_700_000_000_000,
      verdict: 'caution',
      source: 'page',
      durationMs: 4200,
      checks: [{ id: 'lighting', status: 'warn', measured: { lux: 40, note: 'dim', ok: false } }],
    });
  });

  it('refuses non-reports and image-sized strings', () => {
    expect(toStoredReport({ ...report, verdict: 'great' })).toBeNull();
    const withImage = { ...report, checks: [{ id: 'lighting', status: 'pass', measured: { frame: 'x'.repeat(5000) } }] };
    expect(toStoredReport(withImage)).toBeNull();
  });

  it(`keeps the last ${REPORT_HISTORY_LIMIT}, newest last, one copy per id`, () => {
    const stored = toStoredReport(report)!;
    let history = [stored];
    for (let i = 0; i < 60; i++) history = appendReport(history, { ...stored, id: `r${i + 2}` });
    expect(history).toHaveLength(REPORT_HISTORY_LIMIT);
    expect(history.at(-1)!.id).toBe('r61');
    expect(appendReport(history, { ...stored, id: 'r61', verdict: 'ready' }).filter((r) => r.id === 'r61')).toEqual([
      { ...stored, id: 'r61', verdict: 'ready' },
    ]);
  });
});
