// FaceTec's browser SDK as it renders (9.6.x and 10.x, read from two public builds, 9.6.28 and
// 10.0.40): plain elements with fixed `DOM_FT_` ids under document.body, each screen
// switched by its inline `style.display`. A site may replace every string, so these ids, and
// whether each is shown, are the first signal of what the person sees; the text is the second.
import { PROMPT_RULES, type PromptRule } from './prompts';

/** The SDK's screens and parts this extension tells apart, by element id (both generations). */
export const FACETEC_IDS = {
  root: 'DOM_FT_PRIMARY_TOPLEVEL_mainContainer',
  getReady: 'DOM_FT_getReadyScreen',
  /** Live guidance during the scan ("Move Closer"...). */
  feedback: 'DOM_FT_feedbackBarContainer',
  frame: 'DOM_FT_frameContainer',
  retry: 'DOM_FT_retryScreen',
  cameraPermission: 'DOM_FT_cameraPermissionsScreen',
  cameraFeedIssue: 'DOM_FT_cameraFeedIssueScreen',
  /** 9.6 only: the upload progress and result messages. */
  upload: 'DOM_FT_uploadProgressMessageElement',
  success: 'DOM_FT_successMessageText',
  unsuccess: 'DOM_FT_unsuccessMessageText',
} as const;

export type FaceTecPart = Exclude<keyof typeof FACETEC_IDS, 'root'>;

/** What a look at the document found: whether the SDK is there at all, and which parts are shown. */
export interface FaceTecView {
  present: boolean;
  shown: ReadonlySet<FaceTecPart>;
}

/**
 * Which screens end an attempt. Only the retry screen: FaceTec shows it after a face scan was
 * taken and judged not good enough, which is what the site counts.
 *
 * The camera-feed-issue screen does NOT cost an attempt. The SDK shows it while it is still trying
 * to secure the camera (busy in another app, a virtual or modified camera, a stream that stops): no
 * face scan has been captured, so nothing reached the server to be judged and counted. It gets the
 * camera card instead, with the camera fixes (guide scenarios 4 and 9). If Binance ever did count it,
 * the popup's "log a failed attempt" adds it by hand; counting it ourselves would instead lower the
 * attempts left for a try that was never made.
 *
 * Get-ready, live feedback, upload, success (and 9.6's "unsuccess" message, which is followed by the
 * retry screen, the one that counts) never count.
 */
export const COUNTING_PARTS: ReadonlySet<FaceTecPart> = new Set(['retry']);

/** The card the structure alone calls for (the text may refine it), or null. */
export type StructuralCard = 'retry-screen' | 'enable-camera' | 'camera-feed-issue';

export interface FaceTecVerdict {
  /** A screen that ends an attempt is shown. */
  failed: boolean;
  card: StructuralCard | null;
}

export function judgeFaceTec(view: FaceTecView): FaceTecVerdict {
  const failed = [...view.shown].some((part) => COUNTING_PARTS.has(part));
  if (view.shown.has('retry')) return { failed, card: 'retry-screen' };
  if (view.shown.has('cameraPermission')) return { failed, card: 'enable-camera' };
  if (view.shown.has('cameraFeedIssue')) return { failed, card: 'camera-feed-issue' };
  return { failed, card: null };
}

/**
 * Text rules that may explain a structural card more precisely ("Face Didn't Match Highly Enough"
 * on a retry screen, "Camera already in use" on the feed-issue screen). Anything else on screen is
 * explained by the structural card itself.
 */
export const REFINES: Readonly<Record<StructuralCard, readonly string[]>> = {
  'retry-screen': ['match-failed', 'session-ended'],
  'enable-camera': ['firefox-permission'],
  'camera-feed-issue': ['camera-in-use', 'video-modified', 'device-busy'],
};

const RULES = new Map(PROMPT_RULES.map((rule) => [rule.id, rule]));

/**
 * The rule a card explains and what counts: on a page with FaceTec's SDK the structure decides
 * (its retry screen in any language is a failure, its camera screens get the camera cards) and
 * the text only refines the explanation; elsewhere the text decides, as it always did.
 */
export function understand(view: FaceTecView, matched: readonly PromptRule[]): { card: PromptRule | null; counted: PromptRule[] } {
  const lockout = matched.filter((rule) => rule.counts === 'lockout');
  if (!view.present) return { card: matched[0] ?? null, counted: matched.filter((rule) => rule.counts !== null) };
  const verdict = judgeFaceTec(view);
  const structural = verdict.card ? RULES.get(verdict.card) ?? null : null;
  const refined = verdict.card ? matched.find((rule) => REFINES[verdict.card!].includes(rule.id)) : undefined;
  const screenRule = refined ?? structural;
  // With the SDK's ids on the page, text alone never counts a failure: the retry screen does.
  const failedRule = verdict.failed ? (refined?.counts === 'failed' ? refined : RULES.get('retry-screen')!) : null;
  const counted = [...lockout, ...(failedRule ? [failedRule] : [])];
  const card = lockout[0] ?? screenRule ?? matched.find((rule) => rule.counts !== 'failed') ?? null;
  return { card, counted };
}
