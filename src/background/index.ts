import { browser } from 'wxt/browser';
import { browserAssessmentItem } from '../storage/environment';
import { lockoutItem } from '../storage/lockout';
import { extensionPageUrl } from '../util/page-url';
import { settingsItem } from '../storage/settings';
import { createBackground } from './app';
import { TICK_ALARM, UNLOCK_ALARM, UNLOCK_NOTIFICATION } from './indicators';
import { assessOwnBrowser } from './own-browser';
import { TEST_BUILD } from '../util/test-build';

/**
 * Registers every listener synchronously, as MV3 requires for a worker woken by an event, then
 * restores the badge: Chrome forgets it when the worker or the browser restarts, storage does not.
 */
export function startBackground(): void {
  const { router, refresh, now } = createBackground();
  router.register();

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TICK_ALARM || alarm.name === UNLOCK_ALARM) void refresh();
  });
  browser.runtime.onStartup.addListener(() => void refresh());
  browser.runtime.onInstalled.addListener(() => void refresh());
  // Writes from elsewhere (options page, a test moving stored times) redraw the badge too.
  lockoutItem.watch(() => void refresh());
  settingsItem.watch(() => void refresh());
  browserAssessmentItem.watch(() => void refresh());
  browser.notifications?.onClicked.addListener((id) => {
    if (id === UNLOCK_NOTIFICATION) void browser.tabs.create({ url: extensionPageUrl('preflight') });
  });

  // Test seam for the e2e suite (test builds only): lets a spec offer the router a forged sender, which a
  // real browser never produces (Chrome fills `sender`). Reachable only from the worker's own scope.
  if (TEST_BUILD) (globalThis as { __kycPreflight?: unknown }).__kycPreflight = { route: router.route };

  // Every start (install, browser start, wake-up after idle) re-assesses and redraws.
  void assessOwnBrowser(now()).then(refresh);
}
