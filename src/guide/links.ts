import { browser } from 'wxt/browser';
import { scenarioAnchor } from './content';

/** URL of the guide page, optionally deep-linked to one scenario (#scenario-N). */
export function guideUrl(scenario?: number): string {
  const base = browser.runtime.getURL('/guide.html');
  return scenario ? `${base}#${scenarioAnchor(scenario)}` : base;
}
