// The one lookup from a row's cause to what it says: every warn, fail and skip row's summary and fix
// come from a family table keyed by check and cause (environment: src/checks/cause-text.ts; vision:
// src/vision/cause-text.ts), with a `*` row for causes any check can share (a skip for no camera).
// The UI never picks text from statuses or strings: it renders what this lookup gave.
import type { Message } from '../i18n/translate';
import { ENV_CAUSE_TEXT } from '../checks/cause-text';
import { VISION_CAUSE_TEXT } from '../vision/cause-text';
import type { CauseText, CauseTextTable } from './cause-table';
import type { CauseId } from './causes';
import type { CheckId, Measurements } from './types';

const FAMILIES: readonly CauseTextTable[] = [VISION_CAUSE_TEXT, ENV_CAUSE_TEXT];

/** The table entry for a check's cause, or undefined when no family has one. */
export function causeEntry(check: CheckId, cause: CauseId): CauseText | undefined {
  for (const table of FAMILIES) {
    const entry = table[check]?.[cause];
    if (entry) return entry;
  }
  for (const table of FAMILIES) {
    const entry = table['*']?.[cause];
    if (entry) return entry;
  }
  return undefined;
}

/** Shown if a cause ever lacks its entry (a unit test proves none does): honest, never blank. */
const MISSING: CauseText = { summary: () => ({ key: 'checks.internalError' }) };

/** A row's summary and fix for its cause, from the measurements the row carries. */
export function causeText(check: CheckId, cause: CauseId, measured: Measurements = {}): { summary: Message; fix?: Message } {
  const entry = causeEntry(check, cause) ?? MISSING;
  const fix = entry.fix?.(measured);
  return { summary: entry.summary(measured), ...(fix ? { fix } : {}) };
}
