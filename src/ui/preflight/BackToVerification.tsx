import { browser } from 'wxt/browser';
import { useI18n } from '../../i18n/context';
import { sendMessage } from '../../messaging/protocol';
import { Button } from '../components';

/** Binance's identity-verification page, opened when there is no tab to return to. */
export const VERIFICATION_URL = 'https://www.binance.com/en/my/settings/profile';

/** The tab to return to, from preflight.html?returnTab=<tabId> (set by the background). */
export function returnTabOf(search: string): number | undefined {
  const value = Number(new URLSearchParams(search).get('returnTab'));
  return Number.isInteger(value) && value >= 0 && new URLSearchParams(search).has('returnTab') ? value : undefined;
}

/**
 * The next step once the verdict is ready or almost ready: back to the binance.com tab this page was
 * opened from (then this tab closes), or, without one (or if it was closed), Binance's identity page.
 */
export function GoToVerification({ tabId }: { tabId?: number }) {
  const { t } = useI18n();
  const go = async () => {
    // Never wait on the background for long: the user asked to leave.
    const returned =
      tabId !== undefined &&
      (await Promise.race([
        sendMessage('bg:return-to-tab', tabId).catch(() => false),
        new Promise<false>((resolve) => setTimeout(() => resolve(false), 1000)),
      ]));
    if (!returned) await browser.tabs.create({ url: VERIFICATION_URL }).catch(() => undefined);
    // Closing this tab also unmounts the flow, which releases the camera if a run was going.
    const self = await browser.tabs.getCurrent().catch(() => undefined);
    if (self?.id !== undefined) await browser.tabs.remove(self.id).catch(() => window.close());
    else window.close();
  };
  return (
    <Button variant="primary" size="large" data-testid="go-to-verification" onClick={() => void go()}>
      {t('report.goToVerification')}
    </Button>
  );
}
