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

export interface Box { top: number; left: number; right: number; bottom: number }

/**
 * Beside the prompt's screen (FaceTec's container, or the prompt itself), never over it: the
 * screen holds the user's own controls ("Try Again") and the face oval. Right of it if there is
 * room, else left of it, top-aligned with the prompt; with no room on either side (a narrow or
 * full-width screen) or no anchor, pinned bottom right above the launcher.
 */
export function placeCard(
  anchor: { prompt: Box; screen: Box } | null,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): { top: number; left: number } {
  const maxTop = Math.max(MARGIN, viewport.height - card.height - MARGIN);
  const pinned = { top: Math.max(MARGIN, viewport.height - card.height - 80), left: Math.max(MARGIN, viewport.width - card.width - MARGIN) };
  if (!anchor) return pinned;
  const { prompt, screen } = anchor;
  const top = Math.min(Math.max(MARGIN, prompt.top), maxTop);
  if (viewport.width - screen.right - GAP - MARGIN >= card.width) return { top, left: screen.right + GAP };
  if (screen.left - GAP - MARGIN >= card.width) return { top, left: screen.left - GAP - card.width };
  return pinned;
}
