// The worker assesses its own browser once per start, for the badge's "!" and the popup.
import * as browserChecks from '../checks/browser';
import type { BrowserAssessment, BrowserInput } from '../checks/browser';
import { browserAssessmentItem } from '../storage/environment';

type FromNavigator = (nav: Navigator) => BrowserInput | Promise<BrowserInput>;

interface UaData {
  brands?: { brand: string; version: string }[];
  platform?: string;
  mobile?: boolean;
}

/** Used until the checks module offers `browserInputFromNavigator` (then that one wins). */
function inputFromUserAgent(nav: Navigator): BrowserInput {
  const data = (nav as Navigator & { userAgentData?: UaData }).userAgentData;
  return {
    userAgent: nav.userAgent,
    ...(data?.brands ? { brands: data.brands } : {}),
    ...(data?.platform ? { platform: data.platform } : {}),
    ...(data?.mobile !== undefined ? { mobile: data.mobile } : {}),
  };
}

export async function assessOwnBrowser(now: number): Promise<BrowserAssessment | null> {
  try {
    const exported = (browserChecks as unknown as Record<string, unknown>).browserInputFromNavigator;
    const fromNavigator = typeof exported === 'function' ? (exported as FromNavigator) : inputFromUserAgent;
    const assessment = browserChecks.assessBrowser(await fromNavigator(navigator), new Date(now));
    await browserAssessmentItem.setValue({ at: now, assessment });
    return assessment;
  } catch (error) {
    console.warn('[kyc-preflight] browser assessment failed', error);
    return null;
  }
}
