import { browser } from 'wxt/browser';
import { browserAssessmentItem } from '../storage/environment';
import { lockoutItem } from '../storage/lockout';
import { settingsItem } from '../storage/settings';
import { createHandlers } from './handlers';
import { notifyUnlocked, refreshIndicators, TICK_ALARM, UNLOCK_ALARM, UNLOCK_NOTIFICATION } from './indicators';
import { createLockoutStore } from './lockout-store';
import { assessOwnBrowser } from './own-browser';
import { createRouter } from './router';

/**
 * Registers every listener synchronously, as MV3 requires for a worker woken by an event, then
 * restores the badge: Chrome forgets it when the worker or the browser restarts, storage does not.
 */
export function startBackground(): void {
  const now = () => Date.now();
  const store = createLockoutStore(now, {
    onChanged: (snapshot) => refreshIndicators(snapshot.status, snapshot.settings, now()),
    onLifted: (snapshot) => notifyUnlocked(snapshot.settings),
  });
  const refresh = async () => {
    try {
      const snapshot = await store.read();
      await refreshIndicators(snapshot.status, snapshot.settings, now());
    } catch (error) {
      console.warn('[kyc-preflight] badge refresh failed', error);
    }
  };

  const handlers = createHandlers({ store, now, onSettingsSaved: refresh });
  const router = createRouter(handlers, { id: browser.runtime.id, origin: browser.runtime.getURL('/') });
  router.register();

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TICK_ALARM || alarm.name === UNLOCK_ALARM) void refresh();
  });
  browser.runtime.onStartup.addListener(() => void refresh());
  browser.runtime.onInstalled.addListener(() => void assessOwnBrowser(now()).then(refresh));
  // Writes from elsewhere (options page, a test moving stored times) redraw the badge too.
  lockoutItem.watch(() => void refresh());
  settingsItem.watch(() => void refresh());
  browserAssessmentItem.watch(() => void refresh());
  browser.notifications?.onClicked.addListener((id) => {
    if (id === UNLOCK_NOTIFICATION) void browser.tabs.create({ url: browser.runtime.getURL('/preflight.html') });
  });

  // Test seam for the e2e suite: lets a spec offer the router a forged sender, which a real
  // browser never produces (Chrome fills `sender`). Reachable only from the worker's own scope.
  (globalThis as { __kycPreflight?: unknown }).__kycPreflight = { route: router.route };

  void assessOwnBrowser(now()).then(refresh);
}
