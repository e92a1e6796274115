import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { SCREENSHOT_DIR, e2eNow, expect, screenshots, signInByKeyboard, test, useHost } from './fixtures';

/**
 * Communication equipment as the duty officer meets it at shift start, on the demo
 * county: the check round done from the keyboard, a failed satellite-phone battery that
 * opens a fault with a deadline (seen live on a second desk), its repair closed by a
 * passing re-check; the register, the statistics and the printed record sheet.
 */
test.describe.configure({ mode: 'serial' });

const host = useHost({ demo: true });

const SAT_PHONE = '卫星电话（值班室）';
/** Passing numbers for the demo templates' number items. */
const PASSING: Record<string, string> = { battery: '90', ups: '60', temperature: '22', fuel: '80' };

async function deskOf(browser: Browser, name: string, pin: string): Promise<Page> {
  const ctx = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
  });
  const desk = await ctx.newPage();
  await desk.goto(host.url);
  await signInByKeyboard(desk, name, pin);
  await expect(desk.getByTestId('card-equipment')).toBeVisible();
  return desk;
}

/** Fills the round's current item with keys only: Y for yes/no, digits for numbers and choices, Enter to go on. */
async function fillByKeyboard(page: Page, battery?: string): Promise<void> {
  const fields = page.getByTestId('round-item').locator('[data-check-field]');
  const n = await fields.count();
  for (let i = 0; i < n; i++) {
    const f = fields.nth(i);
    // The focus is in the field the keys are for.
    await expect(f.locator(':focus')).toHaveCount(1);
    const type = await f.getAttribute('data-field-type');
    const key = (await f.getAttribute('data-check-field')) ?? '';
    if (type === 'bool') await page.keyboard.press('y');
    else if (type === 'choice') await page.keyboard.press('1');
    else if (type === 'number')
      await page.keyboard.type(key === 'battery' && battery ? battery : (PASSING[key] ?? '1'));
    await page.keyboard.press('Enter');
  }
  // The notes field comes last: Enter there saves.
  await expect(page.locator('[data-check-notes] input')).toBeFocused();
}

test('shift check round, keyboard only: a failed battery opens a fault the desk sees live; a re-check closes it', async ({
  page,
  browser,
}) => {
  const desk = await deskOf(browser, '陈立新', '2001');
  const faultsOnDesk = desk.getByTestId('eq-faults').locator('strong');
  await expect(faultsOnDesk).toHaveText('1');

  await page.goto(`${host.url}/#/equipment/round`);
  await signInByKeyboard(page, '张伟', '3001');
  await expect(page.getByRole('tab', { name: /本班检查/, selected: true })).toBeVisible();
  await expect(page.getByTestId('round-start')).toBeFocused();
  await page.keyboard.press('Enter');

  let passed = 0;
  let failedSatPhone = false;
  while (passed < 3 || !failedSatPhone) {
    const item = page.getByTestId('round-item');
    await expect(item).toBeVisible();
    const name = (await page.getByTestId('round-item-name').innerText()).trim();
    if (name === SAT_PHONE) {
      await fillByKeyboard(page, '42');
      await expect(page.getByTestId('verdict-battery')).toHaveText('不合格');
      await screenshots(page, 'equipment-round');
      await page.keyboard.press('Enter');
      failedSatPhone = true;
    } else if (passed < 3) {
      await fillByKeyboard(page);
      await page.keyboard.press('Enter');
      passed++;
    } else {
      // Enough passes: this item stays due for later in the shift.
      await page.keyboard.press('Escape');
      break;
    }
    await expect(page.getByTestId('round-item-name'))
      .not.toHaveText(name, { timeout: 5000 })
      .catch(() => undefined);
  }
  if (await page.getByTestId('round-item').isVisible()) await page.keyboard.press('Escape');

  const summary = page.getByTestId('round-summary');
  await expect(summary).toContainText('已检 4 项，其中不合格 1 项');
  await expect(summary.getByTestId('round-fault')).toContainText(/已登记故障 GZ\d{4}-\d{3}，整改期限 \d{4}/);
  // The other desk's count moved without a reload.
  await expect(faultsOnDesk).toHaveText('2');
  await screenshots(desk, 'equipment-dashboard');

  // The fault, with its deadline: 72 hours for a satellite phone.
  await page.getByRole('tab', { name: /故障整改/ }).click();
  const opened = page
    .getByTestId('faults-table')
    .locator('tr', { hasText: SAT_PHONE })
    .filter({ hasText: '待整改' });
  await expect(opened).toHaveCount(1);
  const row = page.locator(`tr[data-row-key="${await opened.getAttribute('data-row-key')}"]`);
  await expect(row).toContainText('检查不合格：电池电量 42%（应 50–100%）');
  await expect(row.getByTestId('fault-deadline')).toHaveText(/\d{4}/);
  await screenshots(page, 'equipment-fault');

  await row.getByRole('button', { name: '开始整改' }).click();
  await expect(row.getByTestId('fault-status')).toHaveText('整改中');
  await row.getByRole('button', { name: '已修复' }).click();
  await expect(row.getByTestId('fault-status')).toHaveText('已修复待复验');
  await row.getByTestId('fault-recheck').click();
  const dialog = page.getByRole('dialog', { name: `复验：${SAT_PHONE}` });
  await expect(dialog.locator('[data-check-field]').first().locator(':focus')).toHaveCount(1);
  await page.keyboard.press('y');
  await page.keyboard.press('Enter');
  await page.keyboard.type('95');
  await page.keyboard.press('Enter');
  await page.keyboard.press('y');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByText('复验合格，故障已关闭')).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(row.getByTestId('fault-status')).toHaveText('已关闭');
  await expect(row).toContainText('复验合格关闭');
  await expect(faultsOnDesk).toHaveText('1');
  await desk.context().close();
});

test('the register highlights overdue items and hand-over items; records read as checked', async ({
  page,
}) => {
  await page.goto(`${host.url}/#/equipment/register`);
  await signInByKeyboard(page, '张伟', '3001');
  const table = page.getByTestId('equipment-table');
  await expect(table.locator('tr', { hasText: SAT_PHONE })).toContainText('随班交接');
  // The round above checked the two overdue items; the radio whose fault is past its deadline stands out.
  // Named rows, not a count: a run that crosses the 08:30 change rightly turns the
  // previous shift's unchecked daily items overdue too.
  await expect(table.locator('tr', { hasText: '北斗短报文终端' })).toContainText('已检');
  const overdue = table.locator('tr.dr-eq-row-overdue');
  await expect(overdue.filter({ hasText: '对讲机 4 号' })).toHaveCount(1);
  for (const checked of ['北斗短报文终端', '370M 集群基站（县城）'])
    await expect(overdue.filter({ hasText: checked })).toHaveCount(0);
  await expect(table.locator('tr', { hasText: '对讲机 4 号' })).toContainText(/GZ\d{4}-\d{3} 已超期/);
  await screenshots(page, 'equipment-register');

  await page.getByRole('tab', { name: '检查记录' }).click();
  const history = page.getByTestId('history-table');
  await expect(
    history.locator('tr', { hasText: SAT_PHONE }).filter({ hasText: '不合格' }).first(),
  ).toContainText('电池电量：42%');
});

test('a spreadsheet is imported only after its row problems are fixed and the user confirms', async ({
  page,
}) => {
  await page.goto(`${host.url}/#/equipment/register`);
  await signInByKeyboard(page, '陈立新', '2001');
  await page.getByRole('button', { name: '导入' }).click();
  const dialog = page.getByRole('dialog', { name: /导入设备台账/ });
  const csv = (rows: string[]) => ({
    name: '新购设备.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      '\ufeff' +
        ['新购设备清单（2026年）', '设备类型,设备名称,编号,存放位置,检查周期,交接物品', ...rows].join('\r\n'),
      'utf8',
    ),
  });
  const upload = dialog.locator('input[type=file]');
  await upload.setInputFiles(
    csv(['对讲机,对讲机 5 号,PD780-05,值班室,每日,是', '步话机,对讲机 6 号,PD780-06,值班室,每季,是']),
  );
  const errors = dialog.getByTestId('import-errors');
  await expect(errors).toContainText('无法识别的值“步话机”');
  await expect(errors).toContainText('检查周期应为 每日/每周/每月/每N天');
  await expect(errors.locator('tr', { hasText: '无法识别' })).toContainText('4');
  await expect(dialog.getByTestId('import-commit')).toBeDisabled();

  await upload.setInputFiles(
    csv(['对讲机,对讲机 5 号,PD780-05,值班室,每日,是', '对讲机,对讲机 6 号,PD780-06,值班室,每周,否']),
  );
  await expect(dialog).toContainText('共 2 行，全部无误：新增 2，更新 0');
  await dialog.getByTestId('import-commit').click();
  await expect(page.getByText('导入完成：新增 2，更新 0')).toBeVisible();
  const table = page.getByTestId('equipment-table');
  await expect(table.locator('tr', { hasText: '对讲机 5 号' })).toContainText('随班交接');
  await expect(table.locator('tr', { hasText: '对讲机 6 号' })).toContainText('每周');
});

test('statistics: compliance per month and kind, faults, mean time to repair', async ({ page }) => {
  await page.goto(`${host.url}/#/equipment/stats`);
  await signInByKeyboard(page, '陈立新', '2001');
  const stats = page.getByTestId('equipment-stats');
  await expect(stats.getByText('按月按时检查率')).toBeVisible();
  await expect(stats.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(stats.getByText('平均修复时间').first()).toBeVisible();
  await page.waitForTimeout(300);
  await screenshots(page, 'equipment-stats');
});

test('the check record sheet prints on A4', async ({ page }) => {
  const day = (offset: number) =>
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(e2eNow() + offset * 86_400_000);
  await page.goto(host.url);
  await signInByKeyboard(page, '陈立新', '2001');
  await page.goto(`${host.url}/#/print/equipment?from=${day(-3)}&to=${day(0)}`);
  const sheet = page.getByTestId('equipment-sheet');
  await expect(sheet).toContainText('通讯设备检查记录表');
  await expect(sheet).toContainText('青岚示范县应急管理局');
  await expect(sheet).toContainText('带班领导（签字）');
  await expect(page.locator('body[data-print-ready="1"]')).toHaveCount(1);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const pdf = path.join(SCREENSHOT_DIR, 'equipment-sheet.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
  const prefix = path.join(SCREENSHOT_DIR, 'equipment-sheet');
  for (const f of fs.readdirSync(SCREENSHOT_DIR))
    if (/^equipment-sheet-\d+\.png$/.test(f)) fs.rmSync(path.join(SCREENSHOT_DIR, f));
  execFileSync('pdftoppm', ['-png', '-r', '70', pdf, prefix]);
  const pages = fs.readdirSync(SCREENSHOT_DIR).filter((f) => /^equipment-sheet-\d+\.png$/.test(f));
  expect(pages.length).toBeGreaterThanOrEqual(1);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString('utf8');
  expect(text).toContain('通讯设备检查记录表');
  expect(text).toContain('卫星电话（值班室）');
});
