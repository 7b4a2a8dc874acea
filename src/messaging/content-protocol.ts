// Background → content script messages (the other direction of protocol.ts). Only the extension
// can send them: runtime.onMessage in a content script never hears the page.
import { defineExtensionMessaging } from '@webext-core/messaging';

export interface ContentProtocolMap {
  /** To a tab's top frame: a binance.com frame inside it shows FaceTec, so offer the pre-flight here. */
  'content:kyc-in-frame': () => void;
  /**
   * To a tab's top frame: are you there? Only our content script answers, and it runs only in
   * https binance.com documents, so an answer proves the tab is binance.com without reading its URL.
   */
  'content:top-frame': () => true;
}

export const { sendMessage: sendToContent, onMessage: onContentMessage } = defineExtensionMessaging<ContentProtocolMap>();
