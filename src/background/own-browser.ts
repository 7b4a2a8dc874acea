// The worker assesses its own browser at every start, for the badge's "!" and the popup. In a
// worker, window-only features (camera API, WebGL) are left unmeasured, never reported missing.
import { assessBrowser } from '../browser/assess';
import { browserInputFromNavigator } from '../browser/navigator-input';
import type { BrowserAssessment } from '../browser/types';
import { browserAssessmentItem } from '../storage/environment';

export async function assessOwnBrowser(now: number): Promise<BrowserAssessment | null> {
  try {
    const assessment = assessBrowser(await browserInputFromNavigator(navigator), new Date(now));
    await browserAssessmentItem.setValue({ at: now, assessment });
    return assessment;
  } catch (error) {
    console.warn('[kyc-preflight] browser assessment failed', error);
    return null;
  }
}
