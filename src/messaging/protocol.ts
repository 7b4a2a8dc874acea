// The one typed protocol between the extension's contexts. Each entry: message name →
// (data) => response. Names say who talks to whom: `bg:` is answered by the background.
import { defineExtensionMessaging } from '@webext-core/messaging';

export interface ProtocolMap {
  /** Liveness probe: the background answers with its version. */
  'bg:ping': () => { version: string };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
