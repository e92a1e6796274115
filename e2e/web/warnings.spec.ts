import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { ContactView } from '../../src/common/contract/contacts';
import { suggestedRecipients } from '../../src/common/domain/warnings';
import {
  call,
  callAs,
  e2eNow,
  expect,
  newWallToken,
  openWall,
  pickOption,
  saveDialog,
  SCREENSHOT_DIR,
  screenshots,
  signedIn,
  signInToken,
  test,
  useHost,
  WALL_SIZES,
} from './fixtures';

/**
 * 预警叫应 on the demo county, as the shift chief works it: an orange 暴雨 warning for
 * three towns logged by keyboard, forwarded to their duty lines (sent 28 minutes before it
 * was logged here), two towns answer; when the clocks pass the 30 minutes, the third is
 * escalated by the rule to its 党委书记 (自动升级) and shows on the wall and the desk, and
 * its own late answer is kept as late.
 */
test.describe.configure({ mode: 'serial' });

const host = useHost({ demo: true });

/** HH:MM in Beijing time, `msAgo` before the run's now (what the room types). */
function beijingHm(msAgo: number): string {
  return new Date(e2eNow() - msAgo + 8 * 3_600_000).toISOString().slice(11, 16);
}

async function acknowledge(page: Page, row: Locator, by: string): Promise<void> {
  await row.getByTestId('recipient-acknowledge').click();
  const dialog = page.getByRole('dialog', { name: /登记回执/ });
  await dialog.getByTestId('ack-by').fill(by);
  await dialog.getByTestId('ack-by').press('Control+Enter');
  await expect(dialog).toBeHidden();
}

test('an orange warning: forwarded to three towns, two answer, the third escalates by itself after 30 minutes and answers late', async ({
  page,
}) => {
  // Many steps through the UI, and the host's own clock has to pass the half hour (it cannot be
  // moved like the page's): up to about two minutes of waiting on a machine shared with builds.
  test.setTimeout(300_000);
  const towns = (
    await call<{ code: string; name: string }[]>(host, 'geo.towns', {}, await signInToken(host))
  ).slice(0, 3);
  await signedIn(page, host, '#/warnings', '陈立新', '2001');
  await page.getByTestId('warning-receive').click();
  const dialog = page.getByRole('dialog', { name: '登记收到的预警信息' });
  await pickOption(page, dialog.getByTestId('warning-level'), 'Ⅱ级 橙色');
  await pickOption(page, dialog.getByTestId('warning-hazard'), '暴雨');
  await dialog.getByLabel('发布单位', { exact: true }).fill('县气象台');
  for (const t of towns) await pickOption(page, dialog.getByTestId('warning-towns'), t.name);
  await dialog.getByLabel('预警内容').fill('预计未来6小时降雨量将达50毫米以上。');
  await dialog.getByLabel('接收时间').fill(beijingHm(29 * 60_000));
  await dialog.getByLabel('预警内容').press('Control+Enter');
  await expect(page.getByTestId('warning-headline')).toHaveText('县气象台发布暴雨橙色预警');
  await expect(page.getByTestId('warning-state')).toHaveText('已接收');

  // Forward: the towns' duty lines come pre-selected; the departments are left out this time.
  // Sent (by fax, before it was logged here) 28¼ minutes ago, to the minute typed: the half
  // hour ends 45 to 105 seconds from now, for the host and the page alike.
  await page.getByTestId('warning-forward').click();
  const fwd = page.getByRole('dialog', { name: /转发预警/ });
  const picks = fwd.getByTestId('forward-recipients');
  for (const t of towns)
    await expect(
      picks.getByRole('checkbox', { name: new RegExp(`^${t.name}人民政府 应急值班室`) }),
    ).toBeChecked();
  for (const dept of ['县水利局', '县自然资源局'])
    await picks.getByRole('checkbox', { name: new RegExp(`^${dept}`) }).uncheck();
  await fwd.getByLabel('发出时间').fill(beijingHm(28 * 60_000 + 15_000));
  await fwd.getByRole('button', { name: '转发' }).click();
  await expect(fwd).toBeHidden();
  const table = page.getByTestId('warning-recipients');
  const row = (town: string) => table.locator(`tr[data-recipient="${town}人民政府 应急值班室"]`);
  for (const t of towns) await expect(row(t.name)).toBeVisible();
  await expect(page.getByTestId('warning-state')).toHaveText('叫应中');

  await acknowledge(page, row(towns[0]!.name), '值班员甲');
  await acknowledge(page, row(towns[1]!.name), '值班员乙');
  await expect(row(towns[0]!.name).getByTestId('recipient-ack')).toContainText('值班员甲');
  // One answer never marks another: the third still counts down.
  const third = row(towns[2]!.name);
  await expect(third.getByTestId('recipient-ack-due')).toContainText('剩余');
  await expect(third.getByTestId('recipient-ack')).toHaveCount(0);

  // The clocks pass 30 minutes since sending: nobody presses anything, the warning climbs
  // the silent town's ladder by the rule to its 党委书记, once, recorded as 自动升级.
  const head = `${towns[2]!.name}人民政府 ${towns[2]!.name.slice(0, 1)}书记`;
  await expect(third.getByTestId('recipient-escalated')).toHaveText(`已自动升级至 ${head}`, {
    timeout: 150_000,
  });
  const headRow = table.locator(`tr[data-recipient="${head}"]`);
  await expect(headRow.getByTestId('recipient-escalated-from')).toContainText(
    `自动升级（${towns[2]!.name}人民政府 应急值班室 超时未回执）`,
  );
  await expect(table.locator('tr[data-recipient]')).toHaveCount(4);
  await expect(third.getByTestId('recipient-ack-due')).toHaveCount(0);
  await expect(third.getByTestId('recipient-escalate')).toHaveCount(0);
  await screenshots(page, 'warning-auto-escalated');

  // The wall names the silent town and whom it climbed to, red, on the same clock.
  const wallToken = await newWallToken(host, '预警测试大屏', await signInToken(host));
  const wall = await page.context().newPage();
  for (const { width, height } of WALL_SIZES) {
    await openWall(wall, host, wallToken, { width, height });
    const panel = wall.getByTestId('wall-warnings');
    // Its row, by the silent town (beside it the title counts its three towns when they do not fit).
    const mine = panel
      .getByTestId('wall-warning')
      .filter({ has: wall.getByTestId('wall-warning-silent').filter({ hasText: towns[2]!.name }) });
    await expect(mine).toHaveAttribute('data-late', 'true');
    await expect(mine.getByTestId('wall-warning-silent')).toHaveText(`超时未回执：${towns[2]!.name}`);
    await expect(mine.getByTestId('wall-warning-escalated')).toHaveText(
      `已升级叫应：${towns[2]!.name.slice(0, 1)}书记`,
    );
    await expect(mine.getByTestId('wall-warning-acks')).toContainText('2/3');
    await wall.screenshot({ path: `${SCREENSHOT_DIR}/wall-warnings-${width}x${height}.png` });
  }
  await wall.close();

  // The desk (dashboard) says the same at a laptop's size.
  const warningUrl = page.url();
  const size = page.viewportSize();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${host.url}/#/dashboard`);
  await expect(
    page.getByTestId('desk-warning-escalated').filter({ hasText: `已自动升级至 ${head}` }),
  ).toContainText(`${towns[2]!.name}人民政府 应急值班室 超时未回执`);
  await page.getByTestId('card-warnings').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: `${SCREENSHOT_DIR}/dashboard-warnings-escalated-1366x768.png` });
  if (size) await page.setViewportSize(size);
  await page.goto(warningUrl);

  // The silent one's own answer comes in at last: recorded as late; the others' are not.
  await acknowledge(page, third, '值班员丙');
  await expect(third.getByTestId('ack-late')).toHaveText('超时回执');
  await expect(row(towns[0]!.name).getByTestId('ack-late')).toHaveCount(0);
  await expect(row(towns[1]!.name).getByTestId('ack-late')).toHaveCount(0);
  await screenshots(page, 'warning-recipients');
});

test("记录叫应: a call not answered, then one answered, each in the recipient's call log; a call is not its 回执", async ({
  page,
}) => {
  const token = await signInToken(host);
  const town = (await call<{ code: string; name: string }[]>(host, 'geo.towns', {}, token))[6]!;
  const contacts = await call<ContactView[]>(host, 'contacts.list', {}, token);
  const [line] = suggestedRecipients(contacts, [town.code]).filter((c) => c.townCode);
  const { warning } = await call<{ warning: { id: string } }>(
    host,
    'warnings.receive',
    {
      clientKey: 'k_e2e_call_log_warning',
      source: 'weather',
      issuer: '县气象台',
      issuerRef: '',
      hazard: 'rainstorm',
      level: 'II',
      headline: '县气象台发布暴雨橙色预警（叫应记录）',
      body: '',
      towns: [town.code],
      polygon: null,
      effectiveAt: null,
      onsetAt: null,
      expiresAt: null,
      receivedAt: new Date(e2eNow() - 3 * 60_000).toISOString(),
      channel: 'system',
    },
    token,
  );
  // Sent 2 minutes ago: an orange warning's phone 叫应 is due within 5.
  await call(
    host,
    'warnings.forward',
    {
      id: warning.id,
      recipients: [{ contactId: line!.id, channel: 'phone' }],
      sentAt: new Date(e2eNow() - 2 * 60_000).toISOString(),
    },
    token,
  );
  await signedIn(page, host, `#/warnings/${warning.id}`, '陈立新', '2001');
  const row = page
    .getByTestId('warning-recipients')
    .locator(`tr[data-recipient="${town.name}人民政府 应急值班室"]`);
  await expect(row.getByTestId('recipient-call')).toContainText('剩余');
  const logCall = async () => {
    await row.getByRole('button', { name: '记录叫应' }).click();
    const dialog = page.getByRole('dialog', { name: `记录叫应电话：${town.name}人民政府 应急值班室` });
    await expect(dialog).toBeVisible();
    return dialog;
  };

  // First the line rings out. A time that does not read is refused where it was typed, and nothing is kept.
  let dialog = await logCall();
  await dialog.locator('label', { hasText: '未接通' }).click();
  await expect(dialog.getByRole('radio', { name: '未接通' })).toBeChecked();
  await dialog.getByLabel('通话时间').fill('25:99');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog.getByText('时间格式不正确，如 10:05 或 07-02 10:05')).toBeVisible();
  await expect(row.getByTestId('call-log')).toHaveCount(0);
  await dialog.getByLabel('通话时间').fill(beijingHm(60_000));
  await saveDialog(dialog);
  await expect(page.getByText('已记录叫应')).toBeVisible();
  await expect(row.getByTestId('call-log').locator('li')).toHaveCount(1);
  await expect(row.getByTestId('call-log')).toContainText('陈立新 拨打，未接通');
  await expect(row.getByTestId('recipient-call')).toContainText('未接通 1 次');
  await expect(row.getByTestId('recipient-call-answered')).toHaveCount(0);

  // Then someone picks up: who answered is kept, and the call was within the 5 minutes.
  dialog = await logCall();
  await expect(dialog.getByRole('radio', { name: '已接通' })).toBeChecked();
  await dialog.getByLabel('接听人').fill('值班员丁');
  await dialog.getByLabel('备注').fill('已转告镇长');
  await saveDialog(dialog);
  const log = row.getByTestId('call-log').locator('li');
  await expect(log).toHaveCount(2);
  await expect(log.nth(1)).toContainText('陈立新 拨打，已接通 值班员丁');
  await expect(log.nth(1).getByTestId('call-note')).toHaveText('已转告镇长');
  await expect(log.nth(0).getByTestId('call-note')).toHaveCount(0);
  await expect(row.getByTestId('recipient-call-answered')).toContainText('已接通（值班员丁）');
  await expect(row.getByTestId('recipient-call')).not.toContainText('叫应超时');
  // A call answered is not the town's 回执: that is still owed, and still asked for.
  await expect(row.getByTestId('recipient-ack')).toHaveCount(0);
  await expect(row.getByTestId('recipient-acknowledge')).toBeVisible();
  // Its 回执 comes by fax, with a word from the town: kept and shown with it.
  await row.getByTestId('recipient-acknowledge').click();
  const ack = page.getByRole('dialog', { name: /登记回执/ });
  await ack.getByTestId('ack-by').fill('龙镇长');
  await ack.getByLabel('备注').fill('已安排地灾点巡查');
  await saveDialog(ack);
  await expect(row.getByTestId('recipient-ack')).toContainText('龙镇长');
  await expect(row.getByTestId('recipient-ack-note')).toHaveText('已安排地灾点巡查');
  await screenshots(page, 'warning-call-log');
});

test('the demo’s flood week shows its escalated town and its call log', async ({ page }) => {
  await signedIn(page, host, '#/warnings', '陈立新', '2001');
  await page.getByText('全部预警').click();
  await page.getByRole('link', { name: '县气象台发布暴雨橙色预警信号' }).click();
  await expect(page.getByTestId('warning-state')).toHaveText('已解除');
  const logs = page.getByTestId('call-log');
  await expect(logs.first()).toBeVisible();
  await expect(page.getByTestId('warning-recipients')).toContainText('未接通 2 次');
  await expect(page.getByTestId('ack-late')).toHaveCount(1);
  await screenshots(page, 'warning-demo-orange');
});

test('a warning exported as CAP 1.2 imports back as the same warning, and a repeat is refused', async ({
  page,
}) => {
  const token = await signInToken(host);
  const towns = (await call<{ code: string; name: string }[]>(host, 'geo.towns', {}, token)).slice(3, 5);
  const { warning } = await call<{ warning: { id: string } }>(
    host,
    'warnings.receive',
    {
      clientKey: 'k_e2e_cap_warning',
      source: 'weather',
      issuer: '县气象台',
      issuerRef: '县气预〔2026〕40号',
      hazard: 'gale',
      level: 'III',
      headline: '县气象台发布大风黄色预警信号',
      body: '预计阵风 8 级以上，请加固户外设施 & 注意安全。',
      towns: towns.map((t) => t.code),
      polygon: null,
      effectiveAt: null,
      onsetAt: null,
      expiresAt: null,
      receivedAt: new Date(e2eNow() - 60_000).toISOString(),
      channel: 'fax',
    },
    token,
  );
  await signedIn(page, host, `#/warnings/${warning.id}`, '陈立新', '2001');
  await expect(page.getByTestId('warning-headline')).toHaveText('县气象台发布大风黄色预警信号');

  // 导出 CAP: a CAP 1.2 alert under a GB/T 35965.1 identifier.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('cap-export').click(),
  ]);
  const xml = fs.readFileSync(await download.path(), 'utf8');
  expect(xml).toContain('<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">');
  const identifier = /<identifier>(.*)<\/identifier>/.exec(xml)![1]!;
  expect(download.suggestedFilename()).toBe(`${identifier}.xml`);
  expect(identifier).toMatch(/^\d{14}_\d{14}_\d+$/);

  // Imported again as another issue of it (its own identifier): the same warning's fields.
  const again = Buffer.from(xml.replace(identifier, identifier.replace(/_\d+$/, '_9')));
  await page.goto(`${host.url}/#/warnings`);
  await page
    .getByTestId('cap-import-file')
    .setInputFiles({ name: 'alert.xml', mimeType: 'application/xml', buffer: again });
  await expect(page.getByTestId('warning-headline')).toHaveText('县气象台发布大风黄色预警信号');
  await expect(page.getByText('县气预〔2026〕40号')).toBeVisible();
  await expect(page.getByText(towns.map((t) => t.name).join('、'))).toBeVisible();
  await expect(page.getByText('CAP 文件')).toBeVisible();
  // The same file again is refused, plainly.
  await page.goto(`${host.url}/#/warnings`);
  await page
    .getByTestId('cap-import-file')
    .setInputFiles({ name: 'alert.xml', mimeType: 'application/xml', buffer: again });
  await expect(page.getByText('此预警已导入')).toBeVisible();
});

test('a red warning starts a warning response under a plan: on the page, the list, the handover sheet and the wall; lifted, it asks to be ended', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const token = await signInToken(host);
  const towns = (await call<{ code: string; name: string }[]>(host, 'geo.towns', {}, token)).slice(3, 5);
  const headline = '县气象台发布暴雨红色预警信号（预警响应）';
  const { warning } = await call<{ warning: { id: string } }>(
    host,
    'warnings.receive',
    {
      clientKey: 'k_e2e_response_warning',
      source: 'weather',
      issuer: '县气象台',
      issuerRef: '',
      hazard: 'rainstorm',
      level: 'I',
      headline,
      body: '预计未来3小时降雨量将达100毫米以上。',
      towns: towns.map((t) => t.code),
      polygon: null,
      effectiveAt: null,
      onsetAt: null,
      expiresAt: null,
      receivedAt: new Date(e2eNow() - 5 * 60_000).toISOString(),
      channel: 'system',
    },
    token,
  );
  await signedIn(page, host, `#/warnings/${warning.id}`, '陈立新', '2001');
  const card = page.getByTestId('warning-response');
  await expect(card).toContainText('未启动预警响应');

  // 启动: under the flood plan, at a level its version in force defines.
  await page.getByTestId('warning-response-start').click();
  const dlg = page.getByRole('dialog', { name: /预警响应/ });
  await expect(dlg.getByRole('radio', { name: '调整' })).toHaveCount(0);
  await dlg.getByLabel('依据预案').click();
  await page.keyboard.type('防汛抗旱');
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', {
      hasText: '青岚示范县防汛抗旱应急预案',
    })
    .click();
  await dlg.locator('label', { hasText: 'Ⅲ级响应' }).click();
  await dlg.getByLabel('决定人').fill('县防指王副县长');
  await dlg.getByLabel('文件').fill('青防指〔2026〕12号');
  await dlg.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dlg).toBeHidden();
  await expect(page.getByTestId('warning-response-level')).toHaveText('Ⅲ级响应中');
  for (const text of ['青岚示范县防汛抗旱应急预案', '县防指王副县长', '青防指〔2026〕12号'])
    await expect(card).toContainText(text);
  await expect(card.getByTestId('warning-response-steps')).toContainText('启动Ⅲ级响应');
  await screenshots(page, 'warning-response');

  // The register lists it with its response.
  await page.goto(`${host.url}/#/warnings`);
  const listed = page
    .getByTestId('warnings-table')
    .getByRole('row', { name: new RegExp(headline.slice(0, 12)) });
  await expect(listed.getByTestId('warning-response-tag')).toContainText('Ⅲ级响应中');

  // The handover sheet's 正在实施的应急响应, on screen and on paper.
  await page.goto(`${host.url}/#/roster/handover`);
  const section = page.getByTestId('ho-responses');
  const sheetRow = section.getByRole('row', { name: /预警响应/ });
  for (const text of [`预警：${headline}`, 'Ⅲ级响应', '青岚示范县防汛抗旱应急预案', '县防指王副县长'])
    await expect(sheetRow).toContainText(text);
  await section.scrollIntoViewIfNeeded();
  await screenshots(page, 'handover-warning-response');
  const draft = await callAs<{ sheet: { shift: { key: string } } }>(page, 'handover.draft', {});
  await page.goto(`${host.url}/#/print/handover/${draft.sheet.shift.key}`);
  await expect(page.getByTestId('handover-print')).toHaveAttribute('data-ready', 'yes');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duty-room-pdf-'));
  const pdf = path.join(dir, 'handover-warning-response.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().replace(/\s+/g, ' ');
  // Cells wrap on paper: the words that fit on one line of their column.
  expect(text).toContain('正在实施的应急响应（');
  expect(text).toMatch(
    /预警：县气象台发布暴雨红色预 Ⅲ级响应 青岚示范县防汛抗旱应急预 \S+ \S+ 县防指王副县长/,
  );
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '70',
    '-f',
    '1',
    '-l',
    '1',
    pdf,
    path.join(SCREENSHOT_DIR, 'handover-warning-response-print'),
  ]);

  // The desk's warnings card marks it 响应中 with its level.
  await page.goto(`${host.url}/#/dashboard`);
  const onDesk = page.getByTestId('desk-warning').filter({ hasText: headline });
  await expect(onDesk.getByTestId('warning-response-tag')).toHaveText('Ⅲ级响应中');
  await expect(onDesk.getByTestId('warning-response-tag')).toHaveAttribute('data-over', 'false');

  // The wall's warnings panel names the response on the warning's row, the plan's name whole.
  const wallToken = await newWallToken(host, '预警响应大屏', token);
  const wall = await page.context().newPage();
  const wallCount = () =>
    wall
      .getByTestId('wall-warnings-count')
      .textContent()
      .then((s) => Number(/\d+/.exec(s ?? '')?.[0]));
  const responseOnWall = async (size: { width: number; height: number }, shot: string) => {
    await openWall(wall, host, wallToken, size);
    const mine = wall
      .getByTestId('wall-warnings')
      .getByTestId('wall-warning')
      .filter({ hasText: towns[0]!.name });
    const response = mine.getByTestId('wall-warning-response');
    await expect(response).toContainText('Ⅲ级响应 · 青岚示范县防汛抗旱应急预案');
    // Readable: nothing of the line is cut (no ellipsis, no overflow) and it lies within the panel.
    const fit = await response.evaluate((el) => {
      const panel = el.closest('[data-testid="wall-warnings"]')!.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return {
        cut: el.scrollWidth > el.clientWidth + 1 || getComputedStyle(el).textOverflow === 'ellipsis',
        inside: box.left >= panel.left && box.right <= panel.right + 1 && box.bottom <= panel.bottom + 1,
      };
    });
    expect(fit).toEqual({ cut: false, inside: true });
    await wall.screenshot({ path: `${SCREENSHOT_DIR}/${shot}-${size.width}x${size.height}.png` });
    return mine;
  };
  for (const size of WALL_SIZES) {
    const mine = await responseOnWall(size, 'wall-warning-response');
    await expect(mine.getByTestId('wall-warning-to-end')).toHaveCount(0);
  }
  const inForce = await wallCount();
  expect(inForce).toBeGreaterThanOrEqual(1);

  // 解除 by the issuer while the response runs: the page asks for its end, the list marks it.
  await call(host, 'warnings.cancel', { id: warning.id, reason: '县气象台解除暴雨红色预警' }, token);
  // On the wall it stays, marked 待终止, and is no longer counted among those in force.
  const lifted = await responseOnWall(WALL_SIZES[0], 'wall-warning-response-over');
  await expect(lifted.getByTestId('wall-warning-to-end')).toHaveText('待终止');
  await expect.poll(wallCount).toBe(inForce - 1);
  await expect(wall.getByTestId('wall-warnings-count')).toContainText('条待终止');
  await wall.close();
  // So on the desk.
  await page.goto(`${host.url}/#/dashboard`);
  await expect(onDesk.getByTestId('warning-response-tag')).toHaveText(/Ⅲ级响应中\s*待终止/);
  await expect(onDesk.getByTestId('warning-response-tag')).toHaveAttribute('data-over', 'true');
  await onDesk.scrollIntoViewIfNeeded();
  await screenshots(page, 'desk-warning-response-over');
  await page.goto(`${host.url}/#/warnings/${warning.id}`);
  await expect(page.getByTestId('warning-response-over')).toContainText('预警响应仍在实施');
  await expect(page.getByTestId('warning-response-change')).toHaveText(/终止预警响应/);
  await screenshots(page, 'warning-response-over');
  await page.getByTestId('warning-response-change').click();
  const end = page.getByRole('dialog', { name: /预警响应/ });
  // Only 终止 is offered on a warning that is over.
  await expect(end.getByRole('radio', { name: '调整' })).toHaveCount(0);
  await expect(end.getByRole('radio', { name: '终止' })).toBeChecked();
  await end.getByLabel('决定人').fill('县防指王副县长');
  await end.getByRole('button', { name: /保\s*存/ }).click();
  await expect(end).toBeHidden();
  await expect(page.getByTestId('warning-response-level')).toHaveCount(0);
  await expect(page.getByTestId('warning-response-over')).toHaveCount(0);
  await expect(card.getByTestId('warning-response-steps').locator('li')).toHaveCount(2);
  await expect(card.getByTestId('warning-response-steps')).toContainText('终止预警响应');
  // Ended, the card says so — when, at which level, under which plan — not that none was started.
  await expect(card).not.toContainText('未启动预警响应');
  const { warning: ended } = await callAs<{ warning: { responseSteps: { action: string; at: string }[] } }>(
    page,
    'warnings.get',
    { id: warning.id },
  );
  const endedAt = ended.responseSteps.at(-1)!;
  expect(endedAt.action).toBe('end');
  const endedHm = new Date(Date.parse(endedAt.at) + 8 * 3_600_000).toISOString().slice(11, 16);
  await expect(card.getByTestId('warning-response-ended')).toHaveText(
    new RegExp(`^预警响应（Ⅲ级响应）已于 \\d{4}/\\d{2}/\\d{2} ${endedHm} 终止。$`),
  );
  await expect(card.getByTestId('warning-response-ended-tag')).toHaveText('Ⅲ级响应已终止');
  for (const text of ['青岚示范县防汛抗旱应急预案', '终止决定人', '县防指王副县长'])
    await expect(card).toContainText(text);
  await screenshots(page, 'warning-response-ended');
  const after = await callAs<{ sheet: { warningResponses?: { warningId: string }[] } }>(
    page,
    'handover.draft',
    {},
  );
  expect(after.sheet.warningResponses?.map((r) => r.warningId) ?? []).not.toContain(warning.id);
});

test('a warning becomes an incident prefilled from it, and each links to the other', async ({ page }) => {
  const token = await signInToken(host);
  const towns = (await call<{ code: string; name: string }[]>(host, 'geo.towns', {}, token)).slice(5, 7);
  const { warning } = await call<{ warning: { id: string } }>(
    host,
    'warnings.receive',
    {
      clientKey: 'k_e2e_incident_warning',
      source: 'natural_resources',
      issuer: '县自然资源局',
      issuerRef: '',
      hazard: 'geohazard',
      level: 'II',
      headline: '县自然资源局发布地质灾害橙色预警',
      body: '连续强降雨，山体滑坡风险高。',
      towns: towns.map((t) => t.code),
      polygon: null,
      effectiveAt: null,
      onsetAt: null,
      expiresAt: null,
      receivedAt: new Date(e2eNow() - 60_000).toISOString(),
      channel: 'system',
    },
    token,
  );
  await signedIn(page, host, `#/warnings/${warning.id}`, '陈立新', '2001');
  await page.getByTestId('warning-to-incident').click();
  const dialog = page.getByRole('dialog', { name: /由预警生成事件/ });
  await expect(dialog.getByLabel('事件标题')).toHaveValue('县自然资源局发布地质灾害橙色预警');
  await expect(dialog.getByTestId('incident-subtype')).toContainText('滑坡');
  await expect(dialog.getByLabel('详细地址')).toHaveValue(towns.map((t) => t.name).join('、'));
  await dialog.getByLabel('事件标题').fill(`${towns[0]!.name}地质灾害隐患点巡查`);
  await dialog.getByLabel('事件标题').press('Control+Enter');
  // On the incident's page: prefilled from the warning and linked back to it.
  await expect(page.getByTestId('incident-detail')).toContainText(`${towns[0]!.name}地质灾害隐患点巡查`);
  const back = page.getByTestId('incident-from-warning');
  await expect(back).toContainText('县自然资源局发布地质灾害橙色预警');
  await expect(page.getByTestId('incident-detail')).toContainText('连续强降雨，山体滑坡风险高。');
  await screenshots(page, 'warning-incident');
  await back.getByRole('link').click();
  await expect(page.getByTestId('warning-headline')).toHaveText('县自然资源局发布地质灾害橙色预警');
  await expect(page.getByTestId('warning-incident')).toBeVisible();
  await expect(page.getByTestId('warning-to-incident')).toHaveCount(0);
});

test('during a drill, a warning received on the form and an Exercise CAP file land as drill traffic; a real one stays real', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const towns = (
    await call<{ code: string; name: string }[]>(host, 'geo.towns', {}, await signInToken(host))
  ).slice(5, 7);
  // 王建国 controls the demo's sealed drill: he starts it.
  await signedIn(page, host, '#/warnings', '王建国', '1001');
  const listed = await callAs<{ drills: { id: string; state: string; controller: boolean }[] }>(
    page,
    'drills.list',
    {},
  );
  const drill = listed.drills.find((d) => d.state === 'planned' && d.controller)!;
  await callAs(page, 'drills.start', { id: drill.id });

  await page.reload();
  await page.getByTestId('warning-receive').click();
  const dialog = page.getByRole('dialog', { name: '登记收到的预警信息' });
  const exercise = dialog.getByTestId('exercise-switch');
  await expect(exercise).toContainText('本条预警记为【演练】');
  await expect(exercise.getByRole('switch')).toBeChecked();
  await pickOption(page, dialog.getByTestId('warning-level'), 'Ⅲ级 黄色');
  await pickOption(page, dialog.getByTestId('warning-hazard'), '大风');
  await dialog.getByLabel('发布单位', { exact: true }).fill('县气象台');
  for (const t of towns) await pickOption(page, dialog.getByTestId('warning-towns'), t.name);
  await dialog.getByLabel('预警内容').fill('演练：预计阵风 8 级以上。');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/warning-receive-drill-1366x768.png` });
  await dialog.getByLabel('预警内容').press('Control+Enter');
  await expect(page.getByTestId('warning-headline')).toHaveText('县气象台发布大风黄色预警');
  await expect(page.getByTestId('drill-banner')).toBeVisible();
  const drillWarningId = page.url().split('/').pop()!;
  const mine = await callAs<{ warning: { drillId: string | null } }>(page, 'warnings.get', {
    id: drillWarningId,
  });
  expect(mine.warning.drillId).toBe(drill.id);
  // Never counted as real: not among the live warnings unless drills are asked for.
  const live = await callAs<{ warnings: { id: string }[] }>(page, 'warnings.list', { scope: 'live' });
  expect(live.warnings.map((w) => w.id)).not.toContain(drillWarningId);

  // Its CAP export says Exercise; imported as another issue during the drill, it is the drill's too.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('cap-export').click(),
  ]);
  const xml = fs.readFileSync(await download.path(), 'utf8');
  expect(xml).toContain('<status>Exercise</status>');
  const identifier = /<identifier>(.*)<\/identifier>/.exec(xml)![1]!;
  await page.goto(`${host.url}/#/warnings`);
  await page.getByTestId('cap-import-file').setInputFiles({
    name: 'exercise.xml',
    mimeType: 'application/xml',
    buffer: Buffer.from(xml.replace(identifier, identifier.replace(/_\d+$/, '_8'))),
  });
  await expect(page.getByText('已作为演练预警导入')).toBeVisible();
  await expect(page.getByTestId('drill-banner')).toBeVisible();
  const imported = await callAs<{ warning: { drillId: string | null } }>(page, 'warnings.get', {
    id: page.url().split('/').pop()!,
  });
  expect(imported.warning.drillId).toBe(drill.id);

  // A real (Actual) alert imported during the drill stays real.
  const actual = xml
    .replace('<status>Exercise</status>', '<status>Actual</status>')
    .replace(identifier, identifier.replace(/_\d+$/, '_7'));
  await page.goto(`${host.url}/#/warnings`);
  await page
    .getByTestId('cap-import-file')
    .setInputFiles({ name: 'actual.xml', mimeType: 'application/xml', buffer: Buffer.from(actual) });
  await expect(page.getByTestId('warning-headline')).toBeVisible();
  await expect(page.getByTestId('drill-banner')).toHaveCount(0);
  await callAs(page, 'drills.end', { id: drill.id }).catch(() => undefined);
});

test('设置 → 预警叫应: the administrator has Ⅲ级 phoned too, within 10 minutes; the list links there', async ({
  page,
}) => {
  await signedIn(page, host, '#/warnings');
  await page.getByTestId('warning-rules-link').click();
  await expect(page).toHaveURL(/#\/settings\/warnings$/);
  const panel = page.getByTestId('warning-rules');
  await panel.getByRole('checkbox', { name: 'Ⅲ级 黄色' }).check();
  await panel.getByLabel('叫应时限（分钟）').fill('10');
  await panel.getByTestId('warning-rules-save').click();
  await expect(page.getByText('叫应规则已保存')).toBeVisible();
  const rules = await callAs<{ callLevels: string[]; callMinutes: number }>(page, 'warnings.rules', {});
  expect(rules).toMatchObject({ callLevels: ['I', 'II', 'III'], callMinutes: 10 });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/settings-warnings-1366x768.png` });
});
