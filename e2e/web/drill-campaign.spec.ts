import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { DEMO_OPERATORS } from '../../src/core/demo/county';
import {
  SCREENSHOT_DIR,
  callAs,
  expect,
  pickOption,
  screenshots,
  signedIn,
  test,
  titleMark,
  useHost,
} from './fixtures';

/**
 * A campaign set up from the drills page, as the office that runs it does: its document,
 * deadline and requirements, and its domains each with a named lead; changed later; a
 * drill registered under it with the plans it tests picked by name from the register;
 * started, its scripted inject goes out by itself at its minute (minute 0 here), and the
 * room sees it arrive with no one's hand on it.
 */
test.describe.configure({ mode: 'serial' });

const host = useHost({ demo: true });
const pinOf = (name: string) => DEMO_OPERATORS.find((o) => o.name === name)!.pin!;
const CONTROLLER = '王建国';
const mark = titleMark();
const CAMPAIGN = `汛期防汛专项演练 ${mark}`;
const DRILL = `白沙河山洪转移避险演练 ${mark}`;
const PLAN = '青岚示范县防汛抗旱应急预案';
const INJECT = `白沙镇报告：河水漫过漫水桥 ${mark}`;

/** The form item of a label inside a dialog: its antd select, to pick from. */
const selectOf = (dialog: Locator, label: string) =>
  dialog
    .locator('.ant-form-item')
    .filter({ has: dialog.page().getByText(label, { exact: true }) })
    .locator('.ant-select')
    .first();

async function campaignBoard(page: Page): Promise<Locator> {
  const board = page.getByTestId('campaign-board').filter({ hasText: CAMPAIGN });
  await expect(board).toBeVisible();
  return board;
}

test('a campaign is set up and changed from its form, and a drill under it is registered with its plans by name', async ({
  page,
}) => {
  await signedIn(page, host, '#/drills', CONTROLLER, pinOf(CONTROLLER));
  await page.getByRole('button', { name: '新建工作方案' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('新建工作方案')).toBeVisible();
  // Every requirement is ticked to begin with, and the five usual domains are listed.
  await expect(dialog.getByRole('checkbox', { name: '不预先通知' })).toBeChecked();
  await expect(dialog.getByTestId('campaign-domain-row')).toHaveCount(5);
  // Saving with no lead named is refused on the form, in Chinese.
  await dialog.getByLabel('工作方案名称').fill(CAMPAIGN);
  await page.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog.getByText('请选择完成时限')).toBeVisible();
  await expect(dialog.getByText('请填写').first()).toBeVisible();

  await dialog.getByLabel('印发文号').fill('县防指〔2026〕7号');
  await dialog.getByLabel('印发单位').fill('县防汛抗旱指挥部');
  await dialog.getByLabel('完成时限').fill('2099-06-20');
  await dialog.getByLabel('完成时限').press('Enter');
  // Keep natural disasters only: remove the other four rows.
  const rows = dialog.getByTestId('campaign-domain-row');
  for (const name of ['公共卫生', '安全生产', '社会安全', '网络安全'])
    await rows.filter({ hasText: name }).getByRole('button', { name: '删除' }).click();
  await expect(rows).toHaveCount(1);
  await rows.first().getByLabel('牵头领导').fill('李志强');
  await rows.first().getByLabel('牵头单位').fill('县水利局');
  // One domain of the county's own: 其他 with its name.
  await dialog.getByRole('button', { name: '添加领域' }).click();
  await expect(rows).toHaveCount(2);
  await rows.nth(1).getByPlaceholder('领域名称，如：森林防灭火').fill('森林防灭火');
  await rows.nth(1).getByLabel('牵头领导').fill('赵国庆');
  await rows.nth(1).getByLabel('牵头单位').fill('县林业局');
  await screenshots(page, 'drills-campaign-form');
  await page.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();

  let board = await campaignBoard(page);
  for (const text of [
    '县防指〔2026〕7号',
    '县防汛抗旱指挥部',
    '2099-06-20',
    '自然灾害',
    '李志强',
    '县水利局',
    '森林防灭火',
    '赵国庆',
  ])
    await expect(board).toContainText(text);
  await expect(board).not.toContainText('公共卫生');

  // Changed later: the lead of 森林防灭火 is someone else now.
  await board.getByRole('button', { name: '修改工作方案' }).click();
  await expect(dialog.getByLabel('工作方案名称')).toHaveValue(CAMPAIGN);
  await rows.nth(1).getByLabel('牵头领导').fill('周明');
  await page.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();
  board = await campaignBoard(page);
  await expect(board).toContainText('周明');
  await expect(board).not.toContainText('赵国庆');

  // A drill under it, the plan it tests picked by its name from the register.
  await page.getByRole('button', { name: '登记演练' }).click();
  await dialog.getByLabel('演练名称').fill(DRILL);
  await pickOption(page, selectOf(dialog, '通知方式'), '预先通知');
  await pickOption(page, selectOf(dialog, '所属工作方案和领域'), '自然灾害 · 李志强');
  // Twenty-odd plans: typed words narrow the list to the one meant.
  await selectOf(dialog, '检验的预案').click();
  await page.keyboard.type('防汛');
  await pickOption(page, selectOf(dialog, '检验的预案'), PLAN);
  await dialog.getByLabel('地点').fill('白沙镇石坝村');
  await dialog.getByRole('button', { name: '添加注入' }).click();
  await dialog.getByPlaceholder('注入内容，如：某镇报告山洪围困群众').fill(INJECT);
  await screenshots(page, 'drills-drill-form-plans');
  await page.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();
  await expect(board).toContainText('合计');

  // Started, the minute-0 inject goes out by itself: no one presses 发出.
  const row = page.getByRole('row', { name: new RegExp(DRILL) });
  await row.getByRole('button', { name: '开始演练' }).click();
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /确\s*定/ })
    .click();
  await expect(row.getByTestId('drill-state')).toHaveText('进行中');
  await row.getByRole('button', { name: '查看' }).click();
  const panel = page.getByRole('dialog');
  await expect(panel.getByTestId('drill-plans')).toHaveText(PLAN);
  await expect(panel.getByTestId('inject-sent')).toContainText('按时自动发出', { timeout: 30_000 });
  await expect(panel.getByTestId('drill-timeline')).toContainText(`情景注入：${INJECT}`);
  await expect(panel.getByTestId('drill-timeline')).toContainText('按时自动发出');
  await screenshots(page, 'drills-auto-inject');

  // An evaluator records what they see from the drill's own page, as it runs.
  const observations = panel.getByTestId('observations');
  await observations.getByLabel('观察到的情况').fill(`值班员 2 分钟内接报并电话核实 ${mark}`);
  await observations.getByRole('button', { name: /记\s*录/ }).click();
  await expect(observations).toContainText(`值班员 2 分钟内接报并电话核实 ${mark}`);
  await expect(observations).toContainText(CONTROLLER);
});

test('the campaign 总结报告 has one heading for the findings and a section per domain', async ({ page }) => {
  await signedIn(page, host, '#/drills', CONTROLLER, pinOf(CONTROLLER));
  const campaigns = await callAs<{ campaigns: { id: string; title: string; domains: unknown[] }[] }>(
    page,
    'drills.campaigns',
    {},
  );
  const demo = campaigns.campaigns.find((c) => c.domains.length === 5)!;
  await page.goto(`${host.url}/#/print/campaignSummary/${demo.id}`);
  await expect(page.getByTestId('summary-sheet').first()).toContainText('演练总结报告');
  await expect(page.locator('body[data-print-ready="1"]')).toHaveCount(1);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duty-room-pdf-'));
  const pdf = path.join(dir, 'summary.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
  const text = execFileSync('pdftotext', [pdf, '-']).toString('utf8').replace(/\s+/g, '');
  const count = (needle: string) => text.split(needle).length - 1;
  expect(count('二、各领域发现的主要问题与经验建议')).toBe(1);
  for (const [i, domain] of ['公共卫生', '自然灾害', '安全生产', '社会安全', '网络安全'].entries())
    expect(count(`（${'一二三四五'[i]}）${domain}`)).toBe(1);
  // Each domain's two parts are named inside its section, not as report headings.
  expect(count('二、发现的主要问题')).toBe(0);
  expect(count('三、经验与建议')).toBe(0);
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '70', pdf, path.join(SCREENSHOT_DIR, 'drills-summary-print')]);
});
