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
  await expect(wallRow).toContainText(incident.incident.number);
  await expect(wallRow.getByTestId('wall-team-state')).toHaveText('调派');

  for (const state of ['已接令', '出发', '到场']) {
    await row.getByTestId('dispatch-next').click();
    const step = page.getByRole('dialog', { name: new RegExp(`县防汛抢险队：登记${state}`) });
    await step.getByRole('button', { name: /保\s*存/ }).click();
    await expect(step).toHaveCount(0);
    await expect(row.getByTestId('dispatch-state')).toHaveText(state);
    await expect(wallRow.getByTestId('wall-team-state')).toHaveText(state);
  }
  await expect(row.getByTestId('dispatch-arrival')).toContainText('到场用时 0 分钟（时限 30 分钟）');
  await expect(wallRow).toContainText('到场 0 分钟（时限 30）');

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
