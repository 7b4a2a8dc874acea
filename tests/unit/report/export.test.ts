import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/translate';
import { FACT_PARAMS } from '../../../src/figures/facts';
import { idMatchCheck } from '../../../src/checks/match/id-match';
import { exportedMeasures, exportFileName, exportReport, reportToMarkdown } from '../../../src/report/export';
import type { Report } from '../../../src/report/types';

const report: Report = {
  id: 'r1',
  createdAt: Date.UTC(2026, 10, 27, 9, 30, 5),
  verdict: 'not-ready',
  source: 'page',
  durationMs: 1432.7,
  checks: [
    { id: 'lighting', status: 'pass', summary: { key: 'report.title' }, measured: { brightness: 131 } },
    {
      id: 'distance',
      status: 'fail',
      cause: 'too-close',
      summary: { key: 'export.title' },
      fix: { key: 'export.hint' },
      measured: { distanceCm: 21 },
    },
    { id: 'browser', status: 'pass', summary: { key: 'report.title' }, measured: { browser: 'Chrome', version: '158.0' } },
    { id: 'glare', status: 'skip', cause: 'no-face', summary: { key: 'report.title' } },
  ],
};

describe('exportReport', () => {
  const t = createTranslator('en', FACT_PARAMS);
  const exported = exportReport(report, t, '1.2.3');

  it('keeps statuses, measurements, browser and time; problems first', () => {
    expect(exported.checks.map((c) => [c.id, c.status])).toEqual([
      ['distance', 'fail'],
      ['glare', 'skip'],
      ['lighting', 'pass'],
      ['browser', 'pass'],
    ]);
    expect(exported.browser).toEqual({ browser: 'Chrome', version: '158.0' });
    expect(exported.createdAt).toBe('2026-11-27T09:30:05.000Z');
    expect(exported.durationMs).toBe(1433);
    expect(exported.checks[0]).toMatchObject({ fix: t('export.hint'), scenario: 2, measured: { distanceCm: 21 } });
    expect(exported.extensionVersion).toBe('1.2.3');
  });

  it('carries the cause id of every row that did not pass, and none on a pass', () => {
    expect(exported.checks.map((c) => [c.id, c.cause])).toEqual([
      ['distance', 'too-close'],
      ['glare', 'no-face'],
      ['lighting', undefined],
      ['browser', undefined],
    ]);
    expect(exported.checks.find((c) => c.id === 'lighting')).not.toHaveProperty('cause');
  });

  it('is plain JSON that round-trips', () => {
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
  });

  it('translates into the chosen language', () => {
    const zh = exportReport(report, createTranslator('zh-CN', FACT_PARAMS), '1.2.3');
    expect(zh.checks[0]?.finding).toBe('导出报告');
    expect(zh.verdictText).not.toBe(exported.verdictText);
  });

  it('renders a Markdown table with one row per check, escaping pipes', () => {
    const withPipe = exportReport(
      { ...report, checks: [{ id: 'network', status: 'warn', summary: { key: 'export.saved', params: { file: 'a|b' } } }] },
      t,
      '1',
    );
    const markdown = reportToMarkdown(withPipe, t, 'en');
    expect(markdown).toContain('a\\|b');
    const full = reportToMarkdown(exported, t, 'en');
    expect(full.split('\n').filter((line) => line.startsWith('| ') && line.includes('(`'))).toHaveLength(4);
    expect(full).toContain('`distance`: distanceCm = 21');
    // The cause column: the id beside the status, empty for a pass.
    expect(full).toMatch(/\| Distance \(`distance`\) \| [^|]+ \| `too-close` \|/);
    expect(full).toMatch(/\(`lighting`\) \| [^|]+ \| {2}\|/);
    expect(full).toContain('| Cause |');
    expect(full).toContain('not-ready');
  });

  describe('the ID match part', () => {
    const at = report.createdAt - 3_600_000;
    const row = idMatchCheck({ at, answer: 'different', quality: 'warn', cause: 'id-blurry' }, report.createdAt, 'chrome-extension://abc/match.html');
    const withMatch = exportReport({ ...report, checks: [...report.checks, row] }, t, '1.2.3');
    const part = withMatch.checks.find((c) => c.id === 'id-match')!;

    it('has exactly the answer and the ID photo\'s quality finding, in words and as ids', () => {
      expect(Object.keys(part).sort()).toEqual(['cause', 'finding', 'fix', 'id', 'measured', 'name', 'scenario', 'status']);
      expect(part.measured).toEqual({ answer: 'different', quality: 'warn', qualityCause: 'id-blurry' });
      expect(part).toMatchObject({ status: 'warn', cause: 'different', scenario: 3, name: 'ID photo match' });
      expect(part.finding).toMatch(/looked different from your ID photo \(an estimate, not FaceTec's score\)/);
      // No link, no time, no image: the row's action to open match.html stays in the extension.
      expect(JSON.stringify(part)).not.toMatch(/chrome-extension|match\.html|data:|descriptor|distance|similarity/i);
    });

    it('keeps to that list even when a row carries more: no distance, similarity or descriptor reaches the file', () => {
      const leaky = { ...row, measured: { ...row.measured, distance: 0.71, similarity: 0.2, descriptor: '0.1,0.2', image: 'data:image/png;base64,AAAA' } };
      expect(exportedMeasures(leaky)).toEqual({ answer: 'different', quality: 'warn', qualityCause: 'id-blurry' });
      const file = exportReport({ ...report, checks: [leaky] }, t, '1');
      expect(JSON.stringify(file)).not.toMatch(/distance|similarity|descriptor|data:image/);
      expect(reportToMarkdown(file, t, 'en')).not.toMatch(/distance|similarity|descriptor|data:image/);
      // Other rows' measurements are copied as they are.
      expect(exportedMeasures({ id: 'distance', measured: { distanceCm: 21 } })).toEqual({ distanceCm: 21 });
    });

    it('an unreadable ID photo exports its quality cause; no answer exports "not checked" with no measurements', () => {
      const unread = idMatchCheck({ at, answer: 'unknown', quality: 'fail', cause: 'id-glare' }, report.createdAt, 'x');
      const none = idMatchCheck(null, report.createdAt, 'x');
      const file = exportReport({ ...report, checks: [unread] }, t, '1');
      expect(file.checks[0]).toMatchObject({ status: 'warn', cause: 'id-glare', measured: { answer: 'unknown', quality: 'fail', qualityCause: 'id-glare' } });
      expect(exportReport({ ...report, checks: [none] }, t, '1').checks[0]).toMatchObject({ status: 'skip', cause: 'not-checked', measured: {} });
    });
  });

  it('names files by the report time', () => {
    expect(exportFileName(exported, 'md')).toBe('kyc-preflight-report-2026-11-27-09-30-05.md');
  });
});
