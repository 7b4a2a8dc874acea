// The way into the manual-review kit from the popup: shown while locked (at the end of the lockout
// banner's text), or after several failures today (KIT_AFTER_FAILURES), when retrying alone is unlikely
// to help. Self-contained, so the popup only places it.
import { browser } from 'wxt/browser';
import { useI18n } from '../../i18n/context';
import type { AttemptStatus } from '../../lockout/types';
import './open-link.css';

/** Failures in the current window after which the kit is offered (a product choice, not the guide's). */
export const KIT_AFTER_FAILURES = 3;

export function showReviewKitLink(attempts: AttemptStatus | null | undefined): boolean {
  return !!attempts && (attempts.locked || attempts.used >= KIT_AFTER_FAILURES);
}

/** `inline`: a short link at the end of the lockout banner's text (the popup has no height to spare). */
export function OpenReviewKitLink({ attempts, inline = false }: { attempts: AttemptStatus | null | undefined; inline?: boolean }) {
  const { t } = useI18n();
  if (!showReviewKitLink(attempts)) return null;
  const link = (
    <a href={browser.runtime.getURL('/review-kit.html')} target="_blank" rel="noopener" class="review-kit-link" data-testid="open-review-kit">
      {t(inline ? 'reviewKit.openShort' : 'reviewKit.open')}
    </a>
  );
  return inline ? link : <p class="review-kit-line">{link}</p>;
}
