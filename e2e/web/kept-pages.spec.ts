import type { Page } from '@playwright/test';
import { callAs, clientKey, expect, signedIn, test, titleMark, useHost } from './fixtures';

/*
 * The shell keeps the last pages visited mounted (app/KeptPages.tsx), hidden: going back
 * to one shows it as it was. A hidden page must be still — no key handlers, no reads
 * refreshed, no countdown ticking — and out of the document; shown again it shows what
 * changed meanwhile. Beyond the last five the oldest is let go.
 */

const host = useHost({ demo: true });

/** Listeners of `type` on window, as Chromium counts them. */
async function windowListeners(page: Page, type: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
    return listeners.filter((l) => l.type === type).length;
  } finally {
    await cdp.detach();
  }
}

async function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(
    () => document.activeElement?.closest('.ant-form-item')?.querySelector('label')?.textContent ?? '',
  );
}

const menu = (page: Page, name: string) => page.getByRole('menuitem', { name }).click();

test('a page left is out of the document and still; shown again it is as it was, with what changed meanwhile', async ({
  page,
}) => {
  const asked: string[] = [];
  page.on('request', (r) => {
    const m = /\/api\/([\w.]+)$/.exec(new URL(r.url()).pathname);
    if (m) asked.push(m[1]!);
  });
  await signedIn(page, host);
  await expect(page.getByTestId('desk-open')).toBeVisible();
  const deskKeys = await windowListeners(page, 'keydown');

  // The intake (F2) listens on window for F2 pressed on it; left, it listens no more.
  await page.keyboard.press('F2');
  await expect.poll(() => focusedLabel(page)).toBe('接报方式');
  expect(await windowListeners(page, 'duty-room:intake-focus')).toBe(1);
  await menu(page, '工作台');
  await expect(page.getByTestId('intake-save')).toHaveCount(0);
  expect(await windowListeners(page, 'duty-room:intake-focus')).toBe(0);
  expect(await windowListeners(page, 'keydown')).toBe(deskKeys);
  // Shown again (F2 from the desk), it takes the focus as when it first opened.
  await page.keyboard.press('F2');
  await expect.poll(() => focusedLabel(page)).toBe('接报方式');

  // The log, with a search typed and not sent, and its countdowns.
  await menu(page, '值班日志');
  const logPage = page.locator('.dr-logs-page');
  const search = page.getByLabel('搜索值班日志');
  await search.fill('滑坡');
  const countdown = await logPage.getByTestId('countdown').first().elementHandle();
  expect(countdown).not.toBeNull();

  await menu(page, '工作台');
  await expect(page.getByTestId('desk-open')).toBeVisible();
  // Out of the document: nothing of it answers a query (a test id, a text, a label).
  await expect(logPage).toHaveCount(0);
  await expect(search).toHaveCount(0);
  expect(await countdown!.evaluate((n) => n.isConnected)).toBe(false);
  const hiddenText = await countdown!.evaluate((n) => n.textContent);
  const askedBefore = asked.length;

  // Meanwhile an entry is written elsewhere and a minute passes: the desk shows both.
  const who = `值守${titleMark()}`;
  await callAs(page, 'logs.add', {
    clientKey: clientKey('kept'),
    kind: 'spot_check',
    data: {
      callerUnit: '市应急管理局',
      callerName: '王科长',
      answeredBy: who,
      answerSeconds: 8,
      result: '在岗',
    },
  });
  await expect(page.getByTestId('desk-latest')).toContainText(who);
  const deskCountdown = page.getByTestId('desk-open').getByTestId('countdown').first();
  const deskText = await deskCountdown.textContent();
  await page.clock.fastForward('01:00');
  await expect(deskCountdown).not.toHaveText(deskText ?? '');
  // The hidden log neither ticked nor asked for its reads again.
  expect(await countdown!.evaluate((n) => n.textContent)).toBe(hiddenText);
  expect(asked.slice(askedBefore)).not.toContain('logs.verifyChain');

  // Shown again: the very same page (its DOM, the search still typed), brought up to now.
  await menu(page, '值班日志');
  await expect(search).toHaveValue('滑坡');
  expect(await countdown!.evaluate((n) => n.isConnected)).toBe(true);
  await expect.poll(() => countdown!.evaluate((n) => n.textContent)).not.toBe(hiddenText);
  await expect(logPage.locator('.ant-table-tbody')).toContainText(who);
  await expect.poll(() => asked.slice(askedBefore)).toContain('logs.verifyChain');

  // Five other pages later the log is let go: it opens anew.
  for (const name of ['通讯设备', '排班与交接班', '到期提醒', '通讯录', '工作台']) {
    await menu(page, name);
    await expect(page.locator('main .dr-page').first()).toBeVisible();
  }
  await menu(page, '值班日志');
  await expect(logPage.locator('.ant-table-tbody')).toContainText(who);
  await expect(search).toHaveValue('');
  expect(await countdown!.evaluate((n) => n.isConnected)).toBe(false);
});
