import { browser } from 'wxt/browser';
import { useI18n } from '../../i18n/context';
import { sendMessage } from '../../messaging/protocol';
import { Button } from '../components';

/** The tab to return to, from preflight.html?returnTab=<tabId> (set by the background). */
export function returnTabOf(search: string): number | undefined {
  const value = Number(new URLSearchParams(search).get('returnTab'));
  return Number.isInteger(value) && value >= 0 && new URLSearchParams(search).has('returnTab') ? value : undefined;
}

export function BackToVerification({ tabId }: { tabId: number }) {
  const { t } = useI18n();
  const back = async () => {
    // Never wait on the background for long: the user asked to leave.
    await Promise.race([sendMessage('bg:return-to-tab', tabId).catch(() => false), new Promise((r) => setTimeout(r, 1000))]);
    // Closing this tab also unmounts the flow, which releases the camera if a run was going.
    const self = await browser.tabs.getCurrent().catch(() => undefined);
    if (self?.id !== undefined) await browser.tabs.remove(self.id).catch(() => window.close());
    else window.close();
  };
  return (
    <Button variant="primary" data-testid="back-to-verification" onClick={() => void back()}>
      {t('vision.flow.back')}
    </Button>
  );
}
