import { browser } from 'wxt/browser';
import { onMessage } from '../messaging/protocol';

/** Registers every listener synchronously, as MV3 requires for a worker woken by an event. */
export function startBackground(): void {
  onMessage('bg:ping', () => ({ version: browser.runtime.getManifest().version }));
}
