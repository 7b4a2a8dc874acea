import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/context';
import { announceCountdown, formatCountdown } from './countdown';

interface Props {
  /** Epoch ms when the countdown reaches zero. */
  until: number;
  onDone?: () => void;
  testId?: string;
}

/**
 * A live countdown. The visible text ticks every second (role="timer", which screen readers do not
 * read out on each change); a separate polite live region speaks a coarse version now and then.
 */
export function Countdown({ until, onDone, testId }: Props) {
  const { t } = useI18n();
  const [now, setNow] = useState(() => Date.now());
  const left = until - now;

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    if (left <= 0) onDone?.();
  }, [left <= 0]);

  return (
    <span class="countdown">
      <span role="timer" data-testid={testId} data-until={until}>
        {t(formatCountdown(left))}
      </span>
      <span class="visually-hidden" aria-live="polite">
        {/* A whole sentence once the time is up: "unlocks in about now" is not one. */}
        {left > 0 ? t('ui.countdown.announce', { time: t(announceCountdown(left)) }) : t('ui.countdown.ended')}
      </span>
    </span>
  );
}
