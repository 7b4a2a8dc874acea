// The way into the manual-review kit from the popup: shown while locked, or after several failures
// today (KIT_AFTER_FAILURES), when retrying alone is unlikely to help. Self-contained, so the popup
// only places it.
import { browser } from 'wxt/browser';
import { useI18n } from '../../i18n/context';
import type { AttemptStatus } from '../../lockout/types';

/** Failures in the current window after which the kit is offered (a product choice, not the guide's). */
export const KIT_AFTER_FAILURES = 3;

export function showReviewKitLink(attempts: AttemptStatus | null | undefined): boolean {
  return !!attempts && (attempts.locked || attempts.used >= KIT_AFTER_FAILURES);
}

export function OpenReviewKitLink({ attempts }: { attempts: AttemptStatus | null | undefined }) {
  const { t } = useI18n();
  if (!showReviewKitLink(attempts)) return null;
  return (
    <div class="review-kit-link">
      <p class="muted">{t('reviewKit.popup.notBan')}</p>
      <p>
        <a href={browser.runtime.getURL('/review-kit.html')} target="_blank" rel="noopener" data-testid="open-review-kit">
          {t('reviewKit.open')}
        </a>
      </p>
    </div>
  );
}
