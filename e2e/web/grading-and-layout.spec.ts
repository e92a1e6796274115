import path from 'node:path';
import type { Page } from '@playwright/test';
import { SCREENSHOT_DIR, e2eNow, expect, screenshots, signInByKeyboard, test, useHost } from './fixtures';

/**
 * 设置 → 定级与报送 (an accident's grade thresholds, the list of superiors and units reports
 * go to) and the screen around an incident: the action kinds on one line at 1366×768 with
 * 批示落实 among them, a success toast clear of the incident's title, the left menu in view
 * at the bottom of a long page.
 */
test.describe.configure({ mode: 'serial' });
const host = useHost({ demo: true });

async function api<T>(page: Page, method: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, input }) => {
      const token = sessionStorage.getItem('duty-room.operator-token');
      const res = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      });
      const body = (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!body.ok) throw new Error(body.error?.message ?? 'call failed');
      return body.value;
    },
    { method, input },
  ) as Promise<T>;
}

let incidentId = '';

test('an administrator sets the thresholds and the report recipients; the report form offers them', async ({
  page,
}) => {
  await page.goto(host.url);
  await signInByKeyboard(page, '系统管理员', '0000');
  await page.getByRole('menuitem', { name: /设置/ }).click();
  await page.getByRole('tab', { name: '定级与报送' }).click();
  await expect(page).toHaveURL(/#\/settings\/grading/);
  const table = page.getByTestId('thresholds');
  await expect(table).toContainText('特别重大');
  await expect(page.getByTestId('threshold-III-dead')).toHaveValue('3');

  // 较大 from 12 deaths would sit above 重大 (10): refused, in words.
  await page.getByTestId('threshold-III-dead').fill('12');
  await page.getByTestId('grading-save').click();
  await expect(table).toContainText('每一项都应是 特别重大 > 重大 > 较大');
  await page.getByTestId('threshold-III-dead').fill('2');
  await page.getByTestId('report-targets').fill('市应急管理局值班室\n县委总值班室\n县政府总值班室');
  await page.getByTestId('grading-save').click();
  await expect(page.getByText('设置已保存')).toBeVisible();
  const saved = await api<{ reportTargets: string[]; accidentThresholds: { III: { dead: number } } }>(
    page,
    'settings.get',
    {},
  );
  expect(saved.reportTargets).toEqual(['市应急管理局值班室', '县委总值班室', '县政府总值班室']);
  expect(saved.accidentThresholds.III.dead).toBe(2);
  await screenshots(page, 'settings-grading');

  // An incident with a leader's instruction (so 批示落实 is among the action kinds).
  const shift = await api<{ shift: { start: string } }>(page, 'shifts.get', {});
  const at = new Date(Math.max(e2eNow() - 60_000, Date.parse(shift.shift.start) + 1_000)).toISOString();
  const created = await api<{ incident: { id: string } }>(page, 'incidents.create', {
    clientKey: `k_e2e_layout_${e2eNow()}`,
    intake: {
      channel: 'phone',
      receivedAt: at,
      caller: { unit: '白沙镇人民政府', name: '李平', post: '值班员', phone: '13800008888' },
      title: '白沙镇工业园仓库火灾（版面测试）',
      description: '仓库起火，已扑灭。',
      cause: '',
      occurredAt: null,
      place: { townCode: null, address: '白沙镇工业园', point: null },
      casualties: { dead: 0, injured: 2, missing: 0, trapped: 0 },
      losses: '',
      measures: '',
      trend: '',
      notified: [],
      category: 'accident',
      subtype: 'fire',
      grade: 'IV',
    },
  });
  incidentId = created.incident.id;
  await api(page, 'incidents.addEntry', {
    incidentId,
    clientKey: `k_e2e_layout_i_${e2eNow()}`,
    kind: 'instruction',
    data: { leader: '王建国', content: '查明起火原因，及时续报' },
  });

  // 报送对象: the county's list first, then the superiors and departments of 通讯录 (the
  // demo's 市委/市政府 duty rooms; its 县委/县政府 lines are already in the list), typed into.
  await page.goto(`${host.url}/#/logs/incident/${incidentId}`);
  const actions = page.getByTestId('entry-actions');
  await actions.getByText('上报', { exact: true }).click();
  const to = actions.getByTestId('report-target').locator('input');
  await to.fill('值班室');
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await expect(options).toHaveText([
    '市应急管理局值班室',
    '县委总值班室',
    '县政府总值班室',
    '市委总值班室',
    '市政府总值班室',
  ]);
  // Free text still goes.
  await to.fill('县水利局');
  await expect(to).toHaveValue('县水利局');
});

test('at 1366×768 the action kinds stay on one line, the toast clears the title, the menu stays in view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(host.url);
  await signInByKeyboard(page, '系统管理员', '0000');
  await page.goto(`${host.url}/#/logs/incident/${incidentId}`);
  const kinds = page.locator('.dr-action-kinds label');
  await expect(kinds.filter({ hasText: '批示落实' })).toHaveCount(1);
  for (const [w, h] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await expect
      .poll(async () => new Set(await kinds.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top))).size)
      .toBe(1);
    const overflow = await page
      .locator('.dr-action-kinds')
      .evaluate((e) => e.scrollWidth - e.clientWidth);
    expect(overflow, `action kinds overflow at ${w}`).toBeLessThanOrEqual(0);
    await page.getByTestId('record').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `incident-actions-${w}x${h}.png`) });
  }
  await page.setViewportSize({ width: 1366, height: 768 });

  // A success toast: nowhere over the incident's title.
  const actions = page.getByTestId('entry-actions');
  await actions.getByText('核实', { exact: true }).click();
  await actions.getByLabel('核实对象').fill('白沙镇政府李平');
  await page.keyboard.press('Control+Enter');
  const toast = page.locator('.ant-message-notice').filter({ hasText: '已记录：核实' });
  await expect(toast).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'incident-toast-1366x768.png') });
  const title = await page.locator('.dr-page-title').boundingBox();
  const box = await toast.boundingBox();
  expect(title && box).toBeTruthy();
  const overlaps =
    box!.x < title!.x + title!.width &&
    title!.x < box!.x + box!.width &&
    box!.y < title!.y + title!.height &&
    title!.y < box!.y + box!.height;
  expect(overlaps, `toast ${JSON.stringify(box)} over title ${JSON.stringify(title)}`).toBe(false);

  // The bottom of a long page: the menu is still there.
  await page.goto(`${host.url}/#/logs`);
  await expect(page.locator('.dr-content .ant-table-row').first()).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  // The menu is sticky: its first entry stays in view however far the page is scrolled.
  // With the 应急准备 heading open it is taller than 768 px: its last entry (设置) is
  // reached in the menu's own scroll, and the page stays where it was.
  await expect(page.getByRole('menuitem', { name: /工作台/ })).toBeInViewport();
  const settings = page.getByRole('menuitem', { name: /设置/ });
  await page.locator('.dr-sider').hover();
  await page.mouse.wheel(0, 2000);
  await expect(settings).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'menu-sticky-1366x768.png') });
  await settings.click();
  await expect(page).toHaveURL(/#\/settings/);
});
