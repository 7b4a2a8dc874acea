// Why a window check could not be decided: the precise reason (kept in `measured.skipped`), the skip
// cause it belongs to, and the sentence each reason reads on every vision row.
import type { MessageKey } from '../../i18n/translate';
import type { CauseText, Finding } from '../define';
import type { Measurements, SkipCause } from '../row';
import { paramsOf } from './params';

export type SkipCode =
  | 'no-camera' | 'model-failed' | 'no-frames' | 'no-face' | 'several-faces' | 'no-matrix' | 'no-eyes'
  | 'no-blendshapes' | 'no-fps' | 'face-cut-off' | 'camera-lost' | 'light' | 'no-webgl' | 'analysis-failed';

/** Each precise skip reason within the report's skip-cause vocabulary. */
const SKIP_CAUSE: Record<SkipCode, SkipCause> = {
  'no-camera': 'no-camera',
  'no-frames': 'no-camera',
  'camera-lost': 'no-camera',
  'model-failed': 'model-failed',
  'no-face': 'no-face',
  'several-faces': 'several-faces',
  light: 'not-judgeable',
  'face-cut-off': 'not-judgeable',
  'no-matrix': 'not-judgeable',
  'no-eyes': 'not-judgeable',
  'no-blendshapes': 'not-judgeable',
  'no-fps': 'not-judgeable',
  'no-webgl': 'no-webgl',
  'analysis-failed': 'analysis-failed',
};

/** A finding's cause: undefined for a pass, the skip cause of a skip, else the finding's own code. */
export function causeOf(finding: Finding): string | undefined {
  if (finding.status === 'pass') return undefined;
  if (finding.status === 'skip') return SKIP_CAUSE[finding.code as SkipCode] ?? 'not-judgeable';
  return finding.code;
}

/** The precise reason a row could not be judged (measured as `skipped`), within its skip cause. */
const SKIP_DETAIL: Record<SkipCode, MessageKey> = {
  'no-camera': 'vision.skip.no-camera',
  'no-frames': 'vision.skip.no-frames',
  'camera-lost': 'vision.skip.camera-lost',
  'model-failed': 'vision.skip.model-failed',
  'no-face': 'vision.skip.no-face',
  'several-faces': 'vision.skip.several-faces',
  light: 'vision.skip.light',
  'face-cut-off': 'vision.skip.face-cut-off',
  'no-matrix': 'vision.skip.no-matrix',
  'no-eyes': 'vision.skip.no-eyes',
  'no-blendshapes': 'vision.skip.no-blendshapes',
  'no-fps': 'vision.skip.no-fps',
  'no-webgl': 'vision.skip.no-webgl',
  'analysis-failed': 'vision.skip.analysis-failed',
};

function skipped(fallback: MessageKey, fix?: MessageKey): CauseText {
  return {
    summary: (m) => ({ key: SKIP_DETAIL[String(m.skipped) as SkipCode] ?? fallback, params: paramsOf(m) }),
    ...(fix ? { fix: (m: Measurements) => ({ key: fix, params: paramsOf(m) }) } : {}),
  };
}

/** Skip causes read the same on every vision row. */
export const VISION_SKIP_TEXT = {
  'no-face': skipped('vision.skip.no-face'),
  'several-faces': skipped('vision.skip.several-faces'),
  'no-camera': skipped('vision.skip.no-camera'),
  'model-failed': skipped('vision.skip.model-failed'),
  'no-webgl': skipped('vision.skip.no-webgl'),
  'analysis-failed': skipped('vision.skip.analysis-failed'),
  // "Fix the light first": a dark or washed-out face cannot show a hand, glare or shut eyes.
  'not-judgeable': skipped('vision.skip.not-judgeable', 'vision.skip.light.fix'),
} satisfies { [S in SkipCause]?: CauseText };
