import { browser } from 'wxt/browser';
import { useI18n } from '../../i18n/context';
import type { CheckResult } from '../../report/types';
import { Button, GuideLink } from '../components';

/** A fix's one action: the setting that repairs it when there is one, otherwise the guide's topic. */
export function FixAction({ check, scenario, primary = false }: { check: CheckResult; scenario?: number; primary?: boolean }) {
  const { t } = useI18n();
  const repair = check.actions?.find((action) => action.kind === 'open-url');
  if (repair && repair.kind === 'open-url') {
    return (
      <Button
        variant={primary ? 'primary' : 'secondary'}
        size={primary ? 'large' : 'normal'}
        data-action="open-url"
        onClick={() => void browser.tabs.create({ url: repair.url })}
      >
        {t(repair.label)}
      </Button>
    );
  }
  return scenario ? <GuideLink scenario={scenario} primary={primary} /> : null;
}
