import { useI18n } from '../../i18n/context';

export type BadgeStatus = 'pass' | 'warn' | 'fail' | 'skip' | 'unknown';

/** Shapes differ as well as colours, and a word follows, so colour is never the only signal. */
const ICONS: Record<BadgeStatus, string> = {
  pass: '✓',
  warn: '!',
  fail: '✕',
  skip: '–',
  unknown: '?',
};

export function StatusBadge({ status, label }: { status: BadgeStatus; label?: string }) {
  const { t } = useI18n();
  const word = label ?? t(`ui.status.${status}`);
  return (
    <span class={`badge badge-${status}`} data-status={status}>
      <span class="badge-icon" aria-hidden="true">
        {ICONS[status]}
      </span>
      <span class="badge-text">{word}</span>
    </span>
  );
}
