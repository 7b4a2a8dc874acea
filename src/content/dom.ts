// Tiny DOM helpers for the in-page UI: text goes in through textContent only (never HTML), and
// controls react to trusted events only, so page scripts cannot drive them with click() or
// dispatchEvent().

type Attributes = Record<string, string>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  children: Array<Node | string> = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) element.append(child);
  return element;
}

/** Runs `action` for a real user's click or keyboard activation only; the event stays inside the UI. */
export function onTrustedClick(element: HTMLElement, action: () => void): void {
  element.addEventListener('click', (event) => {
    event.stopPropagation();
    if (!event.isTrusted) return;
    event.preventDefault();
    action();
  });
}

const SVG = 'http://www.w3.org/2000/svg';

/** The extension's mark: a shield with a tick (drawn, so no text or remote image is involved). */
export function shieldIcon(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', '20');
  svg.setAttribute('height', '20');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const shield = document.createElementNS(SVG, 'path');
  shield.setAttribute('d', 'M12 2 4 5v6c0 5 3.4 9.4 8 11 4.6-1.6 8-6 8-11V5z');
  shield.setAttribute('fill', 'currentColor');
  shield.setAttribute('opacity', '.35');
  const tick = document.createElementNS(SVG, 'path');
  tick.setAttribute('d', 'm8 12 3 3 5-6');
  tick.setAttribute('fill', 'none');
  tick.setAttribute('stroke', 'currentColor');
  tick.setAttribute('stroke-width', '2.5');
  svg.append(shield, tick);
  return svg;
}
