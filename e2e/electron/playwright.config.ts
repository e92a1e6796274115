import { defineConfig } from '@playwright/test';

/**
 * The Electron smoke test on its own: `npx playwright test -c e2e/electron/playwright.config.ts`.
 * Skips, saying why, where no Electron binary can start (no binary, no display, better-sqlite3
 * built for Node's ABI). The root playwright.config.ts may list e2e/electron as a project too.
 */
export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/electron',
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 90_000,
  expect: { timeout: 10_000 },
});
