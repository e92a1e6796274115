import path from 'node:path';
import {
  SCREENSHOT_DIR,
  answerAs,
  callAs,
  expect,
  screenshots,
  signedIn,
  test,
  titleMark,
  useHost,
} from './fixtures';

/**
 * 到期提醒 as the shift chief meets it on the demo county: a depot's stock falls below
 * its minimum; the header's count rises live, the desk's card and the list name it, the
 * link opens the depot, and an acknowledgement with a note is recorded with who and when.
 */
test.describe.configure({ mode: 'serial' });

const host = useHost({ demo: true });

test('stock below its minimum is reminded on the desk and in the header, opened, and acknowledged', async ({
  page,
}) => {
  await signedIn(page, host, '', '陈立新', '2001');
  const header = page.getByTestId('header-reminders');
  await expect(header).toBeVisible();
  // The count is read once it has loaded (the demo always has some reminders open): read
  // before, on a busy PC, it said 0.
  await expect.poll(async () => Number(await header.getAttribute('data-open'))).toBeGreaterThan(0);
  const before = Number(await header.getAttribute('data-open'));

  const depot = `演示储备点${titleMark()}`;
  await callAs(page, 'depots.upsert', {
    name: depot,
    address: '城关镇建设路 8 号',
    townCode: null,
    point: null,
    keeper: '王保管',
    phone: '0812-5550001',
    notes: '',
    stock: [
      { item: '编织袋', unit: '条', quantity: 40, minimum: 100 },
      { item: '救生衣', unit: '件', quantity: 80, minimum: 50 },
    ],
  });
  const what = `${depot}：编织袋 库存 40条，低于最低储备 100条`;
  // Live: the depot's change event refreshes the count without a reload.
  await expect(header).toHaveAttribute('data-open', String(before + 1));
  await expect(page.getByTestId('card-reminders')).toBeVisible();

  await page.goto(`${host.url}/#/reminders`);
  const row = page.getByTestId('reminder-row').filter({ hasText: what });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('reminder-state')).toHaveText('已超期');
  await expect(row).toContainText('当前');
  await expect(page.getByTestId('reminder-row').filter({ hasText: `${depot}：救生衣` })).toHaveCount(0);
  await screenshots(page, 'reminders-list');

  await row.getByTestId('reminder-ack').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('ack-what')).toHaveText(what);
  await expect(dialog.getByLabel('处理情况（可选）')).toBeFocused();
  await page.keyboard.type('已报采购，周五到货');
  await page.keyboard.press('Enter');
  await expect(page.getByText('已确认')).toBeVisible();
  await expect(page.getByTestId('reminder-row').filter({ hasText: what })).toHaveCount(0);
  await expect(header).toHaveAttribute('data-open', String(before));

  await page.getByTestId('reminders-filter').getByText(/^全部/).click();
  const acked = page.getByTestId('reminder-row').filter({ hasText: what });
  await expect(acked.getByTestId('reminder-acked')).toHaveText(
    /^陈立新 于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 确认：已报采购，周五到货$/,
  );

  // The link opens the depot's register, filtered to it.
  await acked.getByRole('link').click();
  await expect(page).toHaveURL(/#\/resources\/depots\?q=/);
  await expect(page.getByRole('row', { name: new RegExp(depot) })).toBeVisible();

  await page.goto(`${host.url}/#/`);
  await expect(page.getByTestId('card-reminders')).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'reminders-desk-1920.png'), fullPage: true });
});

test('an acknowledgement of a reminder that is gone is refused in words and changes nothing', async ({
  page,
}) => {
  await signedIn(page, host, '', '陈立新', '2001');
  const before = await callAs<unknown>(page, 'reminders.list', {});
  const refused = await answerAs<unknown>(page, 'reminders.acknowledge', {
    source: 'stock.belowMinimum',
    ref: 'no-such-depot/编织袋',
    cycle: '1',
    note: '',
  });
  expect(refused.status).toBe(404);
  expect(refused.error?.message).toBe('这条提醒已不存在（记录已处理或已变化），列表已刷新');
  expect(await callAs<unknown>(page, 'reminders.list', {})).toEqual(before);
});
