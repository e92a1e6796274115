import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import {
  callAs,
  e2eNow,
  expect,
  pickOption,
  SCREENSHOT_DIR,
  screenshots,
  signedIn,
  test,
  useHost,
} from './fixtures';

/**
 * 考核 on the demo county: last month's scores per subject from the record, a leader's
 * finding among its named problems, and last month's 通报 drafted, issued (frozen) and
 * printed on A4 — the PDF holds the indicator table and the named problem.
 */
test.describe.configure({ mode: 'serial' });

const host = useHost({ demo: true });

/** Last month in Beijing time, as the page's period picker offers it by default. */
function lastMonth(): { key: string; label: string; mid: string; lastDay: string } {
  const bj = new Date(e2eNow() + 8 * 3600_000);
  const y = bj.getUTCMonth() === 0 ? bj.getUTCFullYear() - 1 : bj.getUTCFullYear();
  const m = bj.getUTCMonth() === 0 ? 12 : bj.getUTCMonth();
  const mm = String(m).padStart(2, '0');
  const lastDay = String(new Date(Date.UTC(y, m, 0)).getUTCDate());
  return { key: `${y}-${mm}`, label: `${y}年${m}月`, mid: `${y}-${mm}-15T02:00:00.000Z`, lastDay };
}

test('last month is scored, a finding is named, and its 通报 is issued and printed', async ({ page }) => {
  test.setTimeout(180_000);
  const month = lastMonth();
  await signedIn(page, host, '#/assessment', '王建国', '1001');
  await expect(page.getByTestId('assessment-period')).toContainText(month.label);
  const scores = page.getByTestId('assessment-scores');
  await expect(scores).toContainText('县应急值班室');
  await expect(scores).toContainText('值班值守（25）');
  await expect(page.getByTestId('assessment-overview')).toContainText('接报事件');

  // A finding the leader records: the town did not report an incident of last month itself.
  const towns = await callAs<{ code: string; name: string }[]>(page, 'geo.towns', {});
  const town = towns[0]!;
  const evidence = `市局通报：${town.name}未按规定上报（${month.label}）`;
  await page.getByRole('tab', { name: '问题认定' }).click();
  await page.getByTestId('finding-add').click();
  const form = page.getByRole('dialog', { name: /问题认定/ });
  // 漏报 by a town is what the dialog offers first.
  await expect(form.getByTestId('finding-form')).toContainText('漏报');
  await pickOption(page, form.getByTestId('finding-town'), town.name);
  await form.getByLabel('发生时间').fill(`${month.key}-15 10:00`);
  await form.getByLabel('认定依据').fill(evidence);
  // Saved without the record it rests on: refused on the field, in words, not by its code name.
  await form.getByRole('button', { name: /保\s*存/ }).click();
  await expect(form).toContainText('问题认定须关联所依据的事件或值班记录');
  await expect(form).not.toContainText('incidentId');
  const [lastOfMonth] = (
    await callAs<{ items: { number: string; title: string }[] }>(page, 'incidents.list', {
      from: `${month.key}-01T00:00:00.000+08:00`,
      to: `${month.key}-${month.lastDay}T23:59:59.000+08:00`,
      limit: 1,
    })
  ).items;
  await form.getByTestId('finding-incident').click();
  await page.keyboard.type(lastOfMonth!.number);
  await page.getByTitle(`${lastOfMonth!.number} ${lastOfMonth!.title}`, { exact: true }).click();
  await form.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('已录入问题认定')).toBeVisible();
  await expect(page.getByTestId('findings-table')).toContainText(evidence);
  await expect(page.getByTestId('findings-table')).toContainText('王建国');
  await expect(page.getByTestId('findings-table')).toContainText(lastOfMonth!.number);

  await page.getByRole('tab', { name: '考核结果' }).click();
  const problems = page.getByTestId('assessment-problems');
  await expect(scores).toContainText(town.name);
  await page.getByTestId('assessment-scores').locator('tr', { hasText: town.name }).first().click();
  await expect(problems).toContainText(evidence);
  await expect(problems).toContainText('漏报');
  await screenshots(page, 'assessment-results');

  // The 通报: drafted with its free texts, issued by the leader, then printed.
  await page.getByRole('tab', { name: '通报' }).click();
  await page.getByTestId('bulletin-add').click();
  const dialog = page.getByRole('dialog', { name: '通报草稿' });
  await expect(dialog.getByTestId('assessment-period')).toContainText(month.label);
  await dialog.getByLabel('好的做法').fill('城关镇预警叫应及时，回执全部在 30 分钟内反馈。');
  await dialog.getByLabel('工作要求').fill('严格落实 24 小时值班和领导带班制度，杜绝迟报漏报。');
  await dialog.getByRole('button', { name: /保存草稿/ }).click();
  await expect(page.getByText('草稿已保存')).toBeVisible();
  const row = page.getByTestId('bulletins-table').locator('tr', { hasText: month.label });
  await expect(row).toContainText('草稿');
  await row.getByTestId('bulletin-issue').click();
  await page.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(page.getByText(/已签发 \d{4}-\d+/)).toBeVisible();
  await expect(row).toContainText('已签发');
  await expect(row).toContainText('王建国');

  // The issued 通报 as a spreadsheet: its indicator table and the named problem.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    row.getByRole('button', { name: '导出 Excel' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  const bytes = fs.readFileSync(await download.path());
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const cells = wb.worksheets.flatMap((ws) => {
    const out: string[] = [];
    ws.eachRow((r) => r.eachCell((c) => out.push(String(c.text))));
    return out;
  });
  for (const s of ['县应急值班室', town.name, evidence])
    expect(
      cells.some((c) => c.includes(s)),
      s,
    ).toBe(true);

  await row.getByTestId('bulletin-print').click();
  const sheet = page.getByTestId('bulletin-sheet');
  await expect(sheet).toContainText('应急值守工作考核通报');
  await expect(page.locator('body[data-print-ready="1"]')).toHaveCount(1);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const pdf = path.join(SCREENSHOT_DIR, 'assessment-bulletin.pdf');
  await page.emulateMedia({ media: 'print' });
  // A date or time in a named problem is never broken over two lines (2026-11- / 01 08:30).
  const dates = await sheet
    .locator('span[style*="nowrap"]')
    .evaluateAll((els) => els.map((e) => [e.textContent, e.getClientRects().length] as const));
  // (The sheet's measuring copy is not laid out: no boxes.)
  const shown = dates.filter(([, lines]) => lines > 0);
  expect(shown.length).toBeGreaterThan(0);
  for (const [d, lines] of shown) expect([d, lines]).toEqual([expect.stringMatching(/^\d{4}-\d{2}-\d{2}/), 1]);
  await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
  execFileSync('pdftoppm', ['-png', '-r', '70', pdf, path.join(SCREENSHOT_DIR, 'assessment-bulletin')]);
  const text = execFileSync('pdftotext', [pdf, '-']).toString('utf8').replace(/\s+/g, '');
  for (const s of [
    '应急值守工作考核通报',
    '一、总体情况',
    '二、考核得分',
    '被考核单位',
    '值班值守（25）',
    '信息报告（40）',
    '县应急值班室',
    town.name,
    '三、存在问题',
    '漏报',
    evidence,
    '四、好的做法',
    '城关镇预警叫应及时',
    '五、工作要求',
    '签发人',
    '王建国',
  ])
    expect(text).toContain(s.replace(/\s+/g, ''));
  expect(text).not.toContain('assessment');
  expect(text).not.toContain('bulletins.');
});
