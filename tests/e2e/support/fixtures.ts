// Playwright fixtures: one browser launch per fake-camera clip, shared by every spec that uses
// the same clip (worker scope); each test gets fresh pages and a console-error collector.
import { test as base, expect, type Page } from '@playwright/test';
import type { ClipName } from './clips';
import { launchExtension, type LaunchedExtension } from './extension';

interface WorkerFixtures {
  clip: ClipName;
  extension: LaunchedExtension;
}

interface TestFixtures {
  /** Opens an extension page and records its console errors and uncaught exceptions. */
  openPage: (name: string) => Promise<Page>;
  consoleErrors: string[];
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  clip: ['frontal', { scope: 'worker', option: true }],
  extension: [
    async ({ clip }, use) => {
      const launched = await launchExtension({ clip });
      await use(launched);
      await launched.context.close();
    },
    { scope: 'worker' },
  ],
  consoleErrors: async ({}, use) => {
    await use([]);
  },
  openPage: async ({ extension, consoleErrors }, use) => {
    const pages: Page[] = [];
    await use(async (name) => {
      const page = await extension.context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(error.message));
      await page.goto(extension.url(name));
      pages.push(page);
      return page;
    });
    for (const page of pages) await page.close().catch(() => undefined);
  },
});

export { expect };
