// Shared set-up: the real background parts on a fake clock, with fakeBrowser underneath.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground } from '../../../src/background/app';

export const T0 = Date.UTC(2026, 10, 27, 9, 0, 0);
export const MIN = 60_000;
export const HOUR = 60 * MIN;

export const ORIGIN = 'chrome-extension://test-extension-id/';
export const PAGE = { id: 'test-extension-id', url: `${ORIGIN}popup.html` };
export const CONTENT = { id: 'test-extension-id', url: 'https://www.binance.com/en/my/kyc', tab: { id: 7, url: 'https://www.binance.com/en/my/kyc' } };

export function setup() {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '0.1.0' } as never);
  const clock = { now: T0 };
  const bg = createBackground(() => clock.now);
  // An explicit `undefined` sender stays undefined (a default parameter would swallow it).
  const send = (type: string, data?: unknown, ...sender: unknown[]) =>
    bg.router.route(type, data, sender.length ? sender[0] : PAGE);
  const badge = async () => ({
    text: await fakeBrowser.action.getBadgeText({}),
    title: await fakeBrowser.action.getTitle({}),
    color: await fakeBrowser.action.getBadgeBackgroundColor({}),
  });
  return { bg, clock, send, badge };
}
