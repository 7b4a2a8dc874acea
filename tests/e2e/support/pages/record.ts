// Live UI that exists for about a second (a coaching run that holds good ends early) cannot be asserted from the
// test process without racing it. Record it inside the page as it changes, then assert the record afterwards.
import type { Page } from '@playwright/test';

/**
 * Starts recording, under `key`, every distinct value of `attribute` on the first element matching `selector`
 * ('<absent>' when there is none) as the page's DOM changes. Call before the action; read with recorded().
 */
export async function record(page: Page, key: string, selector: string, attribute: string): Promise<void> {
  await page.evaluate(
    ([key, selector, attribute]) => {
      const store = ((window as unknown as { __recorded?: Record<string, string[]> }).__recorded ??= {});
      const values: string[] = (store[key] = []);
      const note = () => {
        const element = document.querySelector(selector);
        const value = element === null ? '<absent>' : (element.getAttribute(attribute) ?? '<none>');
        if (values.at(-1) !== value) values.push(value);
      };
      note();
      new MutationObserver(note).observe(document.documentElement, { subtree: true, childList: true, attributes: true });
    },
    [key, selector, attribute] as const,
  );
}

/** The values recorded under `key`, in order. */
export function recorded(page: Page, key: string): Promise<string[]> {
  return page.evaluate((key) => (window as unknown as { __recorded: Record<string, string[]> }).__recorded[key] ?? [], key);
}
