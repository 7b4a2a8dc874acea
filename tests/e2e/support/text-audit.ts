// Reads a rendered page the way a translator's reviewer would: every visible text and every
// accessible name, and every control whose text does not fit. Generic DOM only (no product selectors).
import type { Page } from '@playwright/test';

export interface TextAudit {
  /** Visible text or accessible names left outside the pseudo-locale's ⟦ ⟧ markers. */
  unwrapped: string[];
  /** Controls whose content is cut off (wider or taller than their box with overflow hidden, or out of the page). */
  clipped: string[];
  /** How far the page scrolls sideways (0 when it does not). */
  sideways: number;
}

/** Texts that are data, not prose: numbers, times, languages' own names, the camera's label, file names. */
export const DATA_TEXT = [
  /^[\d\s.,:;·/%×+\-–—()°≥≤<>~]*$/u,
  /^(English|简体中文|العربية|Deutsch|Español|Français|Bahasa Indonesia|日本語|한국어|Português \(Brasil\)|Русский|Türkçe|Українська|Tiếng Việt|繁體中文)$/u,
  /fake_device|Fake Video|Fake Default/iu,
  // Intl's own relative times ("now", "5 minutes ago"): written by the browser in the page's locale, not by us.
  /^(now|yesterday|today|\d+ (seconds?|minutes?|hours?|days?) ago)$/u,
];

export async function auditText(page: Page, dataText: RegExp[] = DATA_TEXT): Promise<TextAudit> {
  const found = await page.evaluate(() => {
    const strip = (text: string) => {
      let out = text;
      for (let last = ''; last !== out; ) {
        last = out;
        out = out.replace(/⟦[^⟦⟧]*⟧/gu, ' ');
      }
      return out.replace(/\s+/gu, ' ').trim();
    };
    const visible = (element: Element) => {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return style.visibility !== 'hidden' && style.display !== 'none' && box.width > 0 && box.height > 0;
    };
    const unwrapped: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName) || !visible(parent)) continue;
      const rest = strip(node.textContent ?? '');
      if (/\p{L}/u.test(rest)) unwrapped.push(`${parent.tagName.toLowerCase()}: ${rest}`);
    }
    for (const element of document.querySelectorAll('[aria-label],[title],[placeholder],img[alt]')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const rest = strip(element.getAttribute(name) ?? '');
        if (/\p{L}/u.test(rest)) unwrapped.push(`${element.tagName.toLowerCase()}[${name}]: ${rest}`);
      }
    }
    const width = document.documentElement.clientWidth;
    const clipped: string[] = [];
    for (const element of document.querySelectorAll('button, a, label, summary, select, input, [role="status"], h1, h2, h3, li, td, th, dt, dd')) {
      if (!visible(element)) continue;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      // Hidden for the eye on purpose: screen-reader-only text (1 px, clipped) and a skip link parked off-screen.
      if (box.width <= 1 || box.height <= 1 || style.clip !== 'auto' || style.clipPath !== 'none' || box.right <= 0) continue;
      const hides = /hidden|clip/.test(style.overflowX + style.overflowY) || style.textOverflow === 'ellipsis';
      const cut = hides && (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1);
      if (cut || box.right > width + 0.5 || box.left < -0.5) clipped.push(`${element.tagName.toLowerCase()}: ${(element.textContent ?? '').trim().slice(0, 60)}`);
    }
    return { unwrapped, clipped, sideways: document.documentElement.scrollWidth - width };
  });
  return { ...found, unwrapped: found.unwrapped.filter((text) => !dataText.some((pattern) => pattern.test(text.replace(/^[^:]+: /u, '')))) };
}
