// Countdown text as data (a Message), so it renders in any locale and can be unit-tested.
import type { Message } from '../../i18n/translate';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** What the eye sees: hours and minutes, then minutes and seconds in the last hour. */
export function formatCountdown(msLeft: number): Message {
  if (!Number.isFinite(msLeft) || msLeft <= 0) return { key: 'ui.countdown.done' };
  const totalSeconds = Math.ceil(msLeft / SECOND);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  if (h > 0) return { key: 'ui.countdown.hours', params: { h, m } };
  if (m > 0) return { key: 'ui.countdown.minutes', params: { m, s: String(s).padStart(2, '0') } };
  return { key: 'ui.countdown.seconds', params: { s } };
}

/**
 * What a screen reader hears: coarse enough that a polite live region speaks at most every
 * 15 minutes while more than an hour is left, then once a minute; never every second.
 */
export function announceCountdown(msLeft: number): Message {
  if (!Number.isFinite(msLeft) || msLeft <= 0) return { key: 'ui.countdown.done' };
  const minutes = Math.ceil(msLeft / MINUTE);
  if (msLeft > HOUR) {
    const rounded = Math.ceil(minutes / 15) * 15;
    return { key: 'ui.countdown.hours', params: { h: Math.floor(rounded / 60), m: rounded % 60 } };
  }
  return { key: 'ui.countdown.minutesOnly', params: { m: minutes } };
}
