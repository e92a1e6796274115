import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { TEAM_COLOR } from '../../src/common/domain/teams';
import {
  call,
  callAs,
  e2eNow,
  expect,
  newIncident,
  pickOption,
  saveDialog,
  SCREENSHOT_DIR,
  screenshots,
  signedIn,
  signInToken,
  test,
  useHost,
} from './fixtures';
import { canvasShot, countColors, hex, idleCount, waitMapIdle } from './map-helpers';

/**
 * 救援队伍 on the demo county: the register by kind, a new team with a member whose
 * certificate ends within a month (and so shows in 提醒), a 查岗 of its duty phone, and
 * the teams' own layer on the map with its legend and popup.
 */
test.describe.configure({ mode: 'serial' });

const host = useHost({ demo: true });

const inDays = (n: number) => new Date(e2eNow() + n * 86_400_000).toISOString().slice(0, 10);

async function openTeams(page: Page) {
  await signedIn(page, host, '#/teams', '陈立新', '2001');
  await expect(page.getByTestId('teams-table')).toContainText('县消防救援大队');
}

test('a team is registered with a member whose certificate ends soon, and is spot-checked', async ({
  page,
}) => {
  await openTeams(page);
  const table = page.getByTestId('teams-table');
  await expect(table).toContainText('县红十字会救护队');
  await pickOption(page, page.getByTestId('teams-kind'), '防汛抢险');
  await expect(table).toContainText('县防汛抢险队');
  await expect(table).not.toContainText('县消防救援大队');
  await screenshots(page, 'teams-register');

  await page.getByRole('button', { name: '新增队伍' }).click();
  const dialog = page.getByRole('dialog', { name: '新增救援队伍' });
  await dialog.getByLabel('队伍名称').fill('河口村抢险突击队');
  await dialog.getByLabel('队长', { exact: true }).fill('罗德明');
  await dialog.getByLabel('24小时值班电话').fill('13900007777');
  await dialog.getByLabel('人数').fill('14');
  await dialog.getByLabel('经度').fill('104.05');
  await dialog.getByLabel('纬度').fill('30.61');
  await dialog.getByTestId('team-member-add').click();
  const member = dialog.getByTestId('team-member-row');
  await member.getByLabel('姓名').fill('罗德明');
  await member.getByLabel('证书（名称与编号）').fill('救援员证 R-77');
  await member.getByLabel('证书有效期至').fill(inDays(25));
  // Enter takes the date and, as in every register's dialog, saves.
  await member.getByLabel('证书有效期至').press('Enter');
  await expect(page.getByText('已保存 河口村抢险突击队')).toBeVisible();

  const row = table.locator('tr', { hasText: '河口村抢险突击队' });
  await expect(row).toContainText('14 人');
  await expect(row).toContainText('1 本将到期');
  await row.getByTestId('team-spot').click();
  const spot = page.getByRole('dialog', { name: /查岗：河口村抢险突击队/ });
  await spot.getByTestId('spot-seconds').fill('12');
  await spot.getByLabel('接听人').fill('罗德明');
  await spot.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('已记录对 河口村抢险突击队 的查岗')).toBeVisible();
  await expect(row).toContainText('12 秒接听');

  // The certificate is in 提醒, and its link opens the team with its members.
  await page.goto(`${host.url}/#/reminders`);
  const reminder = page.getByText('河口村抢险突击队 罗德明 的证书“救援员证 R-77”到期');
  await expect(reminder).toBeVisible();
  await reminder.click();
  await expect(page.getByTestId('team-detail')).toContainText('救援员证 R-77');
  await expect(page.getByTestId('team-spot-list')).toContainText('12 秒接听（罗德明）');
});

test('the teams have their own layer on the map, with a legend and a popup', async ({ page, context }) => {
  await signedIn(page, host, '#/map', '陈立新', '2001');
  await waitMapIdle(page);
  await expect(page.getByTestId('map-layers')).toContainText(/救援队伍\s*1[56]/);
  await expect(page.getByTestId('legend-teams')).toContainText('队伍出动中');
  const pink = async () =>
    (await countColors(context, await canvasShot(page), { team: hex(TEAM_COLOR) })).team!;
  const on = await pink();
  console.log('team pixels', on);
  expect(on).toBeGreaterThan(300);
  let before = await idleCount(page);
  await page.getByTestId('layer-teams').click();
  await waitMapIdle(page, before);
  // What is left is antialiased edges of other pinkish marks.
  expect(await pink()).toBeLessThan(on * 0.2);
  before = await idleCount(page);
  await page.getByTestId('layer-teams').click();
  await waitMapIdle(page, before);
  expect(await pink()).toBeGreaterThan(on * 0.8);

  // A team's register row opens the map on it, its popup saying who and how many.
  const [brigade] = await callAs<{ id: string }[]>(page, 'teams.list', { q: '县消防救援大队' });
  await page.goto(`${host.url}/#/map?focus=team:${brigade!.id}`);
  const popup = page.getByTestId('map-popup');
  await expect(popup).toContainText('县消防救援大队');
  await expect(popup).toContainText('46 人 · 集结 5 分钟');
  await expect(popup).toContainText('综合性消防救援');
  await screenshots(page, 'map-teams');
});

test('a team is dispatched to an incident and walked to 到场 while the wall shows it live', async ({
  page,
  browser,
}) => {
  await signedIn(page, host, '#/teams', '陈立新', '2001');
  const incident = await callAs<{ incident: { id: string; number: string } }>(
    page,
    'incidents.create',
    newIncident({
      title: '石坝村河堤管涌',
      subtype: 'flood',
      place: { townCode: null, address: '石坝村河堤', point: [104.06, 30.62] },
    }),
  );
  const { token } = await call<{ token: string }>(
    host,
    'wallTokens.create',
    { label: '调派测试大屏' },
    await signInToken(host),
  );
  const wallContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const wall = await wallContext.newPage();
  await wall.goto(`${host.url}/#/wall?token=${token}`);
  await expect(wall.getByTestId('wall-bureau')).toBeVisible();

  await page.goto(`${host.url}/#/logs/incident/${incident.incident.id}`);
  const panel = page.getByTestId('dispatch-panel');
  await expect(panel).toContainText('尚未调派救援队伍');
  await panel.getByTestId('dispatch-add').click();
  const dialog = page.getByRole('dialog', { name: /调派救援队伍/ });
  // The busy demo teams are offered greyed out; the flood team is free.
  await pickOption(page, dialog.getByTestId('dispatch-team'), '县防汛抢险队');
  await dialog.getByLabel('备注').fill('携冲锋舟 2 艘');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('已登记：县防汛抢险队 调派')).toBeVisible();
  const row = panel.getByTestId('dispatch-row').filter({ hasText: '县防汛抢险队' });
  await expect(row.getByTestId('dispatch-state')).toHaveText('调派');

  const wallRow = wall.getByTestId('wall-team').filter({ hasText: '县防汛抢险队' });
  // The wall names the incident by its title (read from across the room), not its number.
  await expect(wallRow).toContainText('石坝村河堤管涌');
  await expect(wallRow.getByTestId('wall-team-state')).toHaveText('调派');

  for (const state of ['已接令', '出发', '到场']) {
    await row.getByTestId('dispatch-next').click();
    await saveDialog(page.getByRole('dialog', { name: new RegExp(`县防汛抢险队：登记${state}`) }));
    await expect(row.getByTestId('dispatch-state')).toHaveText(state);
    await expect(wallRow.getByTestId('wall-team-state')).toHaveText(state);
  }
  await expect(row.getByTestId('dispatch-arrival')).toContainText('到场用时 0 分钟（时限 30 分钟）');
  await expect(wallRow.getByTestId('wall-team-arrival')).toHaveText('到场 0 分钟（时限 30）');

  // Each step is an entry of the timeline, with who recorded it.
  const steps = page.getByTestId('timeline-entry').and(page.locator('[data-kind="dispatch"]'));
  await expect(steps).toHaveCount(4);
  await expect(steps.first()).toContainText('陈立新');
  await expect(steps.first()).toContainText('携冲锋舟 2 艘');

  // The team shows as busy in the register, on this incident.
  await page.goto(`${host.url}/#/teams`);
  await expect(
    page.getByTestId('teams-table').locator('tr', { hasText: '县防汛抢险队' }).getByTestId('team-busy'),
  ).toHaveText(`到场 · ${incident.incident.number}`);

  await wall.screenshot({ path: path.join(SCREENSHOT_DIR, 'wall-teams-1920x1080.png') });
  await wall.setViewportSize({ width: 3840, height: 2160 });
  await wall.waitForTimeout(500);
  await wall.screenshot({ path: path.join(SCREENSHOT_DIR, 'wall-teams-3840x2160.png') });
  await page.goto(`${host.url}/#/logs/incident/${incident.incident.id}`);
  await expect(page.getByTestId('dispatch-panel')).toContainText('县防汛抢险队');
  await screenshots(page, 'incident-dispatch');
  await wallContext.close();
});

test('a consultation is recorded with the experts’ opinions and its 会商纪要 prints on A4', async ({
  page,
}) => {
  await signedIn(page, host, '#/experts', '陈立新', '2001');
  const panel = page.getByTestId('experts-table');
  await expect(panel).toContainText('岩土工程、地质灾害防治');
  await expect(panel.getByTestId('expert-term-due').first()).toBeVisible();
  await screenshots(page, 'experts-panel');
  const [geo] = await callAs<{ name: string }[]>(page, 'experts.list', { q: '岩土工程' });

  const incident = await callAs<{ incident: { id: string; number: string } }>(
    page,
    'incidents.create',
    newIncident({ title: '桃源镇后山裂缝' }),
  );
  await callAs(page, 'incidents.addEntry', {
    incidentId: incident.incident.id,
    clientKey: 'k_e2e_cns_instruction',
    kind: 'instruction',
    data: { leader: '张立军', content: '立即转移后山三户群众' },
  });

  await page.goto(`${host.url}/#/experts/consultations`);
  await page.getByTestId('consultation-add').click();
  const dialog = page.getByRole('dialog', { name: /记录研判/ });
  await dialog.getByLabel('议题').fill('桃源镇后山裂缝险情研判');
  await dialog.getByLabel('地点').fill('县应急指挥中心');
  await dialog.getByLabel('主持人').fill('张立军');
  await pickOption(
    page,
    dialog.getByTestId('consultation-incident'),
    `${incident.incident.number} 桃源镇后山裂缝`,
  );
  const first = dialog.getByTestId('participant-row').first();
  // Forty experts: typed to find, as a duty officer would.
  await first.getByTestId('participant-expert').click();
  await page.keyboard.type(geo!.name);
  await page.keyboard.press('Enter');
  await expect(first.getByLabel('姓名')).toHaveValue(geo!.name);
  await first.getByLabel('意见').fill('裂缝宽度日增 2 厘米，建议立即转移');
  await dialog.getByTestId('participant-add').click();
  const second = dialog.getByTestId('participant-row').nth(1);
  await second.getByLabel('姓名').fill('刘工');
  await second.getByLabel('单位').fill('县水利局');
  await second.getByLabel('意见').fill('坡脚水塘需抽排');
  await dialog.getByLabel('会商结论').fill('立即转移受威胁的三户群众，设立监测点，24 小时值守。');
  await dialog.getByLabel('后续措施（指令或行动）').fill('镇政府组织转移，自然资源局派员监测。');
  await dialog
    .getByTestId('consultation-entries')
    .getByText(/立即转移后山三户群众/)
    .click();
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('已记录：桃源镇后山裂缝险情研判')).toBeVisible();

  // The incident's page lists it, with its conclusions.
  await page.goto(`${host.url}/#/logs/incident/${incident.incident.id}`);
  const card = page.getByTestId('incident-consultations');
  await expect(card).toContainText('专家会商（1）');
  await expect(card.getByTestId('incident-consultation')).toContainText('桃源镇后山裂缝险情研判');
  await expect(card).toContainText('结论：立即转移受威胁的三户群众');
  await page.goto(`${host.url}/#/experts/consultations`);

  const row = page.getByTestId('consultations-table').locator('tr', { hasText: '桃源镇后山裂缝险情研判' });
  await expect(row).toContainText(incident.incident.number);
  await row.getByTestId('consultation-print').click();
  const sheet = page.getByTestId('consultation-sheet');
  await expect(sheet).toContainText('会商纪要');
  await expect(page.locator('body[data-print-ready="1"]')).toHaveCount(1);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const pdf = path.join(SCREENSHOT_DIR, 'consultation-minutes.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
  const prefix = path.join(SCREENSHOT_DIR, 'consultation-minutes');
  execFileSync('pdftoppm', ['-png', '-r', '70', pdf, prefix]);
  const text = execFileSync('pdftotext', [pdf, '-']).toString('utf8').replace(/\s+/g, '');
  for (const s of [
    '会商纪要',
    '议题：桃源镇后山裂缝险情研判',
    '主持人：张立军',
    `${geo!.name}`,
    '裂缝宽度日增2厘米，建议立即转移',
    '刘工',
    '坡脚水塘需抽排',
    '二、会商结论',
    '立即转移受威胁的三户群众',
    '三、后续措施',
    '立即转移后山三户群众',
    '记录人',
  ])
    expect(text).toContain(s.replace(/\s+/g, ''));
  expect(text).not.toContain('experts.');
});
