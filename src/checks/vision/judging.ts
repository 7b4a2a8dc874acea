// The pieces every vision check module is built from: per-frame findings with warn/fail limits,
// the window's aggregation of them, medians a person can read, and cause texts whose parameters
// are the row's own measurements.
import type { Message, MessageKey } from '../../i18n/translate';
import { median, mode } from '../../vision/aggregate';
import { WINDOW } from '../../vision/limits';
import type { FrameMetrics } from '../../vision/types';
import type { CauseText, Finding, WindowContext, WindowJudging } from '../define';
import type { CheckStatus, Measurements } from '../row';
import { paramsOf } from './params';

export { paramsOf };

export const ok: Finding = { status: 'pass', code: 'ok' };
export const warn = (code: string): Finding => ({ status: 'warn', code });
export const fail = (code: string): Finding => ({ status: 'fail', code });
export const skip = (code: string): Finding => ({ status: 'skip', code });

/** Lower is worse: fail below `failBelow`, warn below `warnBelow`. */
export function low(value: number, failBelow: number, warnBelow: number, code: string): Finding | undefined {
  if (value < failBelow) return fail(code);
  if (value < warnBelow) return warn(code);
  return undefined;
}

/** Higher is worse: fail above `failAbove`, warn above `warnAbove`. */
export function high(value: number, warnAbove: number, failAbove: number, code: string): Finding | undefined {
  if (value > failAbove) return fail(code);
  if (value > warnAbove) return warn(code);
  return undefined;
}

/** The more severe of two findings for the same cause (fail over warn). */
export function worse(a: Finding | undefined, b: Finding | undefined): Finding | undefined {
  if (!a || !b) return a ?? b;
  return b.status === 'fail' && a.status !== 'fail' ? b : a;
}

/**
 * Pixel measures need the whole face in the frame: regions past the edge would read as black.
 * Such frames do not vote (skip), and face-position fails for them.
 */
export function cut(m: FrameMetrics): Finding | undefined {
  return m.cutOff ? skip('face-cut-off') : undefined;
}

/**
 * fail when at least half the decided frames fail; warn when at least half warn or fail;
 * otherwise pass. Frames that could not be decided (skip) do not vote; all-skip is skip.
 */
export function aggregateFindings(findings: readonly Finding[], failShare: number = WINDOW.failShare): Finding {
  const decided = findings.filter((f) => f.status !== 'skip');
  if (decided.length === 0) return skip(mode(findings.map((f) => f.code)) ?? 'no-frames');
  const failing = decided.filter((f) => f.status === 'fail');
  const bad = decided.filter((f) => f.status === 'fail' || f.status === 'warn');
  let status: CheckStatus = 'pass';
  let pool = decided;
  if (failing.length / decided.length >= failShare) [status, pool] = ['fail', failing];
  else if (bad.length / decided.length >= failShare) [status, pool] = ['warn', bad];
  return { status, code: status === 'pass' ? 'ok' : (mode(pool.map((f) => f.code)) ?? 'ok') };
}

export const round = (value: number | undefined, digits = 1): number =>
  value === undefined ? NaN : Math.round(value * 10 ** digits) / 10 ** digits;

/** The window's median of one metric, rounded for a person to read. */
export function med(frames: readonly FrameMetrics[], pick: (m: FrameMetrics) => number | undefined, digits = 1): number {
  return round(median(frames.map(pick).filter((v): v is number => v !== undefined)), digits);
}

/** Too dark or too bright to see the face (an unevenly lit face is still lit), or a silhouette. */
function unlit(found: WindowContext['found']): boolean {
  const lighting = found.get('lighting');
  const dark = lighting?.status === 'fail' && (lighting.code === 'dark' || lighting.code === 'bright');
  return dark || found.get('backlight')?.status === 'fail';
}

/**
 * A check judged frame by frame: each single-face frame votes (aggregateFindings), the row shows the
 * window's medians. `needsLight`: judged only once the light is right, since a dark face reads as
 * covered and a washed-out one as glare.
 */
export function frameJudging(options: {
  frame: (m: FrameMetrics) => Finding;
  measure: (frames: readonly FrameMetrics[]) => Measurements;
  passKey: MessageKey;
  needsLight?: boolean;
}): WindowJudging & { frame: (m: FrameMetrics) => Finding } {
  return {
    frame: options.frame,
    passKey: options.passKey,
    judge: ({ single, found, faceSkip }) => {
      if (faceSkip) return { finding: skip(faceSkip), measured: { frames: single.length } };
      return {
        finding: options.needsLight && unlit(found) ? skip('light') : aggregateFindings(single.map(options.frame)),
        measured: options.measure(single),
      };
    },
  };
}

export const say =
  (key: MessageKey) =>
  (m: Measurements): Message => ({ key, params: paramsOf(m) });

/** A fixed summary and fix. */
export const pair = (summary: MessageKey, fix: MessageKey): CauseText => ({ summary: say(summary), fix: say(fix) });

export const num = (m: Measurements, name: string): number => (typeof m[name] === 'number' ? (m[name] as number) : 0);
