import type { Page } from '@playwright/test';
import { distanceM, type LonLat } from '../../src/common/geo/distance';
import { encodeGb18030 } from '../../src/core/imports/gb18030';
import { wgsToGcj } from '../../src/core/imports/known-crs';
import { callAs, expect, screenshots, signInAsAdmin, test, useHost } from './fixtures';

/**
 * The registers as a duty room fills them: the key-facility list as Chinese Excel saves
 * it (CSV in GB18030) with coordinates copied from Amap (GCJ-02), converted on import;
 * a list with three bad rows refused with those rows named; an export to XLSX.
 */
test.describe.configure({ mode: 'serial' });
const host = useHost({ demo: true });

/** True WGS-84 positions; the file carries their GCJ-02 shifts. */
const TRUTH: [string, string, LonLat][] = [
  ['学校', '白沙镇新村希望小学', [111.402345, 27.601234]],
  ['医院', '白沙镇中心卫生院分院', [111.41012, 27.59876]],
  ['加气站', '城东LNG撬装加气站', [111.560011, 27.470987]],
];

async function openFacilities(page: Page) {
  await page.goto(host.url);
  await signInAsAdmin(page);
  await page.getByRole('menuitem', { name: /应急资源/ }).click();
  await expect(page.getByTestId('facilities-table')).toContainText('县第一中学');
}

async function chooseFile(page: Page, name: string, bytes: Uint8Array) {
  await page.getByRole('button', { name: '导入' }).click();
  const dialog = page.getByRole('dialog', { name: '导入重点单位' });
  await expect(dialog).toBeVisible();
  await dialog
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(bytes) });
  return dialog;
}

test('a GB18030 CSV with Amap (GCJ-02) coordinates lands within 10 m of the true positions', async ({
  page,
}) => {
  await openFacilities(page);
  const csv = [
    '重点单位名录（坐标取自高德地图）',
    '单位类型,单位名称,所属乡镇,详细地址,经度,纬度,规模,24小时联系人,值班电话',
    ...TRUTH.map(([kind, name, p], i) => {
      const [lon, lat] = wgsToGcj(p);
      return `${kind},${name},白沙镇,白沙镇新村${i + 1}组,${lon.toFixed(6)},${lat.toFixed(6)},${120 + i},李${i},0812-555800${i}`;
    }),
  ].join('\r\n');
  const dialog = await chooseFile(page, '重点单位（高德坐标）.csv', encodeGb18030(csv));
  // The header is found under the title row; the file's own Chinese headers map themselves.
  await expect(dialog).toContainText('表头在第 2 行');
  await expect(dialog).toContainText('共 3 行，全部无误');
  // The drop-down opens with an animation: pick again if the first click landed mid-way.
  await expect(async () => {
    if (!(await page.locator('.ant-select-dropdown:visible').count()))
      await dialog.getByTestId('import-crs').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'GCJ-02' })
      .click({ timeout: 2000 });
    await expect(dialog.getByTestId('import-crs')).toContainText('GCJ-02', { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(dialog.getByTestId('import-commit')).toBeEnabled();
  await dialog.getByTestId('import-commit').click();
  await expect(page.getByText('导入完成：新增 3，更新 0')).toBeVisible();

  for (const [, name, truth] of TRUTH) {
    const [f] = await callAs<{ point: LonLat; townName: string }[]>(page, 'facilities.list', { q: name });
    expect(f, name).toBeDefined();
    expect(distanceM(f!.point, truth), name).toBeLessThan(10);
    expect(f!.townName).toBe('白沙镇');
  }
  await page.getByLabel('搜索名称、地址、联系人或电话').fill('希望小学');
  await expect(page.getByTestId('facilities-table')).toContainText('白沙镇新村希望小学');
});

test('a file with three bad rows is refused, naming those rows, and nothing is imported', async ({
  page,
}) => {
  await openFacilities(page);
  const before = await callAs<unknown[]>(page, 'facilities.list', { includeArchived: true });
  const csv = [
    '类型,名称,乡镇,经度,纬度,规模,联系电话',
    '学校,城关第三小学,城关街道,111.52,27.46,1200,0812-5550001',
    '商场,万达广场,城关街道,111.52,27.46,,',
    '医院,县第二人民医院,城关街道,111.52,,600,',
    '供水,县第三水厂,不存在镇,111.53,27.45,六万,',
    '供电,城关新区变电站,城关街道,111.54,27.44,,0812-5550002',
  ].join('\r\n');
  const dialog = await chooseFile(page, '有错的名录.csv', encodeGb18030(csv));
  await expect(dialog).toContainText('共 5 行');
  const errors = dialog.getByTestId('import-errors');
  await expect(errors).toBeVisible();
  const rows = errors.locator('tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toContainText('3');
  await expect(rows.nth(0)).toContainText('无法识别的值“商场”');
  await expect(rows.nth(1)).toContainText('4');
  await expect(rows.nth(1)).toContainText('经度和纬度须同时填写');
  await expect(rows.nth(2)).toContainText('没有这个乡镇（街道）：不存在镇');
  await expect(rows.nth(3)).toContainText('应为不小于 0 的整数');
  const rowNumbers = await rows.locator('td:first-child').allInnerTexts();
  expect([...new Set(rowNumbers.map(Number))]).toEqual([3, 4, 5]);
  await expect(dialog.getByTestId('import-commit')).toBeDisabled();
  await screenshots(page, 'import-preview-errors');
  await dialog.getByRole('button', { name: '取消' }).click();
  expect(await callAs<unknown[]>(page, 'facilities.list', { includeArchived: true })).toEqual(before);
});

test('the registers export to XLSX', async ({ page }) => {
  await openFacilities(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 XLSX' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^重点单位-\d{12}\.xlsx$/);
  await page.getByRole('tab', { name: '物资储备库' }).click();
  await expect(page.getByTestId('depots-table')).toContainText('县应急物资储备库');
  const [depots] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 XLSX' }).click(),
  ]);
  expect(depots.suggestedFilename()).toMatch(/^应急物资储备库-\d{12}\.xlsx$/);
});
