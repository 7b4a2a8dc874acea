// Background → content script messages (the other direction of protocol.ts). Only the extension
// can send them: runtime.onMessage in a content script never hears the page.
import { defineExtensionMessaging } from '@webext-core/messaging';

export interface ContentProtocolMap {
  /** To a tab's top frame: a binance.com frame inside it shows FaceTec, so offer the pre-flight here. */
  'content:kyc-in-frame': () => void;
}

export const { sendMessage: sendToContent, onMessage: onContentMessage } = defineExtensionMessaging<ContentProtocolMap>();
