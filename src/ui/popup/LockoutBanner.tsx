import type { ComponentChildren } from 'preact';
import { useI18n } from '../../i18n/context';
import { Countdown } from '../components/Countdown';
import { GuideLink } from '../components/GuideLink';
import { StatusBadge } from '../components/StatusBadge';
import { formatClock } from '../components/time';

export function LockoutBanner({ unlockAt, onDone, action }: { unlockAt: number; onDone: () => void; action?: ComponentChildren }) {
  const { t, locale } = useI18n();
  return (
    <section class="card alert lockout" aria-labelledby="lockout-title" data-testid="lockout">
      <h2 id="lockout-title">
        <StatusBadge status="fail" label={t('popup.lockedTitle')} />
      </h2>
      <p>
        {t('popup.lockedBody')}
        {action && <> {action}</>}
      </p>
      <p class="lockout-time">
        {t('popup.unlocksIn')} <Countdown until={unlockAt} onDone={onDone} testId="lockout-countdown" />{' '}
        <span class="muted">{t('popup.unlocksAt', { time: formatClock(unlockAt, locale) })}</span>
      </p>
      <GuideLink scenario={10} />
    </section>
  );
}
