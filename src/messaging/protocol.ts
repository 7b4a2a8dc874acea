// The one typed protocol between the extension's contexts. Each entry: message name →
// (data) => response. `bg:` messages are answered by the background service worker; the sender
// allow-list and shape validation live in the background's handlers.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AttemptStatus } from '../lockout/types';
import type { Report } from '../report/types';

/** What the content script saw on a KYC page: only a rule id and a time, never page text. */
export interface KycEvent {
  ruleId: string;
  kind: 'failed' | 'lockout';
  /** Epoch ms. */
  at: number;
}

export type SiteCameraPermission = PermissionState | 'unsupported';

export interface ProtocolMap {
  /** Liveness probe: the background answers with its version. */
  'bg:ping': () => { version: string };
  /** Content script → background: a recognised failure or lockout screen. */
  'bg:kyc-event': (event: KycEvent) => AttemptStatus;
  /** Content script → background: binance.com's camera permission state (and its changes). */
  'bg:site-camera-permission': (state: { state: SiteCameraPermission; at: number }) => void;
  /** Content script → background: open the pre-flight page, remembering the tab to return to. */
  'bg:open-preflight': () => void;
  /** Pages → background: everything the popup shows at a glance. */
  'bg:get-attempts': () => AttemptStatus;
  /** Pages → background: the user logs a failed attempt by hand, or undoes the last one. */
  'bg:log-attempt': () => AttemptStatus;
  'bg:undo-attempt': () => AttemptStatus;
  /** Pre-flight page/popup → background: store a finished report (statuses and metrics only). */
  'bg:save-report': (report: Report) => void;
  /** Pre-flight page → background: focus the binance.com tab the pre-flight was opened from. */
  'bg:return-to-tab': (tabId: number) => boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
