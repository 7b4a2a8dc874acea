import type { Message } from '../i18n/translate';
import type { CauseId } from './causes';

import type { CheckId } from './check-ids';

// Everything else imports the ids from here; check-ids.ts exists so causes.ts can name checks
// without importing this file (which imports causes.ts).
export { CHECK_IDS, type CheckId } from './check-ids';

/** `skip` means "could not be decided" and always carries the reason: never a guess. */
export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skip';
export type Verdict = 'ready' | 'caution' | 'not-ready';

/** Plain numbers, strings and booleans only: a report is stored and exported, never an image. */
export type Measurements = Record<string, number | string | boolean>;

/** A one-click fix a check can offer: open a settings page, or follow steps where a browser forbids that. */
export type RepairAction =
  | { kind: 'open-url'; url: string; label: Message }
  | { kind: 'steps'; title: Message; steps: Message[] };

export interface CheckResult {
  id: CheckId;
  status: CheckStatus;
  /** Why it is not `pass` (present on every warn, fail and skip); chooses the row's message and fix. */
  cause?: CauseId;
  /** One line: what was found, translated at render time. */
  summary: Message;
  /** What to do about it, present when status is not `pass`. */
  fix?: Message;
  measured?: Measurements;
  /** Shortcuts to the setting that fixes the problem (rendered as buttons by the report UI). */
  actions?: RepairAction[];
}

export interface Report {
  id: string;
  /** Epoch milliseconds. */
  createdAt: number;
  verdict: Verdict;
  checks: CheckResult[];
  /** Where it ran: the pre-flight page or inline in the popup. */
  source: 'page' | 'popup';
  durationMs?: number;
  /** Set when the pre-flight could not analyse the camera at all; the verdict is then not-ready. */
  error?: PreflightError;
  /** Engine timings in ms (click to report, model init, per-frame split...), for the benchmark. */
  timings?: Record<string, number>;
}

/**
 * The failure states the pre-flight shows as such, each with its fix: no-webgl (the face analysis
 * needs WebGL), analysis (it threw or rejected on a frame), stalled (a stage went quiet: the watchdog).
 */
export type PreflightError = 'camera' | 'camera-lost' | 'model' | 'no-frames' | 'no-webgl' | 'analysis' | 'stalled';
