// A finished report as a file for a support ticket or Binance's manual-review channel: statuses,
// what was measured, the browser and the time — never an image, a frame or landmarks (a report
// holds none). Pure: the caller passes the translator so the file reads in the user's language.
import type { MessageKey, Translate } from '../i18n/translate';
import { ID_MATCH_FIELDS } from '../checks/match/id-match';
import { scenarioOf } from '../checks/registry';
import type { CheckResult, Report } from './types';

export interface ExportedCheck {
  id: CheckResult['id'];
  status: CheckResult['status'];
  /** Why it is not `pass` (the check's module lists its causes): the id support can search for. */
  cause?: CheckResult['cause'];
  name: string;
  finding: string;
  fix?: string;
  scenario?: number;
  measured: NonNullable<CheckResult['measured']>;
}

export interface ExportedReport {
  format: 'kyc-preflight-report';
  formatVersion: 1;
  extensionVersion: string;
  createdAt: string;
  verdict: Report['verdict'];
  verdictText: string;
  source: Report['source'];
  durationMs?: number;
  error?: Report['error'];
  /** The browser check's measurements, repeated at the top because support asks for them first. */
  browser: NonNullable<CheckResult['measured']>;
  checks: ExportedCheck[];
}

const STATUS_ORDER = { fail: 0, warn: 1, skip: 2, pass: 3 } as const;

/**
 * What a row's measurements may put in the file. The ID match's row says only its answer and the ID
 * photo's quality finding: the list is applied here too, so a row that ever carried more (a distance,
 * a similarity, a descriptor) still could not put it in a file meant for support.
 */
export function exportedMeasures(check: Pick<CheckResult, 'id' | 'measured'>): NonNullable<CheckResult['measured']> {
  const measured = check.measured ?? {};
  if (check.id !== 'id-match') return { ...measured };
  return Object.fromEntries(ID_MATCH_FIELDS.filter((name) => Object.hasOwn(measured, name)).map((name) => [name, measured[name]!]));
}

export function exportReport(report: Report, t: Translate, extensionVersion: string): ExportedReport {
  const checks = [...report.checks]
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status])
    .map((check) => ({
      id: check.id,
      status: check.status,
      ...(check.cause ? { cause: check.cause } : {}),
      name: t(`report.check.${check.id}` as MessageKey),
      finding: t(check.summary),
      ...(check.fix ? { fix: t(check.fix) } : {}),
      ...(scenarioOf(check) ? { scenario: scenarioOf(check) } : {}),
      measured: exportedMeasures(check),
    }));
  return {
    format: 'kyc-preflight-report',
    formatVersion: 1,
    extensionVersion,
    createdAt: new Date(report.createdAt).toISOString(),
    verdict: report.verdict,
    verdictText: t(`report.verdict.${report.verdict}` as MessageKey),
    source: report.source,
    ...(report.durationMs !== undefined ? { durationMs: Math.round(report.durationMs) } : {}),
    ...(report.error ? { error: report.error } : {}),
    browser: { ...(report.checks.find((check) => check.id === 'browser')?.measured ?? {}) },
    checks,
  };
}

/** Markdown pipes and line breaks would break a table row. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

export function reportToMarkdown(exported: ExportedReport, t: Translate, locale: string): string {
  const when = new Date(exported.createdAt).toLocaleString(locale);
  const lines = [
    `# ${t('export.heading')}`,
    '',
    `- ${t('export.when')}: ${when} (${exported.createdAt})`,
    `- ${t('export.verdict')}: **${exported.verdictText}** (\`${exported.verdict}\`)`,
    `- ${t('export.version')}: ${exported.extensionVersion}`,
    ...Object.entries(exported.browser).map(([name, value]) => `- ${name}: ${String(value)}`),
    '',
    `| ${t('export.check')} | ${t('export.status')} | ${t('export.cause')} | ${t('export.finding')} | ${t('export.fix')} |`,
    '| --- | --- | --- | --- | --- |',
    ...exported.checks.map(
      (check) =>
        `| ${cell(check.name)} (\`${check.id}\`) | ${t(`report.status.${check.status}` as MessageKey)} | ` +
        `${check.cause ? `\`${check.cause}\`` : ''} | ` +
        `${cell(check.finding)} | ${cell(check.fix ?? '')} |`,
    ),
    '',
    `## ${t('export.measurements')}`,
    '',
    ...exported.checks
      .filter((check) => Object.keys(check.measured).length > 0)
      .map(
        (check) =>
          `- \`${check.id}\`: ` +
          Object.entries(check.measured)
            .map(([name, value]) => `${name} = ${String(value)}`)
            .join(', '),
      ),
    '',
    `_${t('export.privacy')}_`,
    '',
  ];
  return lines.join('\n');
}

export function exportFileName(exported: ExportedReport, extension: 'md' | 'json'): string {
  const stamp = exported.createdAt.slice(0, 19).replace(/[:T]/g, '-');
  return `kyc-preflight-report-${stamp}.${extension}`;
}
