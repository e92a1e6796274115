import type { Page } from '@playwright/test';
import { FACILITY_COLORS } from '../../src/common/domain/facilities';
import { callAs, expect, latinLeaks, screenshots, signInByKeyboard, test, useHost } from './fixtures';
import { canvasShot, countColors, hex, idleCount, waitMapIdle } from './map-helpers';

/**
 * A county that starts blank: the dashboard's setup checklist says what is missing, each
 * step leads to its screen, a step can be skipped and taken up again, and a register
 * import turns its step's count. Then, on the demo county, the facility kinds a county
 * has (shelters, hazardous sites, hazard points, reservoirs) on the map and in 周边分析.
 */
test.describe.configure({ mode: 'serial' });

test.describe('blank county', () => {
  const host = useHost();

  async function signIn(page: Page) {
    await page.goto(host.url);
    await signInByKeyboard(page, '林志远', '2468');
  }

  test('after 空白开始 the dashboard lists the six steps, none done but the parts the data shows', async ({
    page,
  }) => {
    await page.goto(host.url);
    await page.getByRole('button', { name: '空白开始' }).click();
    await page.getByLabel('县（区）名称').fill('河湾县');
    await page.getByLabel('应急管理局名称').fill('河湾县应急管理局');
    await page.getByLabel('管理员姓名').fill('林志远');
    await page.getByLabel(/^PIN/).fill('2468');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('current-operator')).toContainText('林志远');

    const list = page.getByTestId('setup-checklist');
    await expect(list).toContainText('开始使用');
    await expect(page.getByTestId('setup-progress')).toHaveText('已完成 0 / 6 项');
    const names = ['区划与底图', '值班人员', '班次与值班表', '通讯设备台账', '重点单位与物资库', '报告时限'];
    for (const [i, step] of [
      'geography',
      'operators',
      'roster',
      'equipment',
      'resources',
      'deadlines',
    ].entries()) {
      const row = page.getByTestId(`setup-${step}`);
      await expect(row).toContainText(names[i]!);
      await expect(row).toHaveAttribute('data-state', 'todo');
    }
    await expect(page.getByTestId('setup-operators')).toContainText('1 名人员');
    // File formats are named as bureaus know them.
    const formats = new Set(['GeoJSON', 'Shapefile', 'KML']);
    expect((await latinLeaks(page)).filter((w) => !formats.has(w))).toEqual([]);
    await screenshots(page, 'setup-checklist-blank');
  });

  test('each step leads to its screen; a step is skipped and taken up again', async ({ page }) => {
    await signIn(page);
    await page.getByTestId('setup-go-geography').click();
    await expect(page).toHaveURL(/#\/settings\/map$/);
    await expect(page.getByTestId('geo-import')).toBeVisible();
    await page.goBack();
    await page.getByTestId('setup-go-operators').click();
    await expect(page).toHaveURL(/#\/settings\/operators$/);
    await expect(page.getByRole('button', { name: '新增值班人员' })).toBeVisible();
    await page.goBack();
    await page.getByTestId('setup-go-deadlines').click();
    await expect(page).toHaveURL(/#\/settings\/deadlines$/);
    await page.goBack();

    const equipment = page.getByTestId('setup-equipment');
    await page.getByTestId('setup-skip-equipment').click();
    await expect(page.getByText('已跳过“通讯设备台账”，可随时恢复')).toBeVisible();
    await expect(equipment).toHaveAttribute('data-state', 'skipped');
    await expect(equipment).toContainText('已跳过');
    // Still listed, and one click brings it back.
    await page.getByTestId('setup-skip-equipment').click();
    await expect(equipment).toHaveAttribute('data-state', 'todo');
    // Done or not is the data's word, even after a reload.
    await page.reload();
    await expect(page.getByTestId('setup-equipment')).toHaveAttribute('data-state', 'todo');
  });

  test('adding a person and importing facilities turn their steps; when all is done or skipped the card folds', async ({
    page,
  }) => {
    await signIn(page);
    await page.getByTestId('setup-go-operators').click();
    await page.getByRole('button', { name: '新增值班人员' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('姓名').fill('周明');
    await dialog.getByLabel('角色').click();
    await page.getByTitle('值班长').click();
    await dialog.getByLabel('姓名').press('Enter');
    await expect(page.getByText('已新增 周明')).toBeVisible();
    await page.getByRole('menuitem', { name: /工作台/ }).click();
    await expect(page.getByTestId('setup-operators')).toHaveAttribute('data-state', 'done');
    await expect(page.getByTestId('setup-operators')).toContainText('2 名人员');

    // The facility register, from the step's own button: the new kinds by their register words.
    await page.getByTestId('setup-go-resources').click();
    await expect(page).toHaveURL(/#\/resources\/facilities$/);
    const csv = [
      '类别,名称,地址,受威胁人数,受威胁户数',
      '应急避难场所,河湾公园避难场所,河湾大道1号,8000,',
      '加油站,中石化河湾加油站,河湾大道9号,45,',
      '地灾隐患点,后山村滑坡隐患点,后山村三组,126,35',
      '水库,河湾水库,上游,1800,',
    ].join('\r\n');
    await page.getByRole('button', { name: '导入' }).click();
    const importDialog = page.getByRole('dialog', { name: '导入重点单位' });
    await importDialog
      .locator('input[type="file"]')
      .setInputFiles({ name: '重点单位.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await expect(importDialog).toContainText('共 4 行，全部无误');
    await importDialog.getByTestId('import-commit').click();
    await expect(page.getByText('导入完成：新增 4，更新 0')).toBeVisible();
    const table = page.getByTestId('facilities-table');
    await expect(table).toContainText('后山村滑坡隐患点');
    await expect(table.getByRole('row', { name: /后山村滑坡隐患点/ })).toContainText('地质灾害隐患点');
    await expect(table.getByRole('row', { name: /后山村滑坡隐患点/ })).toContainText('威胁 126 人 · 35 户');
    await expect(table.getByRole('row', { name: /河湾公园避难场所/ })).toContainText('容纳 8,000 人');

    await page.getByRole('menuitem', { name: /工作台/ }).click();
    const resources = page.getByTestId('setup-resources');
    await expect(resources).toContainText('4 个重点单位 · 0 个储备库');
    // Facilities without a depot: the step is not done yet.
    await expect(resources).toHaveAttribute('data-state', 'todo');
    await expect(page.getByTestId('setup-progress')).toHaveText('已完成 1 / 6 项');

    for (const step of ['geography', 'roster', 'equipment', 'resources', 'deadlines'])
      await page.getByTestId(`setup-skip-${step}`).click();
    const card = page.getByTestId('setup-checklist');
    await expect(card).toContainText('初始设置已完成（1 项完成，5 项跳过）');
    await expect(page.getByTestId('setup-geography')).toHaveCount(0);
    await screenshots(page, 'setup-checklist-folded');
    // Returnable: the list opens again, and a skipped step can be taken up.
    await page.getByTestId('setup-toggle').click();
    await page.getByTestId('setup-skip-geography').click();
    await expect(page.getByTestId('setup-progress')).toHaveText('已完成 1 / 6 项');
    await expect(page.getByTestId('setup-geography')).toHaveAttribute('data-state', 'todo');
    await screenshots(page, 'setup-checklist-progress');
  });
});

test.describe('demo county: the facility kinds a county has', () => {
  const host = useHost({ demo: true });

  interface Fac {
    id: string;
    kind: string;
    name: string;
    point: [number, number];
    capacity: number | null;
    households: number | null;
  }
  interface Ring {
    radiusM: number;
    counts: Record<string, number>;
    shelterPlaces: number;
    threatenedPersons: number;
    threatenedHouseholds: number;
  }

  test('each new kind has its legend entry and toggle, and shows on the map until toggled off', async ({
    page,
    context,
  }) => {
    await page.goto(host.url);
    await signInByKeyboard(page, '陈立新', '2001');
    await page.getByRole('menuitem', { name: /一张图/ }).click();
    await waitMapIdle(page);
    const { facilities } = await callAs<{ facilities: Fac[] }>(page, 'map.layers', {});
    const legend = page.getByTestId('map-layers');
    const kinds = {
      shelter: '避难场所',
      hazmat: '危化企业/加油站',
      geohazard: '地质灾害隐患点',
      reservoir: '水库/堤防',
    };
    for (const [k, label] of Object.entries(kinds)) {
      const n = facilities.filter((f) => f.kind === k).length;
      expect(n, k).toBeGreaterThan(0);
      await expect(legend).toContainText(new RegExp(`${label}\\s*${n}`));
    }
    const colors = Object.fromEntries(
      Object.keys(kinds).map((k) => [k, hex(FACILITY_COLORS[k as 'shelter'])]),
    );
    const on = await countColors(context, await canvasShot(page), colors);
    for (const k of Object.keys(kinds)) expect(on[k], `${k} pixels`).toBeGreaterThan(40);
    await screenshots(page, 'map-facility-kinds');

    const before = await idleCount(page);
    await page.getByTestId('layer-fac-geohazard').click();
    await waitMapIdle(page, before);
    const off = await countColors(context, await canvasShot(page), colors);
    expect(off.geohazard, 'hazard point pixels with the layer off').toBeLessThan(on.geohazard! * 0.05);
    expect(off.shelter).toBeGreaterThan(40);
  });

  test('周边分析 of a hazard point lists shelters with their places and the persons it threatens', async ({
    page,
  }) => {
    await page.goto(host.url);
    await signInByKeyboard(page, '陈立新', '2001');
    await page.getByRole('menuitem', { name: /一张图/ }).click();
    await waitMapIdle(page);
    const { facilities } = await callAs<{ facilities: Fac[] }>(page, 'map.layers', {});
    // The hazard point with a shelter nearest to it.
    const shelters = facilities.filter((f) => f.kind === 'shelter');
    const d2 = (a: Fac, b: Fac) => (a.point[0] - b.point[0]) ** 2 + (a.point[1] - b.point[1]) ** 2;
    const point = facilities
      .filter((f) => f.kind === 'geohazard')
      .sort(
        (a, b) => Math.min(...shelters.map((s) => d2(a, s))) - Math.min(...shelters.map((s) => d2(b, s))),
      )[0]!;
    const around = await callAs<{ rings: Ring[] }>(page, 'map.around', {
      point: point.point,
      radiiM: [1000, 3000, 5000],
      depots: 3,
    });

    await page.getByTestId('map-search').fill(point.name);
    await page.getByTestId('map-search-option').filter({ hasText: point.name }).click();
    const popup = page.getByTestId('map-popup');
    await expect(popup).toContainText(point.name);
    await expect(popup).toContainText(
      `威胁 ${point.capacity!.toLocaleString('zh-CN')} 人 · ${point.households} 户`,
    );
    await popup.getByTestId('map-popup-around').click();

    const panel = page.getByTestId('around-panel');
    const shelterLine = panel.getByTestId('around-line-shelter').locator('td');
    const hazardLine = panel.getByTestId('around-line-geohazard').locator('td');
    for (const [i, ring] of around.rings.entries()) {
      await expect(shelterLine.nth(i)).toHaveText(
        `${ring.counts.shelter} 处，可容纳 ${ring.shelterPlaces.toLocaleString('zh-CN')} 人`,
      );
      await expect(hazardLine.nth(i)).toHaveText(
        `${ring.counts.geohazard} 处，威胁 ${ring.threatenedPersons.toLocaleString('zh-CN')} 人 / ${ring.threatenedHouseholds.toLocaleString('zh-CN')} 户`,
      );
    }
    // The point itself is inside its own first ring.
    expect(around.rings[0]!.threatenedPersons).toBeGreaterThanOrEqual(point.capacity!);
    expect(around.rings[2]!.counts.shelter).toBeGreaterThan(0);
    await panel.getByRole('button', { name: /地质灾害隐患点/ }).click();
    await expect(panel.getByTestId('around-geohazard').locator('li').first()).toContainText(point.name);
    await expect(panel.getByTestId('around-geohazard').locator('li').first()).toContainText(
      `威胁 ${point.capacity!.toLocaleString('zh-CN')} 人 · ${point.households} 户`,
    );
    await screenshots(page, 'map-around-hazard-point');
  });
});
