// The failure explainer: a compact card beside a recognised prompt with the matching fix, what is
// left of today's attempts, and a link to the guide's scenario.
import { guideUrl } from '../guide/links';
import type { PromptRule } from '../kyc/prompts';
import { DEFAULT_POLICY } from '../lockout/policy';
import type { AttemptStatus } from '../lockout/types';
import { el, onTrustedClick, shieldIcon } from './dom';
import type { KycKey, KycText } from './strings';

const GAP = 8;
const MARGIN = 8;
/** Kept free at the bottom for the launcher (the top frame's; a frame's card keeps clear of it too). */
const LAUNCHER_SPACE = 80;
/** Narrower than this, the card's text no longer fits in a readable way: it goes elsewhere. */
export const MIN_CARD_WIDTH = 180;
export const CARD_WIDTH = 300;

export interface CardContext {
  attempts: AttemptStatus | null;
  /** Set when FaceTec's screen is in an embedded frame: that frame's host. */
  frameHost: string | null;
  /** Formats an epoch-ms time in the UI language. */
  formatTime: (at: number) => string;
}

export interface CardActions {
  close: () => void;
  openPreflight: () => void;
  openGuide: (scenario: number) => void;
  openCameraSettings: () => void;
  /** Opens the manual-review kit (offered while locked: retrying cannot help until the lock lifts). */
  openReviewKit: () => void;
}

/** "4 of 5 attempts left today after this one", with where the limit comes from. */
export function attemptsLines(rule: PromptRule, status: AttemptStatus | null, t: KycText): string[] {
  if (!status || status.locked || rule.counts === 'lockout') return [];
  const figures = { left: status.left, limit: status.limit };
  const line = t(rule.counts === 'failed' ? 'attemptsLeftAfter' : 'attemptsLeft', figures);
  const source = status.limit === DEFAULT_POLICY.limit ? t('limitGuide', figures) : t('limitSetting');
  return [`${line} ${source}`];
}

export function buildCard(rule: PromptRule, t: KycText, context: CardContext, actions: CardActions): HTMLElement {
  const scenario = rule.scenarios[0] ?? 0;
  const close = el('button', { type: 'button', class: 'close', 'data-testid': 'kyc-explainer-close', 'aria-label': t('cardClose'), title: t('cardClose') }, ['×']);
  onTrustedClick(close, actions.close);
  const header = el('header', {}, [shieldIcon(), el('span', {}, [t('cardTitle')]), close]);
  const body: Array<Node | string> = [header, el('p', { class: 'fix' }, [t(`fix.${rule.id}` as KycKey)])];
  if (rule.counts === 'failed') body.push(el('p', { class: 'counted' }, [t('countedFailed')]));
  if (rule.id === 'camera-feed-issue' || rule.id === 'enable-camera') body.push(el('p', { class: 'counted' }, [t('notCounted')]));
  const locked = rule.counts === 'lockout' || context.attempts?.locked === true;
  if (rule.counts === 'lockout') body.push(el('p', { class: 'counted' }, [t('countedLockout')]));
  if (locked && context.attempts?.unlockAt !== undefined) {
    body.push(el('p', { class: 'counted', 'data-testid': 'kyc-explainer-unlock' }, [t('unlockAt', { time: context.formatTime(context.attempts.unlockAt) })]));
  }
  for (const line of attemptsLines(rule, context.attempts, t)) body.push(el('p', { class: 'left', 'data-testid': 'kyc-explainer-left' }, [line]));
  if (context.frameHost) body.push(el('p', { class: 'where', 'data-testid': 'kyc-explainer-frame' }, [t('frameHost', { host: context.frameHost })]));

  // A real link (its address is the guide at this scenario); the background opens it, because a
  // web page may not navigate to an extension page itself.
  const link = el('a', { href: guideUrl(scenario), target: '_blank', rel: 'noopener', 'data-testid': 'kyc-explainer-guide' }, [
    t('scenarioLabel', { number: scenario, name: t(`scenario.${scenario}` as KycKey) }),
  ]);
  onTrustedClick(link, () => actions.openGuide(scenario));
  body.push(el('p', { class: 'scenario' }, [link]));

  const buttons: HTMLElement[] = [];
  if (rule.id === 'enable-camera') {
    const settings = el('button', { type: 'button', class: 'cta', 'data-testid': 'kyc-explainer-camera-settings' }, [t('cameraSettings')]);
    onTrustedClick(settings, actions.openCameraSettings);
    buttons.push(settings);
  }
  if (locked) {
    const kit = el('button', { type: 'button', class: 'cta', 'data-testid': 'open-review-kit' }, [t('openReviewKit')]);
    onTrustedClick(kit, actions.openReviewKit);
    buttons.push(kit);
  }
  const cta = el('button', { type: 'button', class: 'cta', 'data-testid': 'kyc-explainer-preflight' }, [t(locked ? 'cardPreflightLocked' : 'cardPreflight')]);
  onTrustedClick(cta, actions.openPreflight);
  buttons.push(cta);
  body.push(el('div', { class: 'actions' }, buttons));
  return el(
    'section',
    {
      class: 'card',
      role: 'status',
      'aria-live': 'polite',
      'data-testid': 'kyc-explainer-card',
      'data-rule': rule.id,
      'data-scenario': String(scenario),
      'data-counts': rule.counts ?? 'none',
      ...(context.frameHost ? { 'data-frame': context.frameHost } : {}),
    },
    body,
  );
}

export interface Box { top: number; left: number; right: number; bottom: number }

/** Where the card goes and how wide it is; its top is settled once its height at that width is known. */
export interface CardSlot {
  left: number;
  width: number;
  /** The top edge the card lines up with (the prompt's), or null: pinned at the bottom. */
  alignTop: number | null;
}

/**
 * Beside the prompt's screen (FaceTec's screen, or the prompt itself), never over it: the screen
 * holds the user's own controls ("Try Again") and the face oval. Right of it if a full card fits,
 * else left of it, else in the wider side narrowed to fit (down to MIN_CARD_WIDTH: an 800-px window
 * around FaceTec's centred screen); with no room at all or no anchor, pinned bottom right.
 */
export function slotCard(anchor: { prompt: Box; screen: Box } | null, viewport: { width: number; height: number }): CardSlot {
  const full = Math.min(CARD_WIDTH, viewport.width - 2 * MARGIN);
  const pinned = { left: Math.max(MARGIN, viewport.width - full - MARGIN), width: full, alignTop: null };
  if (!anchor) return pinned;
  const { prompt, screen } = anchor;
  const right = viewport.width - screen.right - GAP - MARGIN;
  const left = screen.left - GAP - MARGIN;
  if (right >= full) return { left: screen.right + GAP, width: full, alignTop: prompt.top };
  if (left >= full) return { left: screen.left - GAP - full, width: full, alignTop: prompt.top };
  const side = Math.max(right, left);
  if (side >= MIN_CARD_WIDTH) {
    const width = Math.floor(side);
    return right >= left ? { left: screen.right + GAP, width, alignTop: prompt.top } : { left: MARGIN, width, alignTop: prompt.top };
  }
  return pinned;
}

/** The top edge for a card of `height` in `slot`: level with the prompt, kept inside the viewport. */
export function cardTop(slot: CardSlot, height: number, viewportHeight: number): number {
  const maxTop = Math.max(MARGIN, viewportHeight - height - LAUNCHER_SPACE);
  if (slot.alignTop === null) return Math.max(MARGIN, viewportHeight - height - LAUNCHER_SPACE);
  return Math.min(Math.max(MARGIN, slot.alignTop), maxTop);
}
