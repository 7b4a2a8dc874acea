// The content script's state as a pure reducer: (state, observation, time) → (state, effects).
// The controller reads the page (page-reader.ts), feeds what it saw here, and applies the effects
// (the overlay, the background's messages, the observer); nothing here touches the DOM or a clock.
//
// What counts as one attempt is decided once, in two halves:
// - Here, per frame: a look whose screen is a failure (kyc/facetec-sdk's `understand`: FaceTec's
//   retry screen, or on pages without the SDK a failure prompt) starts a showing (showings.ts) that
//   is reported once as one failed attempt, with this frame's showing id. The camera screens and
//   live guidance never count; a lockout screen is its own channel.
// - In the background, per tab (lockout/transitions' `sameShowing`): the same showing reported
//   again, or the tab's other frame reporting within CROSS_FRAME_MS (a page mirroring FaceTec's text
//   in its own frame), is merged into the attempt already counted. It never re-judges a screen.
import { understand, type FaceTecView } from '../kyc/facetec-sdk';
import { matchPrompts } from '../kyc/match';
import type { PromptRule } from '../kyc/prompts';
import type { AttemptStatus } from '../lockout/types';
import type { KycEvent } from '../messaging/protocol';
import { INITIAL_SHOWINGS, observeShowings, type ShowingState } from './showings';

/**
 * How often a changing page is re-checked at most. KYC pages closely: a retry screen should get its
 * card within a quarter second. Elsewhere barely: every binance.com page runs this script.
 */
export const KYC_INTERVAL_MS = 250;
export const OTHER_INTERVAL_MS = 1000;

/** Facts about this document that never change while the script runs. */
export interface FrameInfo {
  /** The tab's top frame: only it offers the pre-flight launcher and watches the site's camera permission. */
  top: boolean;
  /** A frame's own host (its card says where FaceTec's screen is); null in the top frame. */
  host: string | null;
  /** Random per page load, so a reloaded frame starts a new series of showing ids. */
  series: string;
}

export interface ContentState {
  frame: FrameInfo;
  /** The page is a KYC page (its URL, its headings, FaceTec's ids, or a frame of the tab holding FaceTec). */
  kyc: boolean;
  /** The top frame heard from the background that one of its binance.com frames shows FaceTec. */
  faceTecInFrame: boolean;
  showings: ShowingState;
  /** The rule the card explains (shown unless the user closed it). */
  card: PromptRule | null;
  /** Cards the user closed: each comes back only when its prompt comes back. */
  closedCards: readonly string[];
  launcherDismissed: boolean;
  /** What the background last said about the attempt budget. */
  attempts: AttemptStatus | null;
  permissionWatched: boolean;
}

/** One look at the page, as page-reader.ts reads it: the visible text only on KYC pages. */
export type PageLook = { kyc: false } | { kyc: true; view: FaceTecView; text: string };

export type Observation =
  | { type: 'looked'; page: PageLook }
  /** From the background: a binance.com frame of this tab shows FaceTec. */
  | { type: 'frame-shows-facetec' }
  /** In-app navigation: the new view's frames speak again if they still hold FaceTec. */
  | { type: 'navigated' }
  /** The background's answer to a report or a question. */
  | { type: 'attempts'; status: AttemptStatus }
  | { type: 'launcher-dismissed' }
  | { type: 'card-closed'; ruleId: string };

export type Effect =
  /** Watch the page for a KYC page or for any other page: the observer's options and the throttle's interval. */
  | { type: 'watch'; kyc: boolean; intervalMs: number }
  /** A frame that turns out to hold FaceTec tells its top frame (through the background). */
  | { type: 'announce-frame' }
  | { type: 'watch-permission' }
  /** One showing of a failure or lockout screen: `bg:kyc-event`, whose answer comes back as 'attempts'. */
  | { type: 'report'; event: KycEvent }
  /** A card that reports nothing asks what is left today (`bg:get-attempts`). */
  | { type: 'ask-attempts' }
  | { type: 'look-again' }
  /** The card's rule changed: find where it goes on the page. */
  | { type: 'anchor-card' }
  | { type: 'render' };

export interface Step {
  state: ContentState;
  effects: Effect[];
}

export function initialContentState(frame: FrameInfo): ContentState {
  return {
    frame,
    kyc: false,
    faceTecInFrame: false,
    showings: INITIAL_SHOWINGS,
    card: null,
    closedCards: [],
    launcherDismissed: false,
    attempts: null,
    permissionWatched: false,
  };
}

export const watchFor = (kyc: boolean): Effect => ({ type: 'watch', kyc, intervalMs: kyc ? KYC_INTERVAL_MS : OTHER_INTERVAL_MS });

/** What the overlay shows: the launcher (top frame, KYC page, not dismissed) and the card unless closed. */
export function shown(state: ContentState): { launcher: boolean; card: PromptRule | null } {
  const card = state.kyc && state.card && !state.closedCards.includes(state.card.id) ? state.card : null;
  return { launcher: state.frame.top && state.kyc && !state.launcherDismissed, card };
}

function switchMode(state: ContentState, kyc: boolean): Step {
  const effects: Effect[] = [];
  if (kyc && !state.frame.top) effects.push({ type: 'announce-frame' });
  effects.push(watchFor(kyc));
  if (!kyc) {
    const anchor: Effect[] = state.card ? [{ type: 'anchor-card' }] : [];
    return { state: { ...state, kyc, showings: INITIAL_SHOWINGS, card: null }, effects: [...effects, ...anchor] };
  }
  if (state.permissionWatched || !state.frame.top) return { state: { ...state, kyc }, effects };
  return { state: { ...state, kyc, permissionWatched: true }, effects: [...effects, { type: 'watch-permission' }] };
}

function looked(input: ContentState, page: PageLook, at: number): Step {
  const switched = page.kyc === input.kyc ? { state: input, effects: [] } : switchMode(input, page.kyc);
  let state = switched.state;
  const effects = [...switched.effects];
  if (!page.kyc) return { state, effects: [...effects, { type: 'render' }] };

  const matched = matchPrompts(page.text);
  const { card, counted } = understand(page.view, matched);
  const result = observeShowings(state.showings, counted, at);
  state = { ...state, showings: result.state };
  for (const { ruleId, kind, showing } of result.events) {
    effects.push({ type: 'report', event: { ruleId, kind, at, showing: `${state.frame.series}-${showing}` } });
  }
  if (card?.id !== state.card?.id) {
    // A card closed by the user comes back only when its prompt comes back.
    const closedCards = state.closedCards.filter((id) => card?.id === id || matched.some((rule) => rule.id === id));
    state = { ...state, card, closedCards };
    effects.push({ type: 'anchor-card' });
    // What is left today: a counted screen learns it from its report, any other card asks.
    if (card && result.events.length === 0) effects.push({ type: 'ask-attempts' });
  }
  return { state, effects: [...effects, { type: 'render' }] };
}

export function reduce(state: ContentState, observation: Observation, at: number): Step {
  switch (observation.type) {
    case 'looked':
      return looked(state, observation.page, at);
    case 'frame-shows-facetec':
      return { state: { ...state, faceTecInFrame: true }, effects: [{ type: 'look-again' }] };
    case 'navigated':
      return { state: { ...state, faceTecInFrame: false }, effects: [{ type: 'look-again' }] };
    case 'attempts':
      return { state: { ...state, attempts: observation.status }, effects: [{ type: 'render' }] };
    case 'launcher-dismissed':
      return { state: { ...state, launcherDismissed: true }, effects: [{ type: 'render' }] };
    case 'card-closed':
      if (state.closedCards.includes(observation.ruleId)) return { state, effects: [{ type: 'render' }] };
      return { state: { ...state, closedCards: [...state.closedCards, observation.ruleId] }, effects: [{ type: 'render' }] };
  }
}
