import { defineConfig } from '@playwright/test';
import { REPORT_DIR } from './tests/e2e/support/paths';

// One worker: these machines have 2 cores and each test drives a whole Chromium with a camera.
// Worker-scoped fixtures share one browser launch per fake-camera clip across spec files.
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/support/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: `${REPORT_DIR}/e2e.json` }]],
  outputDir: `${REPORT_DIR}/artifacts`,
  use: { trace: 'off' },
});
