// One function per 'bg:' message. Each receives data already validated against its schema
// (src/messaging/schemas.ts) and a sender already allowed; the router enforces both.
import { browser } from 'wxt/browser';
import { recordFailure, recordSiteLockout, undoLast } from '../lockout/transitions';
import type { AttemptStatus, ScreenOrigin } from '../lockout/types';
import { BINANCE_ORIGIN, browserRepairActions } from '../checks/repair';
import { guideUrl } from '../guide/links';
import type { BackgroundState, ExportBundle, KycEvent, ProtocolMap } from '../messaging/protocol';
import type { SiteCameraPermission } from '../storage/environment';
import { sendToContent } from '../messaging/content-protocol';
import { isBinanceUrl, type SenderInfo } from '../messaging/sender';
import {
  readBrowserAssessment,
  readSiteCamera,
  siteCameraItem,
} from '../storage/environment';
import { appendReport, readReportHistory, reportHistoryItem, toStoredReport } from '../storage/reports';
import { readSettings, settingsItem, type Settings } from '../storage/settings';
import { kycStrings } from './strings';
import type { LockoutStore } from './lockout-store';
import { createSerial } from './serial';
import { extensionPageUrl } from '../util/page-url';

function screenOrigin(event: KycEvent, sender: SenderInfo): ScreenOrigin | undefined {
  const tab = sender.tab?.id;
  if (event.showing === undefined || typeof tab !== 'number') return undefined;
  return { tab, frame: sender.frameId ?? 0, showing: event.showing };
}

export interface HandlerContext {
  sender: SenderInfo;
  kind: 'page' | 'content' | 'embedded';
}

type Handlers = {
  [K in keyof ProtocolMap]: (
    data: Parameters<ProtocolMap[K]>[0],
    context: HandlerContext,
  ) => Promise<ReturnType<ProtocolMap[K]>>;
};

export interface HandlerDeps {
  store: LockoutStore;
  now: () => number;
  /** Re-reads settings and redraws the badge (after the options page saved). */
  onSettingsSaved: () => Promise<void>;
}

export function createHandlers({ store, now, onSettingsSaved }: HandlerDeps): Handlers {
  const reportsSerial = createSerial();
  const attempts = async (): Promise<AttemptStatus> => (await store.read()).status;

  return {
    'bg:ping': async () => ({ version: browser.runtime.getManifest().version }),

    'bg:kyc-strings': async () => kycStrings(await readSettings()),

    'bg:kyc-event': async (event: KycEvent, { sender }) => {
      // The content script decided this showing is one attempt; the transitions only merge the same
      // showing across the tab's frames. The tab and frame come from the browser (sender), never from the message.
      const seen = screenOrigin(event, sender);
      const snapshot = await store.update((state, policy, at) =>
        event.kind === 'lockout'
          ? recordSiteLockout(state, policy, at)
          : recordFailure(state, policy, at, 'page', event.ruleId, seen),
      );
      return snapshot.status;
    },

    'bg:site-camera-permission': async (data: { state: SiteCameraPermission; at: number }) => {
      // The page's clock is not trusted for ordering; the background's time is stored.
      await siteCameraItem.setValue({ state: data.state, at: now() });
    },

    'bg:open-preflight': async (_data, { sender }) => {
      const tabId = sender.tab?.id;
      const returnTab = typeof tabId === 'number' && tabId >= 0 ? tabId : undefined;
      await browser.tabs.create({ url: extensionPageUrl('preflight', { returnTab }) });
    },

    'bg:kyc-frame': async (_data, { sender }) => {
      // Only a frame (the router checked its tab is binance.com) and only to that tab's top frame.
      const tabId = sender.tab?.id;
      if (typeof tabId !== 'number' || !sender.frameId) return;
      await sendToContent('content:kyc-in-frame', undefined, { tabId, frameId: 0 }).catch(() => undefined);
    },

    'bg:open-guide': async (scenario: number) => {
      await browser.tabs.create({ url: guideUrl(scenario) });
    },

    'bg:open-review-kit': async () => {
      await browser.tabs.create({ url: extensionPageUrl('review-kit') });
    },

    'bg:open-camera-settings': async (_data, { sender }) => {
      // The shortcut the pre-flight's camera-permission check offers, for the site that asked
      // (the router already checked it is binance.com). Where the browser lets no extension open
      // its settings (Firefox, Safari, mobile), the pre-flight page shows the steps instead.
      const own = await readBrowserAssessment();
      // In a frame, the camera is asked for on behalf of the top page (permission delegation): its site.
      const page = isBinanceUrl(sender.tab?.url) ? sender.tab?.url : sender.url;
      const origin = new URL(page ?? BINANCE_ORIGIN).origin;
      const context = { family: own?.assessment.family ?? 'unknown', os: own?.assessment.os.name, device: own?.assessment.device };
      const shortcut = browserRepairActions(context, [origin]).find((action) => action.kind === 'open-url');
      await browser.tabs.create({ url: shortcut?.kind === 'open-url' ? shortcut.url : extensionPageUrl('preflight') });
    },

    'bg:get-attempts': attempts,

    'bg:log-attempt': async () =>
      (await store.update((state, policy, at) => recordFailure(state, policy, at, 'manual'))).status,

    'bg:undo-attempt': async () => (await store.update(undoLast)).status,

    'bg:save-report': async (report) => {
      const stored = toStoredReport(report);
      if (!stored) throw new Error('not a report');
      await reportsSerial(async () => reportHistoryItem.setValue(appendReport(await readReportHistory(), stored)));
    },

    'bg:return-to-tab': async (tabId: number) => {
      try {
        const tab = await browser.tabs.update(tabId, { active: true });
        if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
        return true;
      } catch {
        return false; // the tab was closed meanwhile
      }
    },

    'bg:get-state': async () => {
      const [status, reports, own, site] = await Promise.all([
        attempts(),
        readReportHistory(),
        readBrowserAssessment(),
        readSiteCamera(),
      ]);
      const state: BackgroundState = { attempts: status };
      const lastReport = reports.at(-1);
      if (lastReport) state.lastReport = lastReport;
      if (own) state.browser = own.assessment;
      if (site) state.siteCameraPermission = site;
      return state;
    },

    'bg:save-settings': async (settings: Settings) => {
      await settingsItem.setValue(settings);
      await onSettingsSaved();
      return settings;
    },

    'bg:clear-history': async () => {
      await reportsSerial(() => reportHistoryItem.setValue([]));
      await siteCameraItem.setValue(null);
      // The attempt log goes; a running lock stays, because the site still enforces it.
      const snapshot = await store.update((state) => (state.lock ? { attempts: [], lock: state.lock } : { attempts: [] }));
      return snapshot.status;
    },

    'bg:export': async (): Promise<ExportBundle> => {
      const [snapshot, reports, own, site] = await Promise.all([
        store.read(),
        readReportHistory(),
        readBrowserAssessment(),
        readSiteCamera(),
      ]);
      return {
        format: 'kyc-preflight-export',
        version: 1,
        exportedAt: now(),
        extensionVersion: browser.runtime.getManifest().version,
        settings: snapshot.settings,
        attempts: snapshot.status,
        lockout: snapshot.state,
        reports,
        browser: own?.assessment ?? null,
        siteCameraPermission: site,
      };
    },
  };
}
