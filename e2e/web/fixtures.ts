import fs from 'node:fs';
import path from 'node:path';
import {
  test as base,
  expect,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from '@playwright/test';
import { ADMIN, call, type HostRef } from './api';
import { e2eNow } from './clock';
import { HOST_HOOK_MS, REPO_ROOT, startHost, type HostOptions, type RunningHost } from './host';

export { expect };
// One import for a spec: the host's API, the run's clock and the fixtures below.
export * from './api';
export { e2eIso, e2eNow } from './clock';

export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'e2e', 'screenshots');

const onRunClock = new WeakSet<BrowserContext>();

/** Puts a context on the run's clock (once: Playwright allows one install per context). */
async function runClock(context: BrowserContext): Promise<void> {
  if (onRunClock.has(context)) return;
  onRunClock.add(context);
  // eslint-disable-next-line no-restricted-syntax -- the one install, at the run's hour
  await context.clock.install({ time: e2eNow() });
}

export const test = base.extend<{ pageProblems: string[] }, { browser: Browser }>({
  // The test's own context (Playwright builds it without going through browser.newContext).
  context: async ({ context }, use) => {
    await runClock(context);
    await use(context);
  },
  /**
   * Every browser context, the test's own and any a test opens itself, runs on the run's
   * clock (clock.ts): Playwright's clock installed at the hosts' time, flowing from there.
   * Tests may pause or advance it (`page.clock.pauseAt`, `runFor`, `fastForward`) but not
   * install another: a second install without a time would put the page on the machine's clock.
   */
  browser: [
    async ({ browser }, use) => {
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const context = await newContext(options);
        await runClock(context);
        return context;
      };
      await use(browser);
    },
    { scope: 'worker' },
  ],
  /**
   * Every test fails on a CSP violation or an uncaught page error: the CSP of ARCHITECTURE.md §4
   * must hold on every screen a test visits, not only in the dedicated CSP test.
   */
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(
            `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
          );
        });
      });
      page.on('console', (msg) => {
        const text = msg.text();
        if (/CSP violation|Content Security Policy|Refused to/i.test(text)) problems.push(text);
      });
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      await use(problems);
      expect(problems, 'CSP violations or page errors').toEqual([]);
    },
    { auto: true },
  ],
});

/** A fresh host (empty data directory) for the test file: started before its first test, stopped after its last. */
export function useHost(opts: Pick<HostOptions, 'demo' | 'lan'> = {}): {
  readonly url: string;
  readonly dataDir: string;
  stop(): Promise<void>;
} {
  let host: RunningHost | undefined;
  test.beforeAll(async () => {
    test.setTimeout(HOST_HOOK_MS);
    host = await startHost(opts);
  });
  test.afterAll(async () => {
    await host?.stop();
  });
  return {
    get url() {
      if (!host) throw new Error('host not started');
      return host.url;
    },
    get dataDir() {
      if (!host) throw new Error('host not started');
      return host.dataDir;
    },
    /** Stops the host early (a test of what the user sees when it goes away). */
    stop: async () => {
      await host?.stop();
    },
  };
}

/** Screenshots at the two sizes the duty room uses (desk monitor and wall/1080p). */
export async function screenshots(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const original = page.viewportSize();
  for (const [w, h] of [
    [1440, 900],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    // Let layout and fonts settle after the resize.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.waitForTimeout(150);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${w}x${h}.png`) });
  }
  if (original) await page.setViewportSize(original);
}

/** The wall's two screens: a 1080p one and a 4K one (where every size doubles). */
export const WALL_SIZES = [
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
] as const;

/** A wall token (read-only, for a 大屏), made with an administrator's session `token`. */
export async function newWallToken(host: HostRef, label: string, token: string): Promise<string> {
  return (await call<{ token: string }>(host, 'wallTokens.create', { label }, token)).token;
}

/**
 * Opens the wall of a county with its map at a size, as a wall PC does with its token, and
 * waits until it is settled: the board shown and current, the token gone from the address,
 * the open incidents listed (rows, or the word that there are none) and the month's figures
 * counted, the fonts in, the county map drawn all it has (maplibre idle).
 */
export async function openWall(
  page: Page,
  host: HostRef,
  token: string,
  size: { width: number; height: number },
): Promise<void> {
  await page.setViewportSize(size);
  await page.goto(`${host.url}/#/wall?token=${token}`);
  const board = page.getByTestId('wall-board');
  await expect(board).toBeVisible();
  expect(page.url()).not.toContain('token=');
  await expect(board).toHaveAttribute('data-stale', 'false');
  await expect(page.getByTestId('wall-incidents').locator('li').first()).toBeVisible();
  await expect(page.getByTestId('wall-stats-30-total')).not.toHaveText('—');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await expect(page.getByTestId('wall-map-canvas')).toHaveAttribute('data-map-state', 'idle', {
    timeout: 45_000,
  });
}

/** Signs in from the sign-in screen with the keyboard only: filter, Enter, PIN, Enter. */
export async function signInByKeyboard(page: Page, name: string, pin?: string): Promise<void> {
  const filter = page.getByPlaceholder(/输入姓名筛选|Filter by name/);
  await expect(filter).toBeFocused();
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('signin-name')).toHaveText(name);
  if (pin !== undefined) {
    await expect(page.getByLabel('PIN', { exact: true })).toBeFocused();
    await page.keyboard.type(pin);
  }
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('current-operator')).toContainText(name);
}

/**
 * Picks `title` in an antd select and waits until the select shows it. A click that lands
 * while the dropdown is still zooming in can miss (seen under a loaded CI machine), so the
 * open-and-click is retried until the choice has taken.
 */
export async function pickOption(page: Page, select: Locator, title: string): Promise<void> {
  await expect(async () => {
    const option = page.getByTitle(title, { exact: true });
    if (!(await option.isVisible())) await select.click();
    await option.click({ timeout: 2_000 });
    await expect(select).toContainText(title, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

/**
 * Ticks a checkbox in a dialog and waits until it holds. A dialog zooms in as it opens,
 * and on a loaded machine two animation frames can measure alike mid-zoom, so the click
 * lands where the box was a moment before and nothing toggles: tick again until it takes.
 */
export async function tick(box: Locator): Promise<void> {
  await expect(async () => {
    if (!(await box.isChecked())) await box.click({ timeout: 2_000 });
    await expect(box).toBeChecked({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

/**
 * Saves a dialog (or answers it: `button`, 确认恢复) and waits until it has closed. The
 * click waits for the dialog's zoom to end (two frames measuring alike mid-zoom let a click
 * land where the button was a moment before: loaded CI runs left a dispatch step and a
 * restore's confirmation open), and a dialog that stays open fails with what the page said
 * meanwhile (a refusal, a field's error), not just "1".
 */
export async function saveDialog(dialog: Locator, button: string | RegExp = /保\s*存/): Promise<void> {
  await expect(dialog).not.toHaveClass(/-zoom-(appear|enter)/);
  await dialog.getByRole('button', { name: button }).click();
  let said = '';
  await expect
    .poll(
      async () => {
        if ((await dialog.count()) === 0) return 'closed';
        const words = await dialog
          .page()
          .locator('.ant-message-notice, .ant-form-item-explain-error')
          .allInnerTexts();
        if (words.length) said = words.join(' | ');
        return said ? `open; the page said: ${said}` : 'open';
      },
      { timeout: 10_000 },
    )
    .toBe('closed');
}

/** Signs in as the demo's administrator from the sign-in screen, by keyboard. */
export async function signInAsAdmin(page: Page): Promise<void> {
  await signInByKeyboard(page, ADMIN.name, ADMIN.pin);
}

/** Opens the app, signs in by keyboard (default the administrator), then goes to `hash` (e.g. '#/logs'). */
export async function signedIn(
  page: Page,
  host: HostRef,
  hash = '',
  name: string = ADMIN.name,
  pin: string | undefined = ADMIN.pin,
): Promise<void> {
  await page.goto(`${host.url}/#/`);
  await signInByKeyboard(page, name, pin);
  if (hash && hash !== '#/') await page.goto(`${host.url}/${hash}`);
}

/**
 * Latin words visible on a zh-CN screen, minus those that are Latin by nature (PIN,
 * zone names, the "English" language option, file sizes). Any other is a string that
 * escaped i18n.
 */
export async function latinLeaks(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  const allowed = new Set([
    ...['PIN', 'English', 'Asia', 'Shanghai', 'UTC', 'KB', 'MB', 'HH', 'MM'],
    // Standard codes (GB/T 38565).
    'GB',
    // Key names in keyboard hints.
    ...['Ctrl', 'Alt', 'Shift', 'Enter', 'Esc', 'Tab'],
  ]);
  return (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !allowed.has(w));
}

/** Picks a language in the header's (or sign-in page's) language switch. */
export async function switchLanguage(page: Page, label: '中文' | 'English'): Promise<void> {
  await page
    .getByRole('radiogroup', { name: /界面语言|Language/ })
    .getByText(label, { exact: true })
    .click();
}
