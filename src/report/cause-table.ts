// The shape of a family's cause-text table (src/checks/cause-text.ts, src/vision/cause-text.ts), apart
// from the lookup in cause-text.ts, which imports the families: a family names the shape without a circle.
import type { Message } from '../i18n/translate';
import type { CauseId } from './causes';
import type { CheckId, Measurements } from './types';

export interface CauseText {
  summary: (m: Measurements) => Message;
  fix?: (m: Measurements) => Message;
}

/** Per check, per cause; `*` holds causes every check shares (skips). */
export type CauseTextTable = Partial<Record<CheckId | '*', Partial<Record<CauseId, CauseText>>>>;
