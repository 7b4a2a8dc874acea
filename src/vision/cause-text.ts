// The vision checks' rows of the cause → text table (src/report/cause-text.ts). Stub: filled by the
// vision checks' cause work.
import type { Message } from '../i18n/translate';
import type { CauseId } from '../report/causes';
import type { CheckId, Measurements } from '../report/types';

export const VISION_CAUSE_TEXT: Partial<
  Record<CheckId, Partial<Record<CauseId, { summary: (m: Measurements) => Message; fix?: (m: Measurements) => Message }>>>
> = {};
