import { useI18n } from '../../i18n/context';
import type { MessageKey } from '../../i18n/translate';
import { scenarioOf } from '../../checks/registry';
import type { CheckResult } from '../../report/types';
import { StatusBadge } from '../components';
import { FixAction } from './FixAction';
import { labelledMeasures } from './measures';
import { RepairActions } from './RepairActions';

/**
 * One check (DOM contract: data-check, data-status, data-cause). In the fix-first list it also
 * carries data-fix-for and its number, what to do, and its one action beside it.
 */
export function CheckRow({ check, fixNumber }: { check: CheckResult; fixNumber?: number }) {
  const { t } = useI18n();
  const measures = labelledMeasures(check, t);
  const isFix = fixNumber !== undefined;
  // The first settings shortcut is the action beside the item; any others and step lists follow it.
  const first = check.actions?.find((action) => action.kind === 'open-url');
  const steps = check.actions?.filter((action) => action !== first) ?? [];
  return (
    <li
      class={`check-row check-${check.status}${isFix ? ' fix-item' : ''}`}
      data-check={check.id}
      data-status={check.status}
      data-cause={check.cause}
      data-fix-for={isFix ? check.id : undefined}
    >
      <div class="check-body">
        <div class="check-head">
          {isFix && <span class="fix-number" aria-hidden="true">{fixNumber}</span>}
          <StatusBadge status={check.status} label={t(`report.status.${check.status}` as MessageKey)} />
          <strong class="check-name">{t(`report.check.${check.id}` as MessageKey)}</strong>
        </div>
        <p class="check-summary">{t(check.summary)}</p>
        {isFix && check.fix && <p class="check-fix">{t('report.fix', { text: t(check.fix) })}</p>}
        {measures.length > 0 && (
          <ul class="check-measures" aria-label={t('report.measured')}>
            {measures.map((m) => (
              <li key={m.name} data-measure={m.name}>{m.text}</li>
            ))}
          </ul>
        )}
      </div>
      {isFix && (
        <div class="fix-action">
          <FixAction check={check} scenario={scenarioOf(check)} />
          {steps.length > 0 && <RepairActions actions={steps} />}
        </div>
      )}
    </li>
  );
}
