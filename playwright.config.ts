import { defineConfig } from '@playwright/test';
import { e2eClockOffsetMs } from './e2e/web/clock';

// The hour of this run (DUTY_ROOM_E2E_AT, default 10:00 Asia/Shanghai), fixed here once
// and inherited by every worker: see e2e/web/clock.ts.
e2eClockOffsetMs();

/**
 * e2e/web drives the BUILT renderer (out/renderer, from `npm run build`) through the
 * browser host, in Debian's Chromium: no browser download (ARCHITECTURE.md §8, §9).
 */
export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  // Two cores shared with builds: two workers at most; each test file owns its own host.
  workers: 2,
  fullyParallel: false,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  projects: [
    {
      name: 'web',
      testDir: './e2e/web',
      use: {
        browserName: 'chromium',
        viewport: { width: 1440, height: 900 },
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
        // --user-data-dir is refused by chromium.launch(); Playwright makes its own profile.
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
        trace: 'off',
        screenshot: 'only-on-failure',
      },
    },
    // The desktop app itself: runs where an Electron binary exists, skips saying why elsewhere.
    { name: 'electron', testDir: './e2e/electron', timeout: 90_000 },
  ],
});
