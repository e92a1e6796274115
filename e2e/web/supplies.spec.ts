import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { localDate } from '../../src/common/time/zone';
import { e2eNow } from './clock';
import {
  SCREENSHOT_DIR,
  callAs,
  expect,
  newIncident,
  pickOption,
  screenshots,
  signedIn,
  test,
  titleMark,
  useHost,
} from './fixtures';

/**
 * 应急物资 as a duty officer meets it on the demo county: a lot received into a depot
 * with an expiry date three weeks away shows as 临期 in the stock and appears in 提醒;
 * issuing more than that lot holds is refused in words and changes nothing.
 */
test.describe.configure({ mode: 'serial' });

const host = useHost({ demo: true });
const DAY = 86_400_000;

test('a lot received with an expiry within 30 days is shown 临期 and reminded; a lot never goes below zero', async ({
  page,
}) => {
  await signedIn(page, host, '#/supplies', '张伟', '3001');
  const stock = page.getByTestId('supplies-stock');
  await expect(stock.getByRole('row').nth(1)).toBeVisible();

  const lotNo = `E2E${titleMark().replace(/\D/g, '').slice(-6)}`;
  const expiresOn = localDate(new Date(e2eNow() + 20 * DAY), 'Asia/Shanghai');
  await page.getByRole('button', { name: '入库' }).click();
  const dialog = page.getByRole('dialog');
  await pickOption(page, dialog.getByTestId('move-depot'), '县应急物资储备库');
  // The list is long: typing narrows it, as a user does.
  await dialog.getByTestId('move-item').click();
  await page.keyboard.type('矿泉水');
  await pickOption(page, dialog.getByTestId('move-item'), '矿泉水 (箱)');
  await dialog.getByLabel('数量（箱）').fill('30');
  await dialog.getByLabel('批号').fill(lotNo);
  await dialog.getByLabel('有效期至').fill(expiresOn);
  await dialog.getByLabel('有效期至').press('Enter');
  await dialog.getByLabel('来源（可选）').fill('县商务局调入');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('已记录入库')).toBeVisible();
  await expect(dialog).toBeHidden();

  await page.getByLabel('物资、规格、编码或储备库').fill('矿泉水');
  const row = stock.getByRole('row').filter({ hasText: '县应急物资储备库' });
  const lot = row.getByTestId('supply-lot').filter({ hasText: lotNo });
  await expect(lot).toHaveText(`${lotNo} 30箱 至 ${expiresOn} · 临期`);
  await screenshots(page, 'supplies-stock');

  // More than the lot holds: refused with what it holds, and the stock is unchanged.
  const before = await row.getByRole('cell').nth(2).textContent();
  await row.getByRole('button', { name: '县应急物资储备库 矿泉水 的操作' }).click();
  await page.getByRole('menuitem', { name: '出库' }).click();
  const issue = page.getByRole('dialog');
  await pickOption(page, issue.getByTestId('move-lot'), `${lotNo}：30箱，${expiresOn}`);
  await issue.getByLabel('数量（箱）').fill('31');
  await issue.getByLabel('原因或去向').fill('青石镇转移安置点');
  await issue.getByRole('button', { name: /保\s*存/ }).click();
  await expect(
    page.getByText(`矿泉水 批次“${lotNo}”仅余 30箱，不能减少 31箱：库存不能为负，本次未做任何变动`),
  ).toBeVisible();
  await issue.getByRole('button', { name: /取\s*消/ }).click();
  await expect(row.getByRole('cell').nth(2)).toHaveText(before!);

  // 提醒: the lot is there, due, and its link opens the stock filtered to the item.
  await page.goto(`${host.url}/#/reminders`);
  const reminder = page.getByTestId('reminder-row').filter({ hasText: lotNo });
  await expect(reminder).toContainText(
    `县应急物资储备库：矿泉水 批次“${lotNo}”30箱 于 ${expiresOn} 到期，请轮换或报废`,
  );
  await expect(reminder.getByTestId('reminder-state')).toHaveText('即将到期');
  await reminder.getByRole('link').click();
  await expect(page).toHaveURL(/#\/supplies\/stock\?q=/);
  await expect(page.getByTestId('supply-lot').filter({ hasText: lotNo })).toBeVisible();

  await page.getByRole('tab', { name: '出入库流水' }).click();
  await expect(page.getByTestId('supplies-chain')).toHaveText(/^流水哈希链完整（\d+ 条）$/);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'supplies-movements-1366.png') });
});

test('an oral 调拨 order from an incident counts down 48 hours to its written order, red once late; its 调拨指令 prints', async ({
  page,
}) => {
  await signedIn(page, host, '', '陈立新', '2001');
  const title = `石坝村内涝转移安置${titleMark()}`;
  const { incident } = await callAs<{ incident: { id: string } }>(
    page,
    'incidents.create',
    newIncident({ title }),
  );

  await page.goto(`${host.url}/#/logs/incident/${incident.id}`);
  await page.getByTestId('supply-orders-button').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('order-incident')).toContainText(title);
  await dialog.getByLabel('申请单位').fill('青石镇人民政府');
  await dialog.getByLabel('联系人', { exact: true }).fill('刘明');
  await dialog.getByLabel('联系电话', { exact: true }).fill('13800001234');
  await dialog.getByLabel('接收单位').fill('石坝村临时安置点');
  await dialog.getByLabel('接收联系人').fill('李村长');
  await dialog.getByLabel('接收联系电话').fill('13800005678');
  await dialog.getByLabel('接收地点').fill('青石镇石坝村小学操场');
  await pickOption(page, dialog.getByTestId('order-source'), '县应急物资储备库');
  await dialog.getByTestId('order-item-0').click();
  await page.keyboard.type('帐篷');
  await pickOption(page, dialog.getByTestId('order-item-0'), '帐篷 (顶)');
  await dialog.getByLabel('数量', { exact: true }).fill('20');
  await dialog.getByLabel('批准人（县领导）').fill('张立军');
  await expect(dialog.getByText('书面调拨指令须在批准后 48 小时内补办')).toBeVisible();
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText(/已登记调拨单 \d{4}-\d{3}/)).toBeVisible();

  const order = page.getByTestId('supply-order').filter({ hasText: title });
  const due = order.getByTestId('order-written-due').getByTestId('countdown');
  await expect(due).toHaveAttribute('data-state', 'ok');
  await expect(due).toHaveText(/^剩余 (1天23小时|2天)$/);
  await screenshots(page, 'supplies-order');

  // The desk shows the same countdown; 48 hours on, it is late and red.
  await page.goto(`${host.url}/#/`);
  const desk = page.getByTestId('desk-supply-order').filter({ hasText: title }).getByTestId('countdown');
  await expect(desk).toHaveAttribute('data-state', 'ok');
  await page.clock.fastForward('48:01:00');
  await expect(desk).toHaveAttribute('data-state', 'overdue');
  await expect(desk).toHaveText(/^已超时 \d+分/);
  expect(await desk.locator('.dr-countdown-text').evaluate((el) => getComputedStyle(el).color)).toMatch(
    /^rgb\((2[0-9]{2}), (\d{1,2}), (\d{1,2})\)$/,
  );
  await page.screenshot({
    path: path.join(SCREENSHOT_DIR, 'supplies-order-desk-late-1920.png'),
    fullPage: true,
  });

  // The 调拨指令 on A4.
  await page.goto(`${host.url}/#/supplies/orders?incident=${incident.id}`);
  const id = await order.getAttribute('data-order-id');
  await page.goto(`${host.url}/#/print/supplyOrder/${id}`);
  await expect(page.getByTestId('supply-order-sheet')).toContainText('应急物资调拨指令');
  await expect(page.locator('body[data-print-ready="1"]')).toHaveCount(1);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const pdf = path.join(SCREENSHOT_DIR, 'supply-order.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
  execFileSync('pdftoppm', ['-png', '-r', '70', pdf, path.join(SCREENSHOT_DIR, 'supply-order')]);
  const text = execFileSync('pdftotext', [pdf, '-']).toString('utf8').replace(/\s+/g, '');
  for (const s of [
    '应急物资调拨指令',
    title,
    '青石镇人民政府刘明13800001234',
    '县应急物资储备库',
    '石坝村临时安置点李村长13800005678',
    '青石镇石坝村小学操场',
    '张立军',
    '口头批准',
    '须于',
    '帐篷',
    '接收人签收',
  ])
    expect(text).toContain(s);
});

test('the depot register sets the list and minimum levels; what a depot holds is moved, not typed over', async ({
  page,
}) => {
  await signedIn(page, host, '#/resources/depots', '张伟', '3001');
  type Depots = { stock: { item: string; quantity: number; minimum: number }[] }[];
  const before = (await callAs<Depots>(page, 'depots.list', { q: '县应急物资储备库' }))[0]!.stock[0];
  const row = page
    .getByTestId('depots-table')
    .getByRole('row')
    .filter({ hasText: '县应急物资储备库' })
    .first();
  await row.getByRole('button', { name: /编\s*辑/ }).click();
  const dialog = page.getByRole('dialog', { name: /编辑：县应急物资储备库/ });
  await expect(dialog.getByTestId('stock-hint')).toContainText('不在此修改');
  const held = dialog.getByTestId('stock-line-held').first();
  await expect(held.getByLabel('数量')).toBeDisabled();
  await expect(held.getByLabel('删除此物资')).toBeDisabled();
  await held.getByLabel('最低储备').fill(String(before!.minimum + 7));
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();
  const after = (await callAs<Depots>(page, 'depots.list', { q: '县应急物资储备库' }))[0]!.stock[0];
  expect(after).toMatchObject({
    item: before!.item,
    quantity: before!.quantity,
    minimum: before!.minimum + 7,
  });
});
