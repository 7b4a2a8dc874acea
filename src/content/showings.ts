// One showing is one attempt: the content script's half of the rule (src/content/state.ts says
// which module owns which half). FaceTec's result screen may show several failure phrases at once
// and re-render while it stays up; each of those observations must count once. A screen counts
// again only after it has been gone for a moment (a re-mount between two observations is not a new
// screen; a new face scan takes several seconds, far longer than the grace below).
import type { PromptRule } from '../kyc/prompts';

export type CountKind = 'failed' | 'lockout';

/** Absence shorter than this is the same screen re-rendering, not a new result. */
export const SCREEN_GONE_AFTER_MS = 1000;

interface ChannelState {
  /** The screen was seen and has not been gone for SCREEN_GONE_AFTER_MS yet. */
  up: boolean;
  /** When the screen was first observed missing since it was last seen; null while visible. */
  absentSince: number | null;
}

export type ShowingState = Record<CountKind, ChannelState> & {
  /** Showings seen so far (any kind): numbers each new one, so the background can tell them apart. */
  showings: number;
};

export interface ShowingEvent {
  kind: CountKind;
  ruleId: string;
  at: number;
  /** This showing's number within the frame (1, 2, ...); repeated reports of one showing share it. */
  showing: number;
}

export const INITIAL_SHOWINGS: ShowingState = {
  failed: { up: false, absentSince: null },
  lockout: { up: false, absentSince: null },
  showings: 0,
};

function step(channel: ChannelState, visible: boolean, now: number): { next: ChannelState; appeared: boolean } {
  const goneLongEnough = channel.absentSince !== null && now - channel.absentSince >= SCREEN_GONE_AFTER_MS;
  const stillUp = channel.up && !goneLongEnough;
  if (visible) return { next: { up: true, absentSince: null }, appeared: !stillUp };
  if (!stillUp) return { next: { up: false, absentSince: null }, appeared: false };
  return { next: { up: true, absentSince: channel.absentSince ?? now }, appeared: false };
}

/**
 * Feed one observation (the rules on screen now, in table order: the ones the text matched, with
 * the one FaceTec's structure calls for put first) and get the next state plus the events to
 * report: at most one per kind, naming the first matching rule.
 */
export function observeShowings(
  state: ShowingState,
  matched: readonly PromptRule[],
  now: number,
): { state: ShowingState; events: ShowingEvent[] } {
  const events: ShowingEvent[] = [];
  const next = { ...state };
  for (const kind of ['lockout', 'failed'] as const) {
    const first = matched.find((rule) => rule.counts === kind);
    const { next: channel, appeared } = step(state[kind], first !== undefined, now);
    next[kind] = channel;
    if (appeared && first) events.push({ kind, ruleId: first.id, at: now, showing: ++next.showings });
  }
  return { state: next, events };
}
