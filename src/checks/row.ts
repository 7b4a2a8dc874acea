// A report row, the contract between the checks and everything that shows or stores them. Generic
// over the check and cause ids so a check module can type its own rows without importing the
// registry that lists it (registry.ts narrows these to CheckResult).
import type { Message } from '../i18n/translate';

/** `skip` means "could not be decided" and always carries the reason: never a guess. */
export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skip';

/** Plain numbers, strings and booleans only: a report is stored and exported, never an image. */
export type Measurements = Record<string, number | string | boolean>;

/** A one-click fix a check can offer: open a settings page, or follow steps where a browser forbids that. */
export type RepairAction =
  | { kind: 'open-url'; url: string; label: Message }
  | { kind: 'steps'; title: Message; steps: Message[] };

export interface Row<Id extends string = string, Cause extends string = string> {
  id: Id;
  status: CheckStatus;
  /** Why it is not `pass` (present on every warn, fail and skip); chooses the row's message and fix. */
  cause?: Cause;
  /** One line: what was found, translated at render time. */
  summary: Message;
  /** What to do about it, present when status is not `pass`. */
  fix?: Message;
  measured?: Measurements;
  /** Shortcuts to the setting that fixes the problem (rendered as buttons by the report UI). */
  actions?: RepairAction[];
}

/** Why a row was skipped: it could not be judged, never a guess ('internal-error': the check itself threw). */
export const SKIP_CAUSES = ['no-face', 'several-faces', 'no-camera', 'model-failed', 'not-judgeable', 'no-webgl', 'analysis-failed', 'internal-error'] as const;
export type SkipCause = (typeof SKIP_CAUSES)[number];
