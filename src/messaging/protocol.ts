// The one typed protocol between the extension's contexts. Each entry: message name →
// (data) => response. `bg:` messages are answered by the background service worker; the sender
// allow-list and shape validation live in the background's handlers.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AttemptStatus, LockoutState } from '../lockout/types';
import type { Report } from '../report/types';
import type { BrowserAssessment } from '../browser/types';
import type { Locale } from '../i18n/locales';
import type { Settings } from '../storage/settings';
import type { StoredReport } from '../storage/reports';
import type { StoredSiteCamera } from '../storage/environment';

/**
 * What the content script saw on a KYC page: only a rule id and a time, never page text. A failure
 * is one attempt already decided by the content script (src/content/state.ts says how), so it names
 * its showing: unique within the reporting frame (a random prefix per page load and a counter).
 * The background merges the same showing across the tab's frames and decides nothing else about it.
 */
export type KycEvent =
  | { ruleId: string; kind: 'failed'; /** Epoch ms. */ at: number; showing: string }
  | { ruleId: string; kind: 'lockout'; /** Epoch ms. */ at: number; showing?: string };

/** 'bg:kyc-strings': the content script carries no language of its own but English. */
export interface KycStrings {
  locale: Locale;
  dir: 'ltr' | 'rtl';
  strings: Record<string, string>;
}

/** Everything the popup shows at a glance ('bg:get-state'). */
export interface BackgroundState {
  attempts: AttemptStatus;
  /** The newest stored pre-flight (statuses and metrics only). */
  lastReport?: StoredReport;
  /** The worker's own assessment of this browser (what the badge's "!" is about). */
  browser?: BrowserAssessment;
  /** binance.com's camera permission as the content script last reported it. */
  siteCameraPermission?: StoredSiteCamera;
}

/** 'bg:export': everything the extension stores, for the user's own copy. */
export interface ExportBundle {
  format: 'kyc-preflight-export';
  version: 1;
  exportedAt: number;
  extensionVersion: string;
  settings: Settings;
  attempts: AttemptStatus;
  lockout: LockoutState;
  reports: StoredReport[];
  browser: BrowserAssessment | null;
  siteCameraPermission: StoredSiteCamera | null;
}

export interface ProtocolMap {
  /** Liveness probe: the background answers with its version. */
  'bg:ping': () => { version: string };
  /** Content script → background: the card's strings in the extension's language (only that one). */
  'bg:kyc-strings': () => KycStrings;
  /** Content script → background: a recognised failure or lockout screen. */
  'bg:kyc-event': (event: KycEvent) => AttemptStatus;
  /** Content script → background: binance.com's camera permission state (and its changes). */
  'bg:site-camera-permission': (state: StoredSiteCamera) => void;
  /** Content script → background: open the pre-flight page, remembering the tab to return to. */
  'bg:open-preflight': () => void;
  /** A frame's content script → background: this frame shows FaceTec (the top frame then offers the pre-flight). */
  'bg:kyc-frame': () => void;
  /** Content script → background: open the guide at one scenario (web pages cannot open extension pages). */
  'bg:open-guide': (scenario: number) => void;
  /** Content script → background: open the browser's camera setting for the sending binance.com site. */
  'bg:open-camera-settings': () => void;
  /** Content script → background: open the manual-review kit (from the card while locked). */
  'bg:open-review-kit': () => void;
  /** Pages → background: everything the popup shows at a glance. */
  'bg:get-attempts': () => AttemptStatus;
  /** Pages → background: the user logs a failed attempt by hand, or undoes the last one. */
  'bg:log-attempt': () => AttemptStatus;
  'bg:undo-attempt': () => AttemptStatus;
  /** Pre-flight page/popup → background: store a finished report (statuses and metrics only). */
  'bg:save-report': (report: Report) => void;
  /** Pre-flight page → background: focus the binance.com tab the pre-flight was opened from. */
  'bg:return-to-tab': (tabId: number) => boolean;
  /** Pages → background: attempts, last report, browser and site-camera state in one answer. */
  'bg:get-state': () => BackgroundState;
  /** Extension pages only → background: validate, store and apply settings; answers what was stored. */
  'bg:save-settings': (settings: Settings) => Settings;
  /** Extension pages only: forget reports, the attempt log and site data (an active lock stays). */
  'bg:clear-history': () => AttemptStatus;
  /** Extension pages only: everything stored, as one JSON-ready object. */
  'bg:export': () => ExportBundle;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
