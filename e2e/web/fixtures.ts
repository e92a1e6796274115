import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { REPO_ROOT, startHost, type RunningHost } from './host';

export { expect };

export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'e2e', 'screenshots');

/**
 * Every test fails on a CSP violation or an uncaught page error: the CSP of ARCHITECTURE.md §4
 * must hold on every screen a test visits, not only in the dedicated CSP test.
 */
export const test = base.extend<{ pageProblems: string[] }>({
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
export function useHost(opts: { demo?: boolean } = {}): { readonly url: string; stop(): Promise<void> } {
  let host: RunningHost | undefined;
  test.beforeAll(async () => {
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
 * The Authorization header of the operator signed in on this page, for a test's own calls
 * to the host: every read but the sign-in screen's takes a session.
 */
export async function sessionHeaders(page: Page): Promise<Record<string, string>> {
  const token = await page.evaluate(() => sessionStorage.getItem('duty-room.operator-token'));
  return token ? { authorization: `Bearer ${token}` } : {};
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
