import { browser } from 'wxt/browser';
import { useI18n } from '../../i18n/context';
import type { RepairAction } from '../../report/types';
import { Button } from '../components';

/** A check's one-click fixes: settings pages open in a new tab; where a browser forbids that, steps. */
export function RepairActions({ actions }: { actions: readonly RepairAction[] }) {
  const { t } = useI18n();
  return (
    <div class="repair-actions">
      {actions.map((action, index) =>
        action.kind === 'open-url' ? (
          <Button key={index} data-action="open-url" onClick={() => void browser.tabs.create({ url: action.url })}>
            {t(action.label)}
          </Button>
        ) : (
          <div key={index} data-action="steps">
            <p class="repair-steps-title">{t(action.title)}</p>
            <ol>
              {action.steps.map((step, n) => (
                <li key={n}>{t(step)}</li>
              ))}
            </ol>
          </div>
        ),
      )}
    </div>
  );
}
