import { useI18n } from '../../i18n/context';
import type { MessageKey } from '../../i18n/translate';
import type { CheckResult } from '../../report/types';
import { GuideLink, StatusBadge } from '../components';
import { RepairActions } from './RepairActions';

/** One check: status (shape + word + colour), what was found, the fix, shortcuts, the measurements. */
export function CheckRow({ check }: { check: CheckResult }) {
  const { t } = useI18n();
  const measured = Object.entries(check.measured ?? {});
  return (
    <li class={`check-row check-${check.status}`} data-check={check.id} data-status={check.status}>
      <div class="check-head">
        <StatusBadge status={check.status} label={t(`report.status.${check.status}` as MessageKey)} />
        <strong class="check-name">{t(`report.check.${check.id}` as MessageKey)}</strong>
      </div>
      <p class="check-summary">{t(check.summary)}</p>
      {check.fix && <p class="check-fix">{t('report.fix', { text: t(check.fix) })}</p>}
      {check.actions && check.actions.length > 0 && <RepairActions actions={check.actions} />}
      {check.scenario && check.status !== 'pass' && <GuideLink scenario={check.scenario} />}
      {measured.length > 0 && (
        <details class="check-measured">
          <summary>{t('report.measured')}</summary>
          <dl>
            {measured.map(([name, value]) => (
              <div key={name}>
                <dt>{name}</dt>
                <dd>{String(value)}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </li>
  );
}
