// bg:kyc-event from several frames of one tab, through the real router: the tab and frame come from
// the browser's sender, a showing counts once across frames, and a binance.com frame in another
// site's tab is refused before any handler runs.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { RejectedMessage } from '../../../src/background/router';
import { CROSS_FRAME_MS } from '../../../src/lockout/transitions';
import { setup, T0 } from './harness';

const TOP = 'https://www.binance.com/en/my/kyc/liveness';
const FRAME = 'https://verify.binance.com/facetec/frame';
const sender = (frameId: number, url = frameId === 0 ? TOP : FRAME, tabUrl = TOP, tab = 7) => ({ id: 'test-extension-id', url, frameId, tab: { id: tab, url: tabUrl } });
const failure = (showing: string) => ({ ruleId: 'retry-screen', kind: 'failed', at: T0, showing });

let h: ReturnType<typeof setup>;
beforeEach(() => {
  h = setup();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('failures reported by frames', () => {
  it('one showing reported by the frame and mirrored in the top frame counts once', async () => {
    await h.send('bg:kyc-event', failure('x1-1'), sender(4));
    await h.send('bg:kyc-event', failure('y9-1'), sender(0));
    await h.send('bg:kyc-event', failure('x1-1'), sender(4));
    expect(await h.send('bg:get-attempts')).toMatchObject({ used: 1 });
  });

  it('the next showing in the frame counts again; another frame later than CROSS_FRAME_MS too', async () => {
    await h.send('bg:kyc-event', failure('x1-1'), sender(4));
    h.clock.now = T0 + 2_000;
    await h.send('bg:kyc-event', failure('x1-2'), sender(4));
    h.clock.now = T0 + 2_000 + CROSS_FRAME_MS;
    await h.send('bg:kyc-event', failure('y9-1'), sender(0));
    expect(await h.send('bg:get-attempts')).toMatchObject({ used: 3 });
  });

  it('a binance.com frame inside another site is refused, and changes nothing', async () => {
    await expect(h.send('bg:kyc-event', failure('x1-1'), sender(4, FRAME, 'https://example.com/embed'))).rejects.toBeInstanceOf(RejectedMessage);
    expect(await h.send('bg:get-attempts')).toMatchObject({ used: 0 });
  });

  it('the showing id is checked like any field', async () => {
    await expect(h.send('bg:kyc-event', { ...failure('x'), showing: '<script>' }, sender(4))).rejects.toBeInstanceOf(RejectedMessage);
  });
});

describe('a frame that shows FaceTec', () => {
  it('is passed on to its tab\'s top frame only; a top frame saying it is ignored', async () => {
    // @webext-core/messaging calls chrome.tabs.sendMessage with a callback: answer as a top frame would.
    const sent = vi.spyOn(chrome.tabs, 'sendMessage').mockImplementation(((...args: unknown[]) => (args[3] as (r: unknown) => void)({ res: undefined })) as never);
    await h.send('bg:kyc-frame', undefined, sender(4));
    expect(sent).toHaveBeenCalledTimes(1);
    expect(sent.mock.calls[0]![0]).toBe(7);
    expect(sent.mock.calls[0]![1]).toMatchObject({ type: 'content:kyc-in-frame' });
    expect(sent.mock.calls[0]![2]).toEqual({ frameId: 0 });
    await h.send('bg:kyc-frame', undefined, sender(0));
    expect(sent).toHaveBeenCalledTimes(1);
  });
});

describe('a frame in a tab whose URL the browser does not report (Firefox)', () => {
  const firefoxFrame = { id: 'test-extension-id', url: FRAME, frameId: 4, tab: { id: 7 } };
  /** The tab's top frame answers (our content script runs there) or the message finds no one. */
  const topFrame = (answers: boolean) =>
    vi.spyOn(chrome.tabs, 'sendMessage').mockImplementation(((...args: unknown[]) => {
      const [tabId, , options, reply] = args as [number, unknown, { frameId?: number }, (r?: unknown) => void];
      if (tabId === 7 && options?.frameId === 0 && answers) reply({ res: true });
      else reply(undefined);
    }) as never);

  it('counts once the tab\'s top frame proves to run our content script (so it is binance.com)', async () => {
    const asked = topFrame(true);
    await h.send('bg:kyc-event', failure('f1-1'), firefoxFrame);
    expect(asked).toHaveBeenCalledTimes(1);
    expect(asked.mock.calls[0]![2]).toEqual({ frameId: 0 });
    expect(await h.send('bg:get-attempts')).toMatchObject({ used: 1 });
  });

  it('is refused when no content script answers in the top frame (another site embeds binance.com)', async () => {
    topFrame(false);
    await expect(h.send('bg:kyc-event', failure('f1-1'), firefoxFrame)).rejects.toBeInstanceOf(RejectedMessage);
    expect(await h.send('bg:get-attempts')).toMatchObject({ used: 0 });
  });
});
