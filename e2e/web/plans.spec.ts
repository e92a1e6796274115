import fs from 'node:fs';
import path from 'node:path';
import { localDate } from '../../src/common/time/zone';
import { addWorkingDays, workingDaysBetween } from '../../src/common/workdays';
import { DEFAULT_PLAN_SETTINGS } from '../../src/core/plans/settings';
import {
  SCREENSHOT_DIR,
  call,
  callAs,
  e2eNow,
  expect,
  newIncident,
  screenshots,
  signInToken,
  signedIn,
  test,
  useHost,
} from './fixtures';

/**
 * The plans register as the duty officer keeps it: a plan registered, a version with
 * its 文号 and response levels, moved to 印发 today, the 备案 countdown in working days,
 * and the plan text uploaded as a PDF and opened again from the app.
 */
test.describe.configure({ mode: 'serial' });

const host = useHost({ demo: true });

/** A small but real PDF: one page that says 示范. */
function pdfBytes(): Buffer {
  const body = [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
  ].join('\n');
  return Buffer.from(body, 'latin1');
}

test('register a plan, its version and response levels, issue it, see the 备案 countdown, upload and open the PDF', async ({
  page,
}) => {
  const today = localDate(new Date(e2eNow()), 'Asia/Shanghai');
  const cal = DEFAULT_PLAN_SETTINGS;
  const due = addWorkingDays(today, cal.filingWorkingDays, cal);
  const left = workingDaysBetween(today, due, cal);

  await signedIn(page, host, '#/plans', '张伟', '3001');
  await expect(page.getByRole('menuitem', { name: /应急预案/ })).toBeVisible();
  await page.getByRole('button', { name: '登记预案' }).click();
  const dlg = page.getByRole('dialog', { name: '登记应急预案' });
  await dlg.getByLabel('预案名称').fill('示范县城市内涝应急预案');
  await dlg.getByLabel('灾种').fill('城市内涝');
  await dlg.getByLabel('编制单位').fill('县住房和城乡建设局');
  await dlg.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dlg).toBeHidden();

  await page.getByTestId('plan-search').locator('input').fill('城市内涝');
  await page.getByTestId('plan-search').locator('input').press('Enter');
  const row = page.getByTestId('plans-table').locator('tbody tr', { hasText: '示范县城市内涝应急预案' });
  await expect(row).toContainText('专项应急预案');
  await expect(row).toContainText('未登记版本');
  await row.getByRole('link', { name: '示范县城市内涝应急预案' }).click();

  const detail = page.getByTestId('plan-detail');
  await expect(detail).toContainText('还没有登记版本');
  await page.getByRole('button', { name: '新增版本' }).click();
  const vd = page.getByRole('dialog', { name: '新增预案版本' });
  await vd.getByLabel('版本').fill('2026年版');
  await vd.getByLabel('文号').fill('示政办发〔2026〕88号');
  await vd.getByLabel('印发机关').fill('示范县人民政府办公室');
  await vd.getByRole('button', { name: '添加响应级别' }).click();
  await vd.getByLabel('启动条件').fill('城区1小时降雨量超过50毫米');
  await vd.getByLabel('主要措施').fill('住建局启动Ⅳ级响应，排涝队伍到岗');
  await vd.getByRole('button', { name: /保\s*存/ }).click();
  await expect(vd).toBeHidden();

  const version = page.getByTestId('plan-version').first();
  await expect(version).toContainText('编制');
  await expect(version).toContainText('示政办发〔2026〕88号');
  await expect(version).toContainText('住建局启动Ⅳ级响应，排涝队伍到岗');

  // 印发 today: the 备案 clock starts, counted in working days.
  await version.getByRole('button', { name: '推进状态' }).click();
  const sd = page.getByRole('dialog', { name: /推进版本状态/ });
  // The list closes on the pick before 保存 is pressed (on a busy PC an open one, its pick
  // not taken, covered the button).
  const to = sd.locator('.ant-select:has(#plan-status-to)');
  const open = page.locator('.ant-select-dropdown:visible');
  await expect(async () => {
    if ((await open.count()) === 0) await sd.getByLabel('推进到').click();
    await open.locator('.ant-select-item-option', { hasText: /^印发$/ }).click({ timeout: 2_000 });
    await expect(open).toHaveCount(0, { timeout: 1_000 });
    await expect(to).toContainText('印发', { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await sd.getByRole('button', { name: /保\s*存/ }).click();
  await expect(sd).toBeHidden();
  await expect(version).toContainText('印发');
  const filing = page.getByTestId('plan-filing').locator('[data-due]');
  await expect(filing).toHaveAttribute('data-due', due);
  await expect(filing).toHaveText(left === 0 ? '今天到期' : `剩 ${left} 个工作日`);

  // The plan text as a PDF, uploaded and opened again.
  const pdf = pdfBytes();
  await version.locator('input[type=file]').setInputFiles({
    name: '城市内涝应急预案.pdf',
    mimeType: 'application/pdf',
    buffer: pdf,
  });
  const file = version.getByTestId('plan-file');
  await expect(file).toContainText('城市内涝应急预案.pdf');
  const [download] = await Promise.all([page.waitForEvent('download'), file.click()]);
  expect(download.suggestedFilename()).toBe('城市内涝应急预案.pdf');
  const saved = path.join(SCREENSHOT_DIR, 'downloaded-plan.pdf');
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await download.saveAs(saved);
  expect(fs.readFileSync(saved).equals(pdf)).toBe(true);

  // A page of HTML named .pdf is refused in Chinese and the document stays.
  await version.locator('input[type=file]').setInputFiles({
    name: '假文件.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('<html><script>alert(1)</script>'),
  });
  await expect(page.getByText('只能上传 PDF 或 DOCX 文件（.pdf、.docx）')).toBeVisible();
  await expect(file).toContainText('城市内涝应急预案.pdf');

  await screenshots(page, 'plan-detail');
  await page.getByRole('button', { name: '返回预案列表' }).click();
  await expect(row).toContainText(`剩 ${left} 个工作日`);
  await screenshots(page, 'plans-register');
});

test('启动 a response on an incident under a plan, 调整 it, and see 响应中 on the incident, the desk and the wall', async ({
  page,
  browser,
}) => {
  await signedIn(page, host, '#/', '陈立新', '2001');
  const { incident } = await callAs<{ incident: { id: string } }>(
    page,
    'incidents.create',
    newIncident({ title: '白沙镇柳溪河段洪水漫堤', category: 'natural', subtype: 'flood', grade: 'III' }),
  );
  await page.goto(`${host.url}/#/logs/incident/${incident.id}`);
  await page.getByTestId('response-button').click();
  const dlg = page.getByRole('dialog', { name: /应急响应/ });
  await dlg.getByLabel('依据预案').click();
  await page.keyboard.type('防汛抗旱');
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', {
      hasText: '青岚示范县防汛抗旱应急预案',
    })
    .click();
  // The flood plan's version in force defines all four levels.
  await dlg.locator('label', { hasText: 'Ⅳ级响应' }).click();
  await dlg.getByLabel('决定人').fill('县政府王副县长');
  await dlg.getByLabel('文件').fill('青防指〔2026〕9号');
  await dlg.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dlg).toBeHidden();
  const tag = page.getByTestId('incident-detail').getByTestId('response-tag');
  await expect(tag).toHaveText('Ⅳ级响应中');
  const detail = page.getByTestId('incident-detail');
  await expect(detail).toContainText(
    '操作启动依据预案青岚示范县防汛抗旱应急预案响应级别Ⅳ级响应决定人县政府王副县长文件青防指〔2026〕9号',
  );
  await expect(detail).not.toContainText('planId');

  // Raised to Ⅲ级: the tag follows; starting a second one is not offered.
  await page.getByTestId('response-button').click();
  const dlg2 = page.getByRole('dialog', { name: /应急响应/ });
  await expect(dlg2.getByTestId('response-running')).toHaveText(
    '当前：Ⅳ级响应（青岚示范县防汛抗旱应急预案）',
  );
  await expect(dlg2.getByRole('radio', { name: '启动' })).toHaveCount(0);
  await dlg2.locator('label', { hasText: 'Ⅲ级响应' }).click();
  await dlg2.getByLabel('决定人').fill('县长');
  await dlg2.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dlg2).toBeHidden();
  await expect(tag).toHaveText('Ⅲ级响应中');
  await screenshots(page, 'incident-response');

  // The desk lists it with its tag.
  await page.goto(`${host.url}/#/dashboard`);
  await expect(
    page
      .getByTestId('desk-open-item')
      .filter({ hasText: '白沙镇柳溪河段洪水漫堤' })
      .getByTestId('response-tag'),
  ).toHaveText('Ⅲ级响应中');

  // The wall shows 响应中 on the incident's row, at 1920x1080 and 4K.
  const admin = await signInToken(host);
  const { token } = await call<{ token: string }>(
    host,
    'wallTokens.create',
    { label: '预案响应测试' },
    admin,
  );
  const wallCtx = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1920, height: 1080 },
  });
  const wall = await wallCtx.newPage();
  await wall.goto(`${host.url}/#/wall?token=${token}`);
  const row = wall.getByTestId('wall-incident').filter({ hasText: '白沙镇柳溪河段洪水漫堤' });
  await expect(row.getByTestId('wall-response')).toHaveText('Ⅲ级响应中');
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await wall.screenshot({ path: path.join(SCREENSHOT_DIR, 'wall-response-1920x1080.png') });
  await wall.setViewportSize({ width: 3840, height: 2160 });
  await expect(row.getByTestId('wall-response')).toBeVisible();
  await wall.screenshot({ path: path.join(SCREENSHOT_DIR, 'wall-response-3840x2160.png') });
  await wallCtx.close();
});
