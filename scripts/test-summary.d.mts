// Types for scripts/test-summary.mjs (imported by its unit test).
export interface Counts {
  passed: number;
  flaky: number;
  failed: number;
}
export function countReports(reports: { unit?: unknown; e2e?: unknown; firefox?: unknown }): Counts;
export function summaryLine(counts: Counts): string;
export function readReports(dir: string): { unit?: unknown; e2e?: unknown; firefox?: unknown };
