import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keepLastReport, readLastReport } from '../../../src/storage/last-report';
import type { Report } from '../../../src/report/types';

const report: Report = {
  id: 'r-1',
  createdAt: 1_700_000_000_000,
  verdict: 'caution',
  source: 'page',
  durationMs: 2100,
  checks: [
    { id: 'lighting', status: 'warn', cause: 'dark', summary: { key: 'vision.lighting.dark', params: { mean: 60 } }, fix: { key: 'vision.lighting.dark.fix' }, measured: { mean: 60 } },
    {
      id: 'camera-permission',
      status: 'fail',
      cause: 'blocked-extension',
      summary: { key: 'checks.internalError' },
      actions: [{ kind: 'steps', title: { key: 'checks.internalError' }, steps: [{ key: 'checks.internalError' }] }],
    },
  ],
};

beforeEach(() => fakeBrowser.reset());

describe('the last full report (storage.session)', () => {
  it('is read back whole, by its id or without one', async () => {
    await keepLastReport(report);
    expect(await readLastReport('r-1')).toEqual(report);
    expect(await readLastReport()).toEqual(report);
  });

  it('another id reads as none', async () => {
    await keepLastReport(report);
    expect(await readLastReport('r-2')).toBeNull();
  });

  it('nothing kept reads as none', async () => {
    expect(await readLastReport()).toBeNull();
  });

  it.each([
    ['not a report', 'garbage'],
    ['a verdict it cannot have', { ...report, verdict: 'fine' }],
    ['a check id it does not know', { ...report, checks: [{ ...report.checks[0], id: 'mood' }] }],
    ['a status it cannot have', { ...report, checks: [{ ...report.checks[0], status: 'ok' }] }],
    ['a row without its message', { ...report, checks: [{ id: 'lighting', status: 'pass' }] }],
    ['an unknown error', { ...report, error: 'gremlins' }],
  ])('%s reads as none, with a warning', async (_, value) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.session.set({ lastFullReport: value });
    expect(await readLastReport()).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('drops what a report never carries (unknown fields), keeps the rest', async () => {
    await fakeBrowser.storage.session.set({ lastFullReport: { ...report, picture: 'data:image/jpeg;base64,AAAA' } });
    expect(await readLastReport()).toEqual(report);
  });
});
