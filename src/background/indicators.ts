// Browser-API side of the badge, the countdown alarms and the unlock notification.
import { browser } from 'wxt/browser';
import { createTranslator, type Translate } from '../i18n/translate';
import { backgroundLocale } from './strings';
import { FACT_PARAMS } from '../figures/facts';
import type { AttemptStatus } from '../lockout/types';
import { readBrowserAssessment } from '../storage/environment';
import type { Settings } from '../storage/settings';
import { badgeFor, type BadgeView } from './badge-view';

/** Fires every minute while locked, so the badge's hours and minutes stay right. */
export const TICK_ALARM = 'lockout-tick';
/** Fires at the unlock time itself (packed builds round alarms to ≥ 30 s; the tick covers the rest). */
export const UNLOCK_ALARM = 'lockout-unlock';
export const UNLOCK_NOTIFICATION = 'kyc-preflight-unlocked';

export function translatorFor(settings: Settings): { t: Translate; locale: string } {
  const locale = backgroundLocale(settings);
  return { t: createTranslator(locale, FACT_PARAMS), locale };
}

/** Firefox MV2 calls it browserAction; the API is the same for what we use. */
function actionApi() {
  return browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
}

export async function applyBadge(view: BadgeView): Promise<void> {
  const action = actionApi();
  if (!action) return;
  await action.setBadgeText({ text: view.text });
  await action.setTitle({ title: view.title });
  if (view.color) await action.setBadgeBackgroundColor({ color: view.color });
}

export async function armAlarms(status: AttemptStatus): Promise<void> {
  if (!status.locked || status.unlockAt === undefined) {
    await Promise.all([browser.alarms.clear(TICK_ALARM), browser.alarms.clear(UNLOCK_ALARM)]);
    return;
  }
  const [unlock, tick] = await Promise.all([browser.alarms.get(UNLOCK_ALARM), browser.alarms.get(TICK_ALARM)]);
  if (unlock?.scheduledTime !== status.unlockAt) await browser.alarms.create(UNLOCK_ALARM, { when: status.unlockAt });
  if (!tick) await browser.alarms.create(TICK_ALARM, { periodInMinutes: 1 });
}

/** Badge, tooltip and alarms for the given status; the browser assessment comes from storage. */
export async function refreshIndicators(status: AttemptStatus, settings: Settings, now: number): Promise<void> {
  const { t, locale } = translatorFor(settings);
  const stored = await readBrowserAssessment();
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  await applyBadge(badgeFor(status, stored?.assessment ?? null, now, t, (ms) => format.format(ms)));
  await armAlarms(status);
}

export async function notifyUnlocked(settings: Settings): Promise<void> {
  if (!settings.notifications || !browser.notifications) return;
  const { t } = translatorFor(settings);
  await browser.notifications.create(UNLOCK_NOTIFICATION, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icons/128.png'),
    title: t('background.unlockedTitle'),
    message: t('background.unlockedBody'),
  });
}
