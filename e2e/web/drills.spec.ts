import type { Page } from '@playwright/test';
import { DEMO_OPERATORS } from '../../src/core/demo/county';
import {
  callAs,
  e2eIso,
  expect,
  pickOption,
  screenshots,
  signedIn,
  test,
  titleMark,
  useHost,
} from './fixtures';

/**
 * A sealed (double-blind) drill run through the duty room's real loop, by two people in
 * two browsers: the participant (a shift chief) sees that a sealed drill is registered
 * and nothing of it, on screen and through the API; the controller (导调, the leader
 * 王建国) starts it and sends an inject; the participant logs the call that follows under
 * the 演练 marker; real statistics and boards do not count it; the drill's panel times the
 * room's response.
 */
test.describe.configure({ mode: 'serial' });

const host = useHost({ demo: true });
const pinOf = (name: string) => DEMO_OPERATORS.find((o) => o.name === name)!.pin!;
const PARTICIPANT = '陈立新';
const CONTROLLER = '王建国';
const SECRET = '踩踏';

interface Drill {
  id: string;
  number: string;
  state: string;
  sealed: boolean;
  detail: { title: string; scenario: string | null } | null;
}
interface Overview {
  total: number;
}
interface IncidentList {
  items: { id: string; title: string; drill: { number: string } | null }[];
  total: number;
}

async function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(() => {
    const id = document.activeElement?.id;
    return id ? (document.querySelector(`label[for="${id}"]`)?.textContent ?? '') : '';
  });
}

async function pick(page: Page, typed: string, option: string): Promise<void> {
  await page.keyboard.type(typed);
  await expect(
    page.locator('.ant-select-dropdown .ant-select-item-option-active').filter({ hasText: option }),
  ).toBeVisible();
  await page.keyboard.press('Enter');
}

test('a sealed drill: hidden from the participant, started and injected by its controller, logged as 演练 traffic', async ({
  page,
  browser,
}) => {
  const mark = titleMark();
  // --- the participant: a sealed drill is registered, nothing more ---
  await signedIn(page, host, '#/drills', PARTICIPANT, pinOf(PARTICIPANT));
  const board = page.getByTestId('campaign-board');
  for (const text of ['公共卫生', '自然灾害', '安全生产', '社会安全', '网络安全', '刘春梅', '县委网信办'])
    await expect(board).toContainText(text);
  await expect(page.getByTestId('campaign-countdown')).toContainText(/距时限还有 \d+ 天/);
  await expect(page.getByTestId('drill-sealed')).toHaveCount(1);
  await expect(page.getByTestId('drill-sealed')).toContainText('不预先通知演练');
  await expect(page.locator('body')).not.toContainText(SECRET);
  await screenshots(page, 'drills-board-participant');
  // The API gives the participant nothing of it either.
  const listed = await callAs<{ drills: Drill[] }>(page, 'drills.list', {});
  const sealed = listed.drills.find((d) => d.state === 'planned')!;
  expect(sealed.sealed).toBe(true);
  expect(sealed.detail).toBeNull();
  expect(JSON.stringify(listed)).not.toContain(SECRET);
  expect((await callAs<Drill>(page, 'drills.get', { id: sealed.id })).detail).toBeNull();
  expect(JSON.stringify(await callAs(page, 'drills.timeline', { id: sealed.id }))).not.toContain(SECRET);
  const statsBefore = await callAs<Overview>(page, 'stats.overview', { days: 1 });
  const boardBefore = await callAs<IncidentList>(page, 'incidents.list', { open: true, sort: 'urgency' });

  // --- the controller, in a second browser: sees it all, starts it, sends an inject ---
  const ctlContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const ctl = await ctlContext.newPage();
  await signedIn(ctl, host, '#/drills', CONTROLLER, pinOf(CONTROLLER));
  const row = ctl.getByRole('row', { name: /人员密集场所突发事件处置演练/ });
  await expect(row).toContainText('导调');
  await row.getByRole('button', { name: '查看' }).click();
  const ctlPanel = ctl.getByRole('dialog');
  await expect(ctlPanel.getByTestId('drill-scenario')).toContainText(SECRET);
  await ctl.locator('.ant-drawer-close').click();
  await expect(ctlPanel).toBeHidden();
  await row.getByRole('button', { name: '开始演练' }).click();
  await ctl
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /确\s*定/ })
    .click();
  await expect(row.getByTestId('drill-state')).toHaveText('进行中');
  await row.getByRole('button', { name: '查看' }).click();
  await ctlPanel.getByRole('button', { name: '发出' }).first().click();
  await expect(ctlPanel).toContainText('已发出');
  await expect(ctlPanel.getByTestId('drill-timeline')).toContainText('情景注入：110指挥中心转警');

  // --- the participant: the drill is running; its title shows, the scenario does not yet ---
  await expect(page.getByRole('row', { name: /人员密集场所突发事件处置演练/ })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(SECRET);

  // The call that follows is logged as drill traffic: the switch is on by default.
  await page.goto(`${host.url}/#/logs/new`);
  await expect(page.getByRole('heading', { name: '接报登记', exact: true })).toBeVisible();
  await expect(page.getByTestId('exercise-switch')).toContainText('本条接报记为【演练】信息');
  await expect(page.getByTestId('exercise-switch')).toContainText('人员密集场所突发事件处置演练');
  await expect.poll(() => focusedLabel(page)).toBe('接报方式');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('县公安局指挥中心');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Enter');
  await expect.poll(() => focusedLabel(page)).toBe('事件类别');
  await pick(page, '社会', '社会安全');
  await expect.poll(() => focusedLabel(page)).toBe('事件类型');
  await pick(page, '其他社会', '其他社会安全事件');
  await pick(page, '一般', '一般');
  const title = `中心广场拥挤伤人${mark}`;
  await page.getByLabel('事件标题').fill(title);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshots(page, 'drills-intake-switch');
  await page.getByLabel('事件标题').press('Control+Enter');

  // The incident page carries the 演练 marker.
  await expect(page.getByTestId('incident-detail')).toBeVisible();
  await expect(page.getByTestId('drill-marker')).toContainText(/演练 YL-\d{4}-\d{3}/);
  // The strip stays in view while the page scrolls to the next action.
  await expect(page.getByTestId('drill-banner')).toBeInViewport();
  await expect(page.getByTestId('drill-banner')).toContainText('不计入真实统计');
  await screenshots(page, 'drills-incident-marker');
  const drillList = await callAs<IncidentList>(page, 'incidents.list', { traffic: 'exercise' });
  const logged = drillList.items.find((i) => i.title === title)!;
  expect(logged.drill).not.toBeNull();

  // Real statistics and the real board do not count it.
  expect((await callAs<Overview>(page, 'stats.overview', { days: 1 })).total).toBe(statsBefore.total);
  const boardAfter = await callAs<IncidentList>(page, 'incidents.list', { open: true, sort: 'urgency' });
  expect(boardAfter.total).toBe(boardBefore.total);
  await page.goto(`${host.url}/#/`);
  await expect(page.locator('body')).not.toContainText(title);

  // Verified on the phone a while later.
  await callAs(page, 'incidents.addEntry', {
    incidentId: logged.id,
    clientKey: `k_drill_verify_${mark}`,
    occurredAt: e2eIso(),
    kind: 'verify',
    data: { with: '现场民警', means: 'phone', result: 'confirmed', notes: '' },
  });

  // --- the controller's panel times the room's response ---
  const responses = ctlPanel.getByTestId('drill-responses');
  await expect(responses).toContainText(title);
  await expect(
    responses
      .getByRole('row', { name: new RegExp(title) })
      .locator('td')
      .nth(1),
  ).toHaveText(/^\d+(\.\d)?$/);
  await expect(
    responses
      .getByRole('row', { name: new RegExp(title) })
      .locator('td')
      .nth(2),
  ).toHaveText(/^\d+(\.\d)?$/);
  await expect(ctlPanel.getByTestId('drill-timeline')).toContainText(`接报：`);
  await expect(ctlPanel.getByTestId('drill-timeline')).toContainText(`核实：`);
  // A team is dispatched from the drill panel to the drill's incident: drill traffic, so
  // the team shows busy on a 演练 and no real turn-out is counted.
  await responses
    .getByRole('row', { name: new RegExp(title) })
    .getByTestId('drill-dispatch')
    .click();
  const dispatch = ctl.getByRole('dialog', { name: /调派救援队伍/ });
  await pickOption(ctl, dispatch.getByTestId('dispatch-team'), '县防汛抢险队');
  await dispatch.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dispatch).toHaveCount(0);
  await expect(responses.getByTestId('drill-dispatch')).toContainText('在外 1 支');
  const teams = await callAs<{ name: string; busy: { drill: boolean } | null }[]>(ctl, 'teams.list', {});
  expect(teams.find((t) => t.name === '县防汛抢险队')!.busy).toMatchObject({ drill: true });
  await screenshots(ctl, 'drills-controller-panel');
  await ctlContext.close();
});
