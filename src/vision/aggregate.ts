// Window aggregation: medians of measurements and the share of frames failing, so that one
// blink or one motion-blurred frame does not decide a check.
import type { CheckStatus } from '../report/types';
import type { Finding } from './judge';
import { WINDOW } from './thresholds';

export function median(values: readonly number[]): number | undefined {
  const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (finite.length === 0) return undefined;
  const mid = Math.floor(finite.length / 2);
  return finite.length % 2 ? finite[mid] : (finite[mid - 1]! + finite[mid]!) / 2;
}

export function share<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  return items.length ? items.filter(predicate).length / items.length : 0;
}

/** The most frequent value (first seen wins a tie). */
export function mode<T>(items: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined, bestCount = 0;
  for (const item of items) {
    const count = (counts.get(item) ?? 0) + 1;
    counts.set(item, count);
    if (count > bestCount) [best, bestCount] = [item, count];
  }
  return best;
}

/**
 * fail when at least half the decided frames fail; warn when at least half warn or fail;
 * otherwise pass. Frames that could not be decided (skip) do not vote; all-skip is skip.
 */
export function aggregateFindings(findings: readonly Finding[], failShare: number = WINDOW.failShare): Finding {
  const decided = findings.filter((f) => f.status !== 'skip');
  if (decided.length === 0) return { status: 'skip', code: mode(findings.map((f) => f.code)) ?? 'no-frames' };
  const failing = decided.filter((f) => f.status === 'fail');
  const bad = decided.filter((f) => f.status === 'fail' || f.status === 'warn');
  let status: CheckStatus = 'pass';
  let pool = decided;
  if (failing.length / decided.length >= failShare) [status, pool] = ['fail', failing];
  else if (bad.length / decided.length >= failShare) [status, pool] = ['warn', bad];
  return { status, code: status === 'pass' ? 'ok' : (mode(pool.map((f) => f.code)) ?? 'ok') };
}

/** Median frame-to-frame movement of the face centre, in face widths (head stability). */
export function medianMotion(centres: readonly { x: number; y: number; width: number }[], aspect: number): number | undefined {
  const steps: number[] = [];
  for (let i = 1; i < centres.length; i++) {
    const a = centres[i - 1]!, b = centres[i]!;
    const width = (a.width + b.width) / 2;
    if (width > 0) steps.push(Math.hypot(b.x - a.x, (b.y - a.y) / aspect) / width);
  }
  return median(steps);
}
