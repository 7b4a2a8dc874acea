import { useI18n } from '../../i18n/context';
import type { MessageKey } from '../../i18n/translate';
import { LIVE_CHECK_IDS, type CheckId, type CheckResult } from '../../checks/registry';
import { StatusBadge } from '../components';

/** The checks a person can fix in front of the camera (each module's `live`), as chips that turn green as each one holds. */
const LIVE = LIVE_CHECK_IDS;

export function LiveChips({ checks, focus }: { checks: readonly CheckResult[]; focus?: CheckId }) {
  const { t } = useI18n();
  return (
    <ul class="live-chips" aria-label={t('ui.flow.chips')} data-testid="live-chips">
      {LIVE.map((id) => {
        const status = checks.find((check) => check.id === id)?.status ?? 'skip';
        return (
          <li key={id} class={`live-chip chip-${status}${focus === id ? ' chip-focus' : ''}`} data-testid="live-chip" data-check-live={id} data-status={status}>
            <StatusBadge status={status} label={t(`report.check.${id}` as MessageKey)} />
            {/* The icon's shape is hidden from screen readers: the status is said in words. */}
            <span class="visually-hidden">: {t(`report.status.${status}` as MessageKey)}</span>
          </li>
        );
      })}
    </ul>
  );
}
