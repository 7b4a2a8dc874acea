// The failure explainer: a compact card beside a recognised prompt with the matching fix.
import type { PromptRule } from '../kyc/prompts';
import { el, onTrustedClick, shieldIcon } from './dom';
import type { KycKey, KycText } from './strings';

const GAP = 8;
const MARGIN = 8;

export function buildCard(rule: PromptRule, t: KycText, actions: { close: () => void; openPreflight: () => void }): HTMLElement {
  const scenario = rule.scenarios[0] ?? 0;
  const close = el('button', { type: 'button', class: 'close', 'data-testid': 'kyc-explainer-close', 'aria-label': t('cardClose'), title: t('cardClose') }, ['×']);
  onTrustedClick(close, actions.close);
  const header = el('header', {}, [shieldIcon(), el('span', {}, [t('cardTitle')]), close]);
  const body: Array<Node | string> = [header, el('p', { class: 'fix' }, [t(`fix.${rule.id}` as KycKey)])];
  if (rule.counts === 'failed') body.push(el('p', { class: 'counted' }, [t('countedFailed')]));
  if (rule.counts === 'lockout') body.push(el('p', { class: 'counted' }, [t('countedLockout')]));
  body.push(
    el('p', { class: 'scenario' }, [t('scenarioLabel', { number: scenario, name: t(`scenario.${scenario}` as KycKey) })]),
  );
  if (rule.counts !== 'lockout') {
    const cta = el('button', { type: 'button', class: 'cta', 'data-testid': 'kyc-explainer-preflight' }, [t('cardPreflight')]);
    onTrustedClick(cta, actions.openPreflight);
    body.push(cta);
  }
  return el(
    'section',
    {
      class: 'card',
      role: 'status',
      'aria-live': 'polite',
      'data-testid': 'kyc-explainer-card',
      'data-rule': rule.id,
      'data-scenario': String(scenario),
      'data-counts': rule.counts ?? 'none',
    },
    body,
  );
}

export interface Box { top: number; left: number; bottom: number; width: number; height: number }

/** Below the prompt if it fits, else above it; clamped to the viewport. No anchor: above the launcher. */
export function placeCard(anchor: Box | null, card: { width: number; height: number }, viewport: { width: number; height: number }): { top: number; left: number } {
  const maxLeft = Math.max(MARGIN, viewport.width - card.width - MARGIN);
  const maxTop = Math.max(MARGIN, viewport.height - card.height - MARGIN);
  if (!anchor) return { top: Math.max(MARGIN, viewport.height - card.height - 80), left: maxLeft };
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - card.height;
  const top = below + card.height <= viewport.height - MARGIN || above < MARGIN ? below : above;
  return {
    top: Math.min(Math.max(MARGIN, top), maxTop),
    left: Math.min(Math.max(MARGIN, anchor.left), maxLeft),
  };
}
