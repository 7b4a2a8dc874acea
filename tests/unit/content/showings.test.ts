import { describe, expect, it } from 'vitest';
import { PROMPT_RULES, type PromptRule } from '../../../src/kyc/prompts';
import { INITIAL_SHOWINGS, observeShowings, SCREEN_GONE_AFTER_MS, type ShowingEvent } from '../../../src/content/showings';

const rule = (id: string): PromptRule => PROMPT_RULES.find((r) => r.id === id)!;

/** Runs observations [time, rule ids on screen] and returns every event reported. */
function run(observations: Array<[number, string[]]>): ShowingEvent[] {
  let state = INITIAL_SHOWINGS;
  const events: ShowingEvent[] = [];
  for (const [now, ids] of observations) {
    const result = observeShowings(state, ids.map(rule), now);
    state = result.state;
    events.push(...result.events);
  }
  return events;
}

const GONE = SCREEN_GONE_AFTER_MS;

describe('one screen is one attempt', () => {
  it('a failure screen that appears counts once, naming the first matching rule', () => {
    expect(run([[0, []], [100, ['retry-screen', 'ideal-pose-lighting']]])).toEqual([
      { kind: 'failed', ruleId: 'retry-screen', at: 100, showing: 1 },
    ]);
  });

  it('several failure phrases on the same screen count once', () => {
    expect(run([[0, ['retry-screen', 'match-failed', 'session-ended']]])).toHaveLength(1);
  });

  it('the same screen changing while it stays up counts once', () => {
    const events = run([
      [0, ['retry-screen']],
      [250, ['retry-screen', 'ideal-pose-lighting']],
      [500, ['match-failed']],
      [5000, ['retry-screen']],
    ]);
    expect(events).toHaveLength(1);
  });

  it('a brief disappearance (re-render) is the same screen', () => {
    expect(run([[0, ['retry-screen']], [250, []], [250 + GONE - 1, ['retry-screen']]])).toHaveLength(1);
  });

  it('a new appearance after the screen went away counts again', () => {
    const events = run([[0, ['retry-screen']], [300, []], [300 + GONE, ['match-failed']]]);
    expect(events.map((event) => [event.ruleId, event.at, event.showing])).toEqual([['retry-screen', 0, 1], ['match-failed', 300 + GONE, 2]]);
  });

  it('a long quiet gap without any observation still needs an observed absence to count again', () => {
    expect(run([[0, ['retry-screen']], [60_000, ['retry-screen']]])).toHaveLength(1);
  });

  it('guidance prompts never count', () => {
    expect(run([[0, ['too-dark']], [100, []], [5000, ['look-ahead', 'network-error']]])).toEqual([]);
  });

  it('the lockout is its own channel and is reported before a failure on the same screen', () => {
    expect(run([[0, ['lockout', 'retry-screen']], [200, ['lockout']]]).map((e) => e.kind)).toEqual(['lockout', 'failed']);
  });

  it('a lockout that comes back later is reported again', () => {
    expect(run([[0, ['lockout']], [100, []], [100 + GONE, ['lockout']]]).filter((e) => e.kind === 'lockout')).toHaveLength(2);
  });
});
