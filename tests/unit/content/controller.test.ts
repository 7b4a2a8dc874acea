// The content script's controller on fake ports: what it reads, sends and renders for a page, with
// the reducer (tested on its own tables) deciding. No DOM: anchors are stand-in elements.
import { describe, expect, it } from 'vitest';
import { createController, type ContentPorts } from '../../../src/content/controller';
import type { OverlayState } from '../../../src/content/overlay';
import { KYC_INTERVAL_MS } from '../../../src/content/state';
import type { PageLook } from '../../../src/content/state';
import type { FaceTecPart } from '../../../src/kyc/facetec-sdk';
import type { AttemptStatus } from '../../../src/lockout/types';
import type { KycEvent } from '../../../src/messaging/protocol';

const T0 = 1_000_000;
const STATUS: AttemptStatus = { used: 1, left: 4, limit: 5, locked: false };
const page = (text: string, ...shown: FaceTecPart[]): PageLook => ({ kyc: true, view: { present: shown.length > 0, shown: new Set(shown) }, text });
const RETRY = page("Let's Try That Again", 'retry');
const OTHER: PageLook = { kyc: false };
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function harness(frame: ContentPorts['frame'] = { top: true, host: null, series: 'abc' }) {
  const world = {
    now: T0,
    valid: true,
    page: OTHER,
    answer: Promise.resolve(STATUS) as Promise<AttemptStatus>,
    anchor: { isConnected: true } as { isConnected: boolean } as Element,
    anchorsFound: 0,
    looks: [] as boolean[],
    reports: [] as KycEvent[],
    asks: 0,
    announced: 0,
    permissionWatched: 0,
    watches: [] as Array<[boolean, number]>,
    lookAgain: 0,
    overlays: 0,
    renders: [] as OverlayState[],
    repositions: 0,
    user: null as null | { dismissed: () => void; cardClosed: (ruleId: string) => void },
  };
  const ports: ContentPorts = {
    frame,
    now: () => world.now,
    isValid: () => world.valid,
    look: (assumeKyc) => {
      world.looks.push(assumeKyc);
      return world.page;
    },
    cardAnchor: (rule) => {
      world.anchorsFound++;
      return rule ? world.anchor : null;
    },
    partsToAvoid: () => [],
    createOverlay: async (user) => {
      world.overlays++;
      world.user = user;
      return { render: (state) => world.renders.push(state), reposition: () => world.repositions++ };
    },
    report: (event) => {
      world.reports.push(event);
      return world.answer;
    },
    askAttempts: () => {
      world.asks++;
      return world.answer;
    },
    announceFrame: () => world.announced++,
    watchPermission: () => world.permissionWatched++,
    watch: (kyc, ms) => world.watches.push([kyc, ms]),
    lookAgain: () => world.lookAgain++,
  };
  return { world, controller: createController(ports), last: () => world.renders.at(-1) };
}

describe('the content script on fake ports', () => {
  it('an ordinary page: one look, no overlay, nothing sent', async () => {
    const { world, controller } = harness();
    controller.look();
    await flush();
    expect(world.looks).toEqual([false]);
    expect([world.overlays, world.reports.length, world.asks, world.watches.length, world.permissionWatched]).toEqual([0, 0, 0, 0, 0]);
    expect(controller.hasCard()).toBe(false);
  });

  it("a retry screen in the top frame: reported once with the frame's showing id, the card shows the background's answer", async () => {
    const { world, controller, last } = harness();
    world.page = RETRY;
    controller.look();
    await flush();
    expect(world.watches).toEqual([[true, KYC_INTERVAL_MS]]);
    expect(world.permissionWatched).toBe(1);
    expect(world.reports).toEqual([{ ruleId: 'retry-screen', kind: 'failed', at: T0, showing: 'abc-1' }]);
    expect(world.asks).toBe(0);
    expect(world.overlays).toBe(1);
    expect(last()).toMatchObject({ launcher: true, card: { rule: { id: 'retry-screen' }, anchor: world.anchor, attempts: STATUS, frameHost: null } });

    world.now += 250;
    controller.look();
    await flush();
    expect(world.reports).toHaveLength(1);
    expect(world.overlays).toBe(1);
  });

  it('a frame: tells its top frame, names its host on the card, offers no launcher', async () => {
    const { world, controller, last } = harness({ top: false, host: 'verify.binance.com', series: 'f9' });
    world.page = RETRY;
    controller.look();
    await flush();
    expect([world.announced, world.permissionWatched]).toEqual([1, 0]);
    expect(world.reports.map((event) => event.showing)).toEqual(['f9-1']);
    expect(last()).toMatchObject({ launcher: false, card: { frameHost: 'verify.binance.com' } });
  });

  it('a card that reports nothing asks what is left; the camera-feed-issue screen never reports', async () => {
    const { world, controller, last } = harness();
    world.page = page('Issue Securing Camera Feed', 'cameraFeedIssue');
    controller.look();
    await flush();
    expect(world.reports).toEqual([]);
    expect(world.asks).toBe(1);
    expect(last()?.card).toMatchObject({ rule: { id: 'camera-feed-issue' }, attempts: STATUS });
  });

  it("the user's dismissals reach the reducer: the launcher and then the card go", async () => {
    const { world, controller, last } = harness();
    world.page = RETRY;
    controller.look();
    await flush();
    world.user!.dismissed();
    await flush();
    expect(last()).toMatchObject({ launcher: false, card: { rule: { id: 'retry-screen' } } });
    world.user!.cardClosed('retry-screen');
    await flush();
    expect(last()).toEqual({ launcher: false, card: null });
  });

  it('finds the anchor again when the page replaced it, and only then', async () => {
    const { world, controller } = harness();
    world.page = RETRY;
    controller.look();
    expect(world.anchorsFound).toBe(1);
    controller.look();
    expect(world.anchorsFound).toBe(1);
    (world.anchor as { isConnected: boolean }).isConnected = false;
    controller.look();
    expect(world.anchorsFound).toBe(2);
    await flush();
  });

  it("a frame's word makes the next look assume a KYC page; in-app navigation ends it", () => {
    const { world, controller } = harness();
    controller.dispatch({ type: 'frame-shows-facetec' });
    controller.look();
    controller.dispatch({ type: 'navigated' });
    controller.look();
    expect(world.lookAgain).toBe(2);
    expect(world.looks).toEqual([true, false]);
  });

  it('a background that does not answer never breaks the page', async () => {
    const { world, controller, last } = harness();
    world.answer = Promise.reject(new Error('Could not establish connection'));
    world.answer.catch(() => undefined);
    world.page = RETRY;
    expect(() => controller.look()).not.toThrow();
    await flush();
    expect(world.reports).toHaveLength(1);
    expect(last()?.card?.attempts).toBeNull();
  });

  it('after the extension reloaded it reads nothing and renders nothing', async () => {
    const { world, controller } = harness();
    world.valid = false;
    world.page = RETRY;
    controller.look();
    await flush();
    expect([world.looks.length, world.reports.length, world.renders.length]).toEqual([0, 0, 0]);
  });

  it('re-measures only with a card up', async () => {
    const { world, controller } = harness();
    expect(controller.hasCard()).toBe(false);
    world.page = RETRY;
    controller.look();
    expect(controller.hasCard()).toBe(true);
    controller.reposition();
    await flush();
    expect(world.repositions).toBe(1);
    world.page = OTHER;
    controller.look();
    expect(controller.hasCard()).toBe(false);
  });
});
