// Structure first: what FaceTec's screens (by the SDK's ids and whether each is shown) mean,
// whatever the language, and how the text refines (never overrides) that.
import { describe, expect, it } from 'vitest';
import { COUNTING_PARTS, judgeFaceTec, understand, type FaceTecPart, type FaceTecView } from '../../../src/kyc/facetec-sdk';
import { matchPrompts } from '../../../src/kyc/match';

const view = (...shown: FaceTecPart[]): FaceTecView => ({ present: true, shown: new Set(shown) });
const ids = (rules: readonly { id: string }[]) => rules.map((rule) => rule.id);

describe('judgeFaceTec', () => {
  it('the retry screen is a failed attempt and gets the retry card', () => {
    expect(judgeFaceTec(view('retry'))).toEqual({ failed: true, card: 'retry-screen' });
  });

  it('the camera screens get their cards and are not attempts (no face scan was taken)', () => {
    expect(judgeFaceTec(view('cameraPermission'))).toEqual({ failed: false, card: 'enable-camera' });
    expect(judgeFaceTec(view('cameraFeedIssue'))).toEqual({ failed: false, card: 'camera-feed-issue' });
    expect(COUNTING_PARTS.has('cameraFeedIssue')).toBe(false);
  });

  it.each(['getReady', 'feedback', 'frame', 'upload', 'success', 'unsuccess'] as const)('%s never counts and raises no card of its own', (part) => {
    expect(judgeFaceTec(view(part))).toEqual({ failed: false, card: null });
  });
});

describe('understand: the structure decides, the text explains', () => {
  it('a retry screen in words no rule knows still counts, as the retry screen', () => {
    const result = understand(view('retry'), matchPrompts('Bir Kez Daha Deneyelim'));
    expect(result.card?.id).toBe('retry-screen');
    expect(ids(result.counted)).toEqual(['retry-screen']);
  });

  it('the text may name the failure more precisely', () => {
    const result = understand(view('retry'), matchPrompts("Face Didn't Match Highly Enough"));
    expect(result.card?.id).toBe('match-failed');
    expect(ids(result.counted)).toEqual(['match-failed']);
  });

  it('with the SDK on the page, failure text outside a shown retry screen does not count', () => {
    const result = understand(view('getReady'), matchPrompts("Let's Try That Again"));
    expect(result.counted).toEqual([]);
    expect(result.card).toBeNull();
  });

  it('live guidance gets its explainer from the text (FaceTec\'s own Russian here) and never counts', () => {
    const result = understand(view('frame', 'feedback'), matchPrompts('Осветите лицо более равномерно'));
    expect(result.card?.id).toBe('uneven-light');
    expect(result.counted).toEqual([]);
  });

  it('the feed-issue screen: the camera card, refined by "camera in use", no count', () => {
    expect(understand(view('cameraFeedIssue'), matchPrompts('Issue Securing Camera Feed')).card?.id).toBe('camera-feed-issue');
    const busy = understand(view('cameraFeedIssue'), matchPrompts('Camera already in use by another App.'));
    expect(busy.card?.id).toBe('camera-in-use');
    expect(busy.counted).toEqual([]);
  });

  it('the site\'s lockout text counts with or without the SDK', () => {
    const text = 'Too many attempts, please try again in 24 hours';
    expect(ids(understand(view('retry'), matchPrompts(text)).counted)).toEqual(['lockout', 'retry-screen']);
    expect(ids(understand({ present: false, shown: new Set() }, matchPrompts(text)).counted)).toEqual(['lockout']);
  });

  it('without the SDK\'s ids the text decides, as before', () => {
    const result = understand({ present: false, shown: new Set() }, matchPrompts("Let's Try That Again"));
    expect(result.card?.id).toBe('retry-screen');
    expect(ids(result.counted)).toEqual(['retry-screen']);
  });
});
