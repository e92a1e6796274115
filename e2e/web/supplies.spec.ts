import path from 'node:path';
import { localDate } from '../../src/common/time/zone';
import { e2eNow } from './clock';
import { SCREENSHOT_DIR, expect, pickOption, screenshots, signedIn, test, titleMark, useHost } from './fixtures';

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
  await expect(page.getByText(`矿泉水 批次“${lotNo}”仅余 30箱，不能减少 31箱：库存不能为负，本次未做任何变动`)).toBeVisible();
  await issue.getByRole('button', { name: /取\s*消/ }).click();
  await expect(row.getByRole('cell').nth(2)).toHaveText(before!);

  // 提醒: the lot is there, due, and its link opens the stock filtered to the item.
  await page.goto(`${host.url}/#/reminders`);
  const reminder = page.getByTestId('reminder-row').filter({ hasText: lotNo });
  await expect(reminder).toContainText(`县应急物资储备库：矿泉水 批次“${lotNo}”30箱 于 ${expiresOn} 到期，请轮换或报废`);
  await expect(reminder.getByTestId('reminder-state')).toHaveText('即将到期');
  await reminder.getByRole('link').click();
  await expect(page).toHaveURL(/#\/supplies\/stock\?q=/);
  await expect(page.getByTestId('supply-lot').filter({ hasText: lotNo })).toBeVisible();

  await page.getByRole('tab', { name: '出入库流水' }).click();
  await expect(page.getByTestId('supplies-chain')).toHaveText(/^流水哈希链完整（\d+ 条）$/);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'supplies-movements-1366.png') });
});
