import { extensionPageUrl } from '../util/page-url';
import { scenarioAnchor } from './content';

/** URL of the guide page, optionally deep-linked to one scenario (#scenario-N). */
export function guideUrl(scenario?: number): string {
  return extensionPageUrl('guide', {}, scenario ? scenarioAnchor(scenario) : undefined);
}
