// The content script's reducer on tables: each row is a state, an observation and a time, and the
// state and effects that must follow. The rows name the attempt rule's cases: once per showing, a
// frame against the top frame, the camera screens that never count, the lockout card, dismissals.
import { describe, expect, it } from 'vitest';
import type { FaceTecPart, FaceTecView } from '../../../src/kyc/facetec-sdk';
import { PROMPT_RULES } from '../../../src/kyc/prompts';
import { SCREEN_GONE_AFTER_MS } from '../../../src/content/showings';
import {
  initialContentState,
  KYC_INTERVAL_MS,
  OTHER_INTERVAL_MS,
  reduce,
  shown,
  type ContentState,
  type Effect,
  type FrameInfo,
  type Observation,
} from '../../../src/content/state';

const TOP: FrameInfo = { top: true, host: null, series: 'top1' };
const FRAME: FrameInfo = { top: false, host: 'verify.binance.com', series: 'frm1' };
const T0 = 1_000_000;
const GONE = SCREEN_GONE_AFTER_MS;
const STATUS = { used: 1, left: 4, limit: 5, locked: false };

const NO_SDK: FaceTecView = { present: false, shown: new Set() };
const sdk = (...shown: FaceTecPart[]): FaceTecView => ({ present: true, shown: new Set(shown) });
const rule = (id: string) => PROMPT_RULES.find((r) => r.id === id)!;

/** A look at a KYC page showing `text` (and FaceTec's parts, when the SDK is on the page). */
const kyc = (text = '', view: FaceTecView = NO_SDK): Observation => ({ type: 'looked', page: { kyc: true, view, text } });
const OTHER: Observation = { type: 'looked', page: { kyc: false } };
const RETRY_TEXT = "Let's Try That Again";
const RETRY = kyc(RETRY_TEXT, sdk('retry'));
const LOCKOUT = kyc('Too many attempts, please try again in 24 hours');

/** The state after feeding observations in order (each at its own time). */
function after(frame: FrameInfo, ...steps: Array<[Observation, number]>): ContentState {
  return steps.reduce((state, [observation, at]) => reduce(state, observation, at).state, initialContentState(frame));
}

const report = (ruleId: string, kind: 'failed' | 'lockout', at: number, showing: string): Effect => ({ type: 'report', event: { ruleId, kind, at, showing } });
const RENDER: Effect = { type: 'render' };
const ANCHOR: Effect = { type: 'anchor-card' };
const ASK: Effect = { type: 'ask-attempts' };
const WATCH_KYC: Effect = { type: 'watch', kyc: true, intervalMs: KYC_INTERVAL_MS };
const WATCH_OTHER: Effect = { type: 'watch', kyc: false, intervalMs: OTHER_INTERVAL_MS };

const onKycPage = (frame = TOP) => after(frame, [kyc(), T0]);
const retryUp = (frame = TOP) => after(frame, [kyc(), T0], [RETRY, T0 + 250]);

type Row = [label: string, state: ContentState, observation: Observation, at: number, expected: Partial<ContentState> & { cardId?: string | null }, effects: Effect[]];

function check([, state, observation, at, expected, effects]: Row) {
  const step = reduce(state, observation, at);
  const { cardId, ...rest } = expected;
  expect(step.state).toMatchObject(rest);
  if (cardId !== undefined) expect(step.state.card?.id ?? null).toBe(cardId);
  expect(step.effects).toEqual(effects);
}

describe('entering and leaving a KYC page', () => {
  it.each<Row>([
    ['an ordinary page: nothing to show, nothing sent', initialContentState(TOP), OTHER, T0, { kyc: false }, [RENDER]],
    ['the top frame on a KYC page: watched closely, the site camera permission watched once', initialContentState(TOP), kyc(), T0,
      { kyc: true, permissionWatched: true }, [WATCH_KYC, { type: 'watch-permission' }, RENDER]],
    ['the top frame back on a KYC page: the permission is not watched twice', after(TOP, [kyc(), T0], [OTHER, T0 + 1]), kyc(), T0 + 2,
      { kyc: true }, [WATCH_KYC, RENDER]],
    ['a frame holding FaceTec tells its top frame and never watches the permission', initialContentState(FRAME), kyc('', sdk('getReady')), T0,
      { kyc: true, permissionWatched: false }, [{ type: 'announce-frame' }, WATCH_KYC, RENDER]],
    ['leaving with a card up: the card and the showings go', retryUp(), OTHER, T0 + 500,
      { kyc: false, cardId: null, showings: initialContentState(TOP).showings }, [WATCH_OTHER, ANCHOR, RENDER]],
    ['a frame of the tab shows FaceTec: look again (the reader then assumes a KYC page)', initialContentState(TOP), { type: 'frame-shows-facetec' }, T0,
      { faceTecInFrame: true }, [{ type: 'look-again' }]],
    ['in-app navigation ends what a frame said', after(TOP, [{ type: 'frame-shows-facetec' }, T0]), { type: 'navigated' }, T0,
      { faceTecInFrame: false }, [{ type: 'look-again' }]],
  ])('%s', (...row) => check(row));
});

describe('once per showing', () => {
  it.each<Row>([
    ["FaceTec's retry screen: one failed attempt, reported with this frame's showing id", onKycPage(), RETRY, T0 + 250,
      { cardId: 'retry-screen' }, [report('retry-screen', 'failed', T0 + 250, 'top1-1'), ANCHOR, RENDER]],
    ['the same screen seen again: no second report, no new anchor', retryUp(), RETRY, T0 + 500, { cardId: 'retry-screen' }, [RENDER]],
    ['the screen re-rendering (gone for less than the grace): still the same showing',
      after(TOP, [kyc(), T0], [RETRY, T0 + 250], [kyc(), T0 + 500]), RETRY, T0 + 500 + GONE - 1, {}, [ANCHOR, ASK, RENDER]],
    ['gone for the whole grace, then back: a new showing, a new id',
      after(TOP, [kyc(), T0], [RETRY, T0 + 250], [kyc(), T0 + 500]), RETRY, T0 + 500 + GONE,
      {}, [report('retry-screen', 'failed', T0 + 500 + GONE, 'top1-2'), ANCHOR, RENDER]],
    ['the refined reason counts in the retry card\'s place, once', onKycPage(), kyc(`${RETRY_TEXT} Face Didn't Match Highly Enough`, sdk('retry')), T0 + 250,
      { cardId: 'match-failed' }, [report('match-failed', 'failed', T0 + 250, 'top1-1'), ANCHOR, RENDER]],
    ['with the SDK on the page, failure text alone never counts (the retry screen does)', onKycPage(), kyc("Face Didn't Match Highly Enough", sdk('feedback')), T0 + 250,
      {}, [RENDER]],
    ['without the SDK, a failure prompt in the text counts', onKycPage(), kyc("Face Didn't Match Highly Enough"), T0 + 250,
      { cardId: 'match-failed' }, [report('match-failed', 'failed', T0 + 250, 'top1-1'), ANCHOR, RENDER]],
  ])('%s', (...row) => check(row));
});

describe('a frame against the top frame', () => {
  it.each<Row>([
    ["a frame's retry screen is reported under the frame's own series", onKycPage(FRAME), RETRY, T0 + 250,
      { cardId: 'retry-screen' }, [report('retry-screen', 'failed', T0 + 250, 'frm1-1'), ANCHOR, RENDER]],
    ['the top frame mirroring the text reports its own showing (the background merges the two)', onKycPage(TOP), kyc(RETRY_TEXT), T0 + 250,
      {}, [report('retry-screen', 'failed', T0 + 250, 'top1-1'), ANCHOR, RENDER]],
  ])('%s', (...row) => check(row));

  it('only the top frame offers the launcher; a frame names its host on the card', () => {
    expect(shown(retryUp(TOP))).toEqual({ launcher: true, card: rule('retry-screen') });
    expect(shown(retryUp(FRAME))).toEqual({ launcher: false, card: rule('retry-screen') });
    expect(retryUp(FRAME).frame.host).toBe('verify.binance.com');
  });
});

describe('screens that never count', () => {
  it.each<Row>([
    ['the camera-feed-issue screen: its card, no report; it asks what is left today', onKycPage(), kyc('Issue Securing Camera Feed', sdk('cameraFeedIssue')), T0 + 250,
      { cardId: 'camera-feed-issue' }, [ANCHOR, ASK, RENDER]],
    ['the feed-issue screen staying up past the grace still never counts',
      after(TOP, [kyc(), T0], [kyc('', sdk('cameraFeedIssue')), T0 + 250]), kyc('', sdk('cameraFeedIssue')), T0 + 250 + 10 * GONE, { cardId: 'camera-feed-issue' }, [RENDER]],
    ['the camera permission screen: the enable-camera card, no report', onKycPage(), kyc('', sdk('cameraPermission')), T0 + 250,
      { cardId: 'enable-camera' }, [ANCHOR, ASK, RENDER]],
    ['live guidance: a card, no report', onKycPage(), kyc('Brighten Your Environment', sdk('feedback')), T0 + 250,
      { cardId: 'too-dark' }, [ANCHOR, ASK, RENDER]],
  ])('%s', (...row) => check(row));
});

describe('the lockout card', () => {
  it.each<Row>([
    ['the site says too many attempts: one lockout report, the lockout card', onKycPage(), LOCKOUT, T0 + 250,
      { cardId: 'lockout' }, [report('lockout', 'lockout', T0 + 250, 'top1-1'), ANCHOR, RENDER]],
    ['the lockout beside a retry screen: both reported, the lockout first, its card wins', onKycPage(), kyc(`Too many attempts, please try again in 24 hours ${RETRY_TEXT}`, sdk('retry')), T0 + 250,
      { cardId: 'lockout' }, [report('lockout', 'lockout', T0 + 250, 'top1-1'), report('retry-screen', 'failed', T0 + 250, 'top1-2'), ANCHOR, RENDER]],
    ['the lockout staying up is reported once', after(TOP, [kyc(), T0], [LOCKOUT, T0 + 250]), LOCKOUT, T0 + 250 + 10 * GONE, {}, [RENDER]],
    ["the background's answer is kept for the card", retryUp(), { type: 'attempts', status: { ...STATUS, left: 0, locked: true } }, T0 + 300,
      { attempts: { ...STATUS, left: 0, locked: true } }, [RENDER]],
  ])('%s', (...row) => check(row));
});

describe('dismissals', () => {
  const closed = after(TOP, [kyc(), T0], [RETRY, T0 + 250], [{ type: 'card-closed', ruleId: 'retry-screen' }, T0 + 300]);
  it.each<Row>([
    ['closing the launcher hides it for the page', onKycPage(), { type: 'launcher-dismissed' }, T0, { launcherDismissed: true }, [RENDER]],
    ['closing a card remembers its rule', retryUp(), { type: 'card-closed', ruleId: 'retry-screen' }, T0 + 300, { closedCards: ['retry-screen'] }, [RENDER]],
    ['a closed card stays closed while its prompt stays', closed, RETRY, T0 + 400, { closedCards: ['retry-screen'] }, [RENDER]],
    ['another prompt replacing it forgets the closed card', closed, kyc('Brighten Your Environment'), T0 + 400,
      { closedCards: [], cardId: 'too-dark' }, [ANCHOR, ASK, RENDER]],
    ['another card while the closed prompt is still on the page keeps it closed', closed, kyc(`Brighten Your Environment ${RETRY_TEXT}`, sdk('feedback')), T0 + 400,
      { closedCards: ['retry-screen'], cardId: 'too-dark' }, [ANCHOR, ASK, RENDER]],
  ])('%s', (...row) => check(row));

  it('what the overlay shows after each dismissal', () => {
    expect(shown(closed)).toEqual({ launcher: true, card: null });
    expect(shown(after(TOP, [kyc(), T0], [RETRY, T0 + 250], [{ type: 'launcher-dismissed' }, T0 + 300]))).toEqual({ launcher: false, card: rule('retry-screen') });
    expect(shown(after(TOP, [RETRY, T0], [OTHER, T0 + 1]))).toEqual({ launcher: false, card: null });
  });
});
