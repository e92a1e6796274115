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

/** 接报时间 as the form holds it ("YYYY-MM-DD HH:mm:ss", the room's time), as an instant. */
async function receivedAt(page: Page): Promise<number> {
  const text = await page.getByLabel('接报时间').inputValue();
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  expect(m, `接报时间 reads "${text}"`).not.toBeNull();
  const [y, mo, d, h, mi, s] = m!.slice(1).map((x) => Number(x ?? 0));
  return Date.UTC(y!, mo! - 1, d!, h! - 8, mi!, s!);
}

const pageNow = (page: Page) => page.evaluate(() => Date.now());

/** Signed in on 工作台, the intake built ahead beside it (hidden); the kept pages' host, to read what it keeps. */
async function deskWithIntakeAhead(page: Page) {
  await signedIn(page, host);
  await expect(page.getByTestId('desk-open')).toBeVisible();
  const kept = page.locator('.dr-kept-host');
  await expect(kept).toHaveAttribute('data-kept', /(^| )intake#0( |$)/);
  return kept;
}

test('the intake is built ahead while the desk is idle; F2 shows it opened now, not when it was built', async ({
  page,
}) => {
  const kept = await deskWithIntakeAhead(page);
  await expect(page.getByTestId('intake-save')).toHaveCount(0);
  // The desk sits idle a moment: React renders the hidden page (at its lowest priority).
  await page.waitForTimeout(1500);

  // Ten minutes later the phone rings: the form was built long ago, the call is now. (The
  // page's clock only: the host would refuse a save from ten minutes ahead of it.)
  await page.clock.fastForward('10:00');
  await page.keyboard.press('F2');
  await expect.poll(() => focusedLabel(page)).toBe('接报方式');
  expect(Math.abs((await receivedAt(page)) - (await pageNow(page)))).toBeLessThan(60_000);
  await expect(kept).toHaveAttribute('data-kept', /(^| )intake#0$/);
});

test('once saved, the intake is built afresh behind its incident page: the next F2 finds it empty; one left half-typed is shown as it was left', async ({
  page,
}) => {
  const kept = await deskWithIntakeAhead(page);
  await page.keyboard.press('F2');
  await expect.poll(() => focusedLabel(page)).toBe('接报方式');

  const title = `提前备好的接报${titleMark()}`;
  await page.getByLabel('事件标题').fill(title);
  await page.getByLabel('事件类型').click();
  await page.keyboard.type('火灾');
  await page.keyboard.press('Enter');
  await page.getByLabel('事件标题').focus();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('incident-detail')).toContainText(title);
  // Said once the page is painted.
  await expect(page.getByText(/已登记，事件编号 \d{4}-\d{4}/)).toBeVisible();
  await expect(kept).toHaveAttribute('data-kept', /(^| )intake#1( |$)/);

  // The next call: an empty form, not the last one's, and no draft to restore.
  await page.keyboard.press('F2');
  await expect.poll(() => focusedLabel(page)).toBe('接报方式');
  await expect(page.getByLabel('事件标题')).toHaveValue('');
  await expect(page.getByLabel('事件类型')).toHaveValue('');
  expect(Math.abs((await receivedAt(page)) - (await pageNow(page)))).toBeLessThan(60_000);
  await expect(page.getByTestId('draft-restored')).toHaveCount(0);

  // Typed into and left for the desk: F2 shows it as it was left, its time the call's.
  await page.getByLabel('事件标题').fill('说到一半的电话');
  const typedAt = await receivedAt(page);
  await menu(page, '工作台');
  await expect(page.getByTestId('desk-open')).toBeVisible();
  await page.clock.fastForward('03:00');
  await page.keyboard.press('F2');
  await expect(page.getByLabel('事件标题')).toHaveValue('说到一半的电话');
  expect(await receivedAt(page)).toBe(typedAt);
  await expect(kept).toHaveAttribute('data-kept', /(^| )intake#1$/);
});
