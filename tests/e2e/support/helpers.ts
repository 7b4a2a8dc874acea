import type { LocaleSetting } from '../../../src/i18n/locales';
// Helpers every spec that drives extension pages needs: the messaging wire format, the language
// setting and the axe rule set. One copy each, so a change in the library or the policy is one edit.
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';

export interface Reply {
  res?: Record<string, unknown>;
  err?: unknown;
}

/** Sends from an extension page exactly what `sendMessage` in src/messaging/protocol.ts sends (@webext-core/messaging's wire format). */
export function sendFromPage(page: Page, type: string, data?: unknown): Promise<Reply> {
  return page.evaluate(
    ([type, data]) => chrome.runtime.sendMessage({ id: Date.now(), type, data, timestamp: Date.now() }),
    [type, data] as const,
  ) as Promise<Reply>;
}

/** Stores the settings item with this language (and the default policy) from the service worker. */
export async function setLocale(worker: Worker, locale: LocaleSetting): Promise<void> {
  await worker.evaluate((value) => chrome.storage.local.set({ settings: value }), {
    locale,
    attemptLimit: 5,
    lockHours: 24,
    notifications: true,
  });
}

/** Serious or critical WCAG 2.1 A/AA violations on the page, one line each (empty when clean). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
