import { browser } from 'wxt/browser';
import { createHandlers } from './handlers';
import { notifyUnlocked, refreshIndicators } from './indicators';
import { createLockoutStore } from './lockout-store';
import { createRouter } from './router';
import { sendToContent } from '../messaging/content-protocol';

/** How long a tab's top frame gets to answer (it is a content script in the same browser). */
const TOP_FRAME_ANSWER_MS = 2000;

/** Asks the tab's top frame; no answer in time, or any error, means no. */
async function topFrameIsOurs(tabId: number): Promise<boolean> {
  const answer = sendToContent('content:top-frame', undefined, { tabId, frameId: 0 }).catch(() => false);
  const timeout = new Promise<false>((done) => setTimeout(() => done(false), TOP_FRAME_ANSWER_MS));
  return (await Promise.race([answer, timeout])) === true;
}

/** The worker's parts, on a given clock (tests pass a fake one); no listeners registered yet. */
export function createBackground(now: () => number = () => Date.now()) {
  const store = createLockoutStore(now, {
    onChanged: (snapshot) => refreshIndicators(snapshot.status, snapshot.settings, now()),
    onLifted: (snapshot) => notifyUnlocked(snapshot.settings),
  });
  /** Brings the lock up to date and redraws badge and alarms; never throws (it runs from events). */
  const refresh = async () => {
    try {
      const snapshot = await store.read();
      await refreshIndicators(snapshot.status, snapshot.settings, now());
    } catch (error) {
      console.warn('[kyc-preflight] badge refresh failed', error);
    }
  };
  const handlers = createHandlers({ store, now, onSettingsSaved: refresh });
  const router = createRouter(handlers, { id: browser.runtime.id, origin: browser.runtime.getURL('/') }, topFrameIsOurs);
  return { store, router, refresh, now };
}
