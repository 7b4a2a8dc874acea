// What a vision row says, chosen by its cause: one table from (check, cause) to the summary and
// the fix, with parameters from the row's own measurements. The checks never pick a message any
// other way, so the message always follows the cause (and the report's `data-cause`).
import type { Message, MessageKey, MessageParams } from '../i18n/translate';
import type { CauseId } from '../report/causes';
import type { CheckId, Measurements } from '../report/types';

export interface CauseText {
  summary: (m: Measurements) => Message;
  fix?: (m: Measurements) => Message;
}
export type CauseTable = Partial<Record<CheckId, Partial<Record<CauseId, CauseText>>>>;

/** A row's measurements as message parameters (booleans are not shown). */
export function paramsOf(measured: Measurements): MessageParams {
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(measured)) if (typeof value !== 'boolean') params[name] = value;
  return params;
}

const say =
  (key: MessageKey) =>
  (m: Measurements): Message => ({ key, params: paramsOf(m) });

/** A fixed summary and fix. */
const pair = (summary: MessageKey, fix: MessageKey): CauseText => ({ summary: say(summary), fix: say(fix) });

const num = (m: Measurements, name: string): number => (typeof m[name] === 'number' ? (m[name] as number) : 0);

/**
 * A direction-dependent pose message: `positive` when the angle is above 0. Signs (pose.ts):
 * yaw > 0 the nose points to the image's right, i.e. the user looks to their own left; pitch > 0
 * the chin is raised; roll > 0 the head leans to the image's right, the user's left shoulder.
 */
function direction(angle: 'yaw' | 'pitch' | 'roll', positive: [MessageKey, MessageKey], negative: [MessageKey, MessageKey]): CauseText {
  const pick = (m: Measurements) => (num(m, angle) > 0 ? positive : negative);
  const params = (m: Measurements) => ({ ...paramsOf(m), angle: Math.abs(num(m, angle)) });
  return {
    summary: (m) => ({ key: pick(m)[0], params: params(m) }),
    fix: (m) => ({ key: pick(m)[1], params: params(m) }),
  };
}

/** The precise reason a row could not be judged (measured as `skipped`), within its skip cause. */
const SKIP_DETAIL: Record<string, MessageKey> = {
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
    summary: (m) => ({ key: SKIP_DETAIL[String(m.skipped)] ?? fallback, params: paramsOf(m) }),
    ...(fix ? { fix: say(fix) } : {}),
  };
}

/** Skip causes read the same on every vision row. */
const SKIPS: Partial<Record<CauseId, CauseText>> = {
  'no-face': skipped('vision.skip.no-face'),
  'several-faces': skipped('vision.skip.several-faces'),
  'no-camera': skipped('vision.skip.no-camera'),
  'model-failed': skipped('vision.skip.model-failed'),
  'no-webgl': skipped('vision.skip.no-webgl'),
  'analysis-failed': skipped('vision.skip.analysis-failed'),
  // "Fix the light first": a dark or washed-out face cannot show a hand, glare or shut eyes.
  'not-judgeable': skipped('vision.skip.not-judgeable', 'vision.skip.light.fix'),
};

const FINDINGS: CauseTable = {
  'face-count': {
    // A face the scan found but too small for the landmarker is "too far", never "no face".
    none: {
      summary: (m) => ({ key: num(m, 'scanFaces') === 1 ? 'vision.face-count.none.far' : 'vision.face-count.none', params: paramsOf(m) }),
      fix: (m) => ({ key: num(m, 'scanFaces') === 1 ? 'vision.distance.too-far.fix' : 'vision.face-count.none.fix', params: paramsOf(m) }),
    },
    several: pair('vision.face-count.several', 'vision.face-count.several.fix'),
  },
  'head-pose': {
    turned: direction('yaw', ['vision.head-pose.turned.left', 'vision.head-pose.turned.left.fix'], ['vision.head-pose.turned.right', 'vision.head-pose.turned.right.fix']),
    tilted: direction('pitch', ['vision.head-pose.tilted.up', 'vision.head-pose.tilted.up.fix'], ['vision.head-pose.tilted.down', 'vision.head-pose.tilted.down.fix']),
    rolled: direction('roll', ['vision.head-pose.rolled.left', 'vision.head-pose.rolled.fix'], ['vision.head-pose.rolled.right', 'vision.head-pose.rolled.fix']),
  },
  distance: {
    'too-close': pair('vision.distance.too-close', 'vision.distance.too-close.fix'),
    'too-far': pair('vision.distance.too-far', 'vision.distance.too-far.fix'),
  },
  'face-position': {
    'off-centre': pair('vision.face-position.off-centre', 'vision.face-position.off-centre.fix'),
    'cut-off': pair('vision.face-position.cut-off', 'vision.face-position.cut-off.fix'),
  },
  lighting: {
    dark: pair('vision.lighting.dark', 'vision.lighting.dark.fix'),
    bright: pair('vision.lighting.bright', 'vision.lighting.bright.fix'),
    uneven: pair('vision.lighting.uneven', 'vision.lighting.uneven.fix'),
  },
  backlight: { backlit: pair('vision.backlight.backlit', 'vision.backlight.backlit.fix') },
  sharpness: { blurry: pair('vision.sharpness.blurry', 'vision.sharpness.blurry.fix') },
  'eyes-open': { closed: pair('vision.eyes-open.closed', 'vision.eyes-open.closed.fix') },
  occlusion: {
    eyes: pair('vision.occlusion.eyes', 'vision.occlusion.eyes.fix'),
    'lower-face': pair('vision.occlusion.lower-face', 'vision.occlusion.lower-face.fix'),
    forehead: pair('vision.occlusion.forehead', 'vision.occlusion.forehead.fix'),
  },
  glare: { glare: pair('vision.glare.glare', 'vision.glare.glare.fix') },
  background: { busy: pair('vision.background.busy', 'vision.background.busy.fix') },
  stability: { moving: pair('vision.stability.moving', 'vision.stability.moving.fix') },
  'camera-quality': {
    'low-resolution': pair('vision.camera-quality.low-resolution', 'vision.camera-quality.low-resolution.fix'),
    'low-fps': pair('vision.camera-quality.low-fps', 'vision.camera-quality.low-fps.fix'),
  },
};

const VISION_ROWS: CheckId[] = [
  'face-count', 'head-pose', 'distance', 'face-position', 'lighting', 'backlight', 'sharpness',
  'eyes-open', 'occlusion', 'glare', 'background', 'stability', 'camera-quality',
];
/** Every vision row: its findings' causes plus the skip causes. */
export const VISION_CAUSE_TEXT: CauseTable = Object.fromEntries(VISION_ROWS.map((id) => [id, { ...FINDINGS[id], ...SKIPS }]));

/** The summary and fix for a row with this cause; undefined when the table has no entry (a test forbids that). */
export function causeText(id: CheckId, cause: CauseId, measured: Measurements): { summary: Message; fix?: Message } | undefined {
  const entry = VISION_CAUSE_TEXT[id]?.[cause];
  if (!entry) return undefined;
  return { summary: entry.summary(measured), ...(entry.fix ? { fix: entry.fix(measured) } : {}) };
}
