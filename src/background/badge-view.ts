// What the toolbar badge says, decided from plain data: lock time left first, then a browser
// that cannot run the check, then nothing. The tooltip always says why.
import type { BrowserAssessment } from '../browser/types';
import type { Translate } from '../i18n/translate';
import type { AttemptStatus } from '../lockout/types';

export interface BadgeView {
  text: string;
  /** Background colour; absent when there is no text. */
  color?: string;
  title: string;
}

export const BADGE_RED = '#B3261E';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** "23h" while an hour or more is left, "45m" in the last hour; rounded up so it never shows 0. */
export function formatTimeLeft(ms: number): string {
  const left = Math.max(0, ms);
  if (left > HOUR) return `${Math.ceil(left / HOUR)}h`;
  return `${Math.max(1, Math.ceil(left / MINUTE))}m`;
}

export function badgeFor(
  attempts: AttemptStatus,
  browser: BrowserAssessment | null,
  now: number,
  t: Translate,
  formatTime: (epochMs: number) => string,
): BadgeView {
  const app = t('common.appName');
  if (attempts.locked && attempts.unlockAt !== undefined && attempts.unlockAt > now) {
    const key = attempts.lockReason === 'site' ? 'background.titleLockedSite' : 'background.titleLockedAttempts';
    return {
      text: formatTimeLeft(attempts.unlockAt - now),
      color: BADGE_RED,
      title: `${app}: ${t(key, { time: formatTime(attempts.unlockAt), limit: attempts.limit })}`,
    };
  }
  // Only what blocks a check earns the badge: a browser that warns (an old version, an in-app
  // browser) is said in the popup and the report, where its fix is; a permanent "!" would be an
  // alarm the person cannot act on from the toolbar.
  if (browser && browser.status === 'fail') {
    const name = [browser.browser.name, browser.browser.version].filter(Boolean).join(' ') || t('background.unknownBrowser');
    // The assessment's own summary names the exact problem; the generic line covers its absence.
    const why = browser.summary ? ` ${t(browser.summary)}` : '';
    return {
      text: '!',
      color: BADGE_RED,
      title: `${app}: ${t('background.titleBrowserFail', { browser: name })}${why}`,
    };
  }
  return { text: '', title: `${app}: ${t('background.titleIdle', { left: attempts.left, limit: attempts.limit })}` };
}
