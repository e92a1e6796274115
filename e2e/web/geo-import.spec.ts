import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import {
  FIXTURE_RIVERS,
  FIXTURE_TOWNS,
  FIXTURE_VILLAGES,
  brokenGeoJson,
  linesGeoJson,
  shapefileZip,
  villagesGeoJson,
  expectedCentroid,
  gcjGeoJson,
  gkShapefileZip,
  metresBetween,
} from '../../src/core/geo/fixtures';
import type { LonLat } from '../../src/common/geo/distance';
import {
  SCREENSHOT_DIR,
  callAs,
  expect,
  latinLeaks,
  pickOption,
  signInByKeyboard,
  test,
  useHost,
} from './fixtures';
import { canvasShot, colourSpan, colourStats, hex, waitMapIdle } from './map-helpers';

/**
 * A county started blank becomes itself from its own files (issue 13): a zipped
 * Shapefile projected by GDAL into CGCS2000 3-degree zone 38 with a GBK table, then a
 * GeoJSON in GCJ-02. Centroids are read off the preview table and held to the true
 * WGS-84 centroids; the map draws the boundary; the intake lists the towns and fills in a
 * town seat from the keyboard; a broken file is refused naming its problems, changing nothing.
 */

test.describe.configure({ mode: 'serial' });
const host = useHost();

// The basemap's county outline and town fill (src/renderer/src/map/style.ts COLORS).
const COUNTY_LINE = hex('#8a6a45');
const TOWN_FILL = hex('#f6f2e8');
const VILLAGE_DOT = hex('#9a6b3f');
const RIVER = hex('#74b0dc');

async function shot(
  page: Page,
  name: string,
  sizes: [number, number][] = [
    [1920, 1080],
    [1366, 768],
  ],
) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const [w, h] of sizes) {
    await page.setViewportSize({ width: w, height: h });
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${w}x${h}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

async function openImport(page: Page) {
  await page.goto(`${host.url}/#/settings/map`);
  await expect(page.getByTestId('geo-import')).toBeVisible();
}

async function dropFile(
  page: Page,
  name: string,
  bytes: Buffer | string,
  mimeType = 'application/octet-stream',
) {
  await page
    .getByTestId('geo-import')
    .locator('.ant-upload-drag input[type="file"]')
    .setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) });
}

/** The centroids the preview table shows, by code, held to the WGS-84 truth. */
async function expectTableCentroids(page: Page): Promise<number[]> {
  const table = page.getByTestId('geo-towns');
  const errors: number[] = [];
  for (const t of FIXTURE_TOWNS) {
    const row = table.getByRole('row', { name: new RegExp(t.code) });
    await expect(row).toContainText(t.name);
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    const m = /(\d{3}\.\d{6}), (\d{2}\.\d{6})/.exec(text);
    expect(m, `${t.name}: centroid shown`).not.toBeNull();
    const got: LonLat = [Number(m![1]), Number(m![2])];
    const d = metresBetween(got, expectedCentroid(t.ring));
    expect(d, `${t.name}: metres from the true centroid`).toBeLessThan(10);
    errors.push(Math.round(d * 100) / 100);
  }
  return errors;
}

test('blank start: no towns, no geography', async ({ page }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '空白开始' }).click();
  await page.getByLabel('县（区）名称').fill('河湾县');
  await page.getByLabel('应急管理局名称').fill('河湾县应急管理局');
  await page.getByLabel('管理员姓名').fill('林志远');
  await page.getByLabel(/^PIN/).fill('2468');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('current-operator')).toContainText('林志远');
  await openImport(page);
  await expect(page.getByTestId('geo-current')).toHaveText(
    '尚未导入行政区划：一张图、大屏和录入表的乡镇列表为空',
  );
  expect(await callAs<unknown[]>(page, 'geo.towns', {})).toEqual([]);
});

test('a zipped Shapefile in CGCS2000 GK zone 38 with a GBK table: preview, then import', async ({
  page,
  context,
}) => {
  await signIn(page);
  await openImport(page);
  await dropFile(page, '河湾县乡镇界.zip', await gkShapefileZip(), 'application/zip');
  await expect(page.getByTestId('geo-read')).toHaveText(
    'Shapefile，属性表 GBK 编码 · CGCS2000 3 度带第 38 带（文件中声明） · 4 个乡镇',
  );
  await expect(page.getByTestId('geo-ok')).toBeVisible();
  await expect(page.getByTestId('geo-name-column')).toContainText('乡镇名称');
  await expect(page.getByTestId('geo-code-column')).toContainText('乡镇代码');
  console.log('shapefile centroid errors (m)', await expectTableCentroids(page));
  await expect(page.getByTestId('geo-preview-map')).toHaveAttribute('data-map-state', 'idle', {
    timeout: 45_000,
  });
  // Latin only where it is the name of a format or a standard.
  const FORMATS = new Set([
    'zip',
    'GeoJSON',
    'Shapefile',
    'shp',
    'dbf',
    'prj',
    'GBK',
    'UTF',
    'KML',
    'KMZ',
    'CGCS',
    'km',
  ]);
  expect((await latinLeaks(page)).filter((w) => !FORMATS.has(w))).toEqual([]);
  await shot(page, 'geo-import-preview');

  // A wall display already open on the blank county follows the import without a reload.
  const { token } = await callAs<{ token: string }>(page, 'wallTokens.create', { label: '值班室大屏' });
  const wall = await context.newPage();
  await wall.setViewportSize({ width: 1920, height: 1080 });
  await wall.goto(`${host.url}/#/wall?token=${token}`);
  const wallCanvas = wall.getByTestId('wall-map-canvas');
  await expect(wallCanvas).toHaveAttribute('data-map-state', 'idle', { timeout: 45_000 });
  const wallLine = async () =>
    (await colourSpan(context, await wallCanvas.locator('canvas').screenshot(), COUNTY_LINE)).n;
  expect(await wallLine(), 'no county outline before the import').toBeLessThan(50);

  await page.getByTestId('geo-commit').click();
  await expect(page.getByText('已导入 4 个乡镇，一张图、大屏和选点地图已更新')).toBeVisible();
  await expect(page.getByTestId('geo-current')).toHaveText('现有区划：4 个乡镇（街道），0 个村（社区）');
  await expect.poll(wallLine, { timeout: 20_000 }).toBeGreaterThan(1000);
  await wall.waitForTimeout(500);
  await wall.screenshot({ path: path.join(SCREENSHOT_DIR, 'geo-import-wall-1920x1080.png') });
  await wall.close();
  // A 4K wall opened afterwards draws the same county.
  const wall4k = await context.newPage();
  await wall4k.setViewportSize({ width: 3840, height: 2160 });
  await wall4k.goto(`${host.url}/#/wall?token=${token}`);
  const canvas4k = wall4k.getByTestId('wall-map-canvas');
  await expect(canvas4k).toHaveAttribute('data-map-state', 'idle', { timeout: 45_000 });
  await wall4k.waitForTimeout(500);
  const line4k = await colourSpan(context, await canvas4k.locator('canvas').screenshot(), COUNTY_LINE);
  expect(Math.max(line4k.width, line4k.height), 'the 4K wall fits the county').toBeGreaterThan(0.7);
  await wall4k.screenshot({ path: path.join(SCREENSHOT_DIR, 'geo-import-wall-3840x2160.png') });
  await wall4k.close();
  const towns = await callAs<{ code: string; name: string }[]>(page, 'geo.towns', {});
  expect(towns.map((t) => `${t.code} ${t.name}`).sort()).toEqual(
    FIXTURE_TOWNS.map((t) => `${t.code} ${t.name}`).sort(),
  );
});

test('the map draws the imported county at once: boundary and towns, fitted to the view', async ({
  page,
  context,
}) => {
  await signIn(page);
  await page.goto(`${host.url}/#/map`);
  await waitMapIdle(page);
  const png = await canvasShot(page);
  const line = await colourSpan(context, png, COUNTY_LINE);
  const fill = await colourSpan(context, png, TOWN_FILL, 4);
  console.log('county outline pixels', line, 'town fill pixels', fill);
  expect(line.n, 'county outline pixels').toBeGreaterThan(2000);
  // Fitted: the outline spans most of the canvas one way or the other.
  expect(Math.max(line.width, line.height)).toBeGreaterThan(0.7);
  expect(fill.n, 'town fill pixels').toBeGreaterThan(100_000);
  await shot(page, 'geo-import-map', [
    [1920, 1080],
    [1366, 768],
  ]);
});

test('a GCJ-02 GeoJSON, chosen as such, lands on the same WGS-84 centroids', async ({ page }) => {
  await signIn(page);
  await openImport(page);
  await dropFile(page, '乡镇（高德导出）.geojson', gcjGeoJson(), 'application/geo+json');
  // Read as WGS-84 (the numbers are degrees), the towns sit some hundred metres off: choose GCJ-02.
  await expect(page.getByTestId('geo-read')).toContainText('WGS-84（按坐标判断）');
  await pickOption(page, page.getByTestId('geo-crs'), 'GCJ-02（高德、腾讯地图）');
  await expect(page.getByTestId('geo-read')).toContainText('GCJ-02（手动选择）', { timeout: 20_000 });
  console.log('GCJ-02 centroid errors (m)', await expectTableCentroids(page));
  await page.getByTestId('geo-commit').click();
  await expect(page.getByText('已导入 4 个乡镇，一张图、大屏和选点地图已更新')).toBeVisible();
});

test('the intake lists the imported towns and fills in a town seat from the keyboard', async ({ page }) => {
  await signIn(page);
  await page.goto(`${host.url}/#/logs/new`);
  const town = page.getByLabel('乡镇（街道）');
  await town.click();
  for (const t of FIXTURE_TOWNS) await expect(page.getByTitle(t.name, { exact: true })).toBeVisible();
  await page.keyboard.type('南河');
  await page.keyboard.press('Enter');
  const seatButton = page.getByTestId('town-seat');
  await seatButton.focus();
  await page.keyboard.press('Enter');
  const towns = await callAs<{ name: string; seat: LonLat }[]>(page, 'geo.towns', {});
  const seat = towns.find((t) => t.name === '南河乡')!.seat;
  await expect(page.getByLabel('经度')).toHaveValue(seat[0].toFixed(6));
  await expect(page.getByLabel('纬度')).toHaveValue(seat[1].toFixed(6));
  const nanhe = FIXTURE_TOWNS.find((t) => t.name === '南河乡')!;
  expect(metresBetween(seat, expectedCentroid(nanhe.ring))).toBeLessThan(10);
});

test('a broken polygon and a duplicate code are named, and the import is refused with nothing changed', async ({
  page,
}) => {
  await signIn(page);
  await openImport(page);
  const before = JSON.stringify(await callAs(page, 'geo.basemap', {}));
  await dropFile(page, '有问题的乡镇.geojson', brokenGeoJson(), 'application/geo+json');
  const problems = page.getByTestId('geo-problems');
  await expect(problems).toContainText('发现 2 处问题');
  await expect(problems).toContainText('“城关镇”（130181100）的边界自相交');
  await expect(problems).toContainText('区划代码 130181001 重复：“东关街道”、“西山镇”');
  await expect(page.getByTestId('geo-commit')).toBeDisabled();
  await shot(page, 'geo-import-problems', [[1366, 768]]);
  // The host refuses the same file when asked directly, naming both problems.
  const refused = await page.evaluate(async (base64) => {
    const token = sessionStorage.getItem('duty-room.operator-token');
    const res = await fetch('/api/geo.import', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ file: { fileName: '有问题的乡镇.geojson', base64 } }),
    });
    return (await res.json()) as { ok: boolean; error?: { message: string } };
  }, Buffer.from(brokenGeoJson()).toString('base64'));
  expect(refused.ok).toBe(false);
  expect(refused.error?.message).toContain('边界自相交');
  expect(refused.error?.message).toContain('区划代码 130181001 重复');
  expect(JSON.stringify(await callAs(page, 'geo.basemap', {}))).toBe(before);
});

test('villages and rivers, each a layer of its own: preview, import, and the map and wall show them with the towns', async ({
  page,
  context,
}) => {
  await signIn(page);
  await openImport(page);
  await page.getByTestId('geo-layer').getByText('村（社区）').click();
  await dropFile(
    page,
    '河湾县行政村.zip',
    await shapefileZip(villagesGeoJson(), '行政村界'),
    'application/zip',
  );
  await expect(page.getByTestId('geo-read')).toHaveText(
    'Shapefile，属性表 GBK 编码 · CGCS2000 3 度带第 38 带（文件中声明） · 4 个村（社区）',
  );
  await expect(page.getByTestId('geo-ok')).toBeVisible();
  const table = page.getByTestId('geo-towns');
  const towns = await callAs<{ code: string; name: string }[]>(page, 'geo.towns', {});
  for (const v of FIXTURE_VILLAGES) {
    const row = table.getByRole('row', { name: new RegExp(v.code) });
    await expect(row).toContainText(v.name);
    await expect(row).toContainText(towns.find((t) => t.code === v.town)!.name);
    await expect(row).toContainText(v.name === '南坡村' ? '按位置' : '按代码');
  }
  await expect(page.getByTestId('geo-preview-map')).toHaveAttribute('data-map-state', 'idle', {
    timeout: 45_000,
  });
  await shot(page, 'geo-import-villages-preview');
  await page.getByTestId('geo-commit').click();
  await expect(page.getByText('已导入 4 个村（社区），一张图、大屏和选点地图已更新')).toBeVisible();
  await expect(page.getByTestId('geo-current')).toHaveText('现有区划：4 个乡镇（街道），4 个村（社区）');

  await page.getByTestId('geo-layer').getByText('河流').click();
  await dropFile(
    page,
    '河流.zip',
    await shapefileZip(linesGeoJson(FIXTURE_RIVERS), '河流'),
    'application/zip',
  );
  await expect(page.getByTestId('geo-read')).toContainText('2 条河流');
  await expect(page.getByTestId('geo-code-column')).toHaveCount(0);
  await expect(table.getByRole('row', { name: /滹沱河/ })).toContainText('干流');
  await expect(table.getByRole('row', { name: /小清河/ })).toContainText('支流');
  await page.getByTestId('geo-commit').click();
  await expect(page.getByText('已导入 2 条河流，一张图、大屏和选点地图已更新')).toBeVisible();

  await page.goto(`${host.url}/#/map`);
  await waitMapIdle(page);
  const colours = { line: COUNTY_LINE, village: VILLAGE_DOT, river: RIVER };
  const px = await colourStats(context, await canvasShot(page), colours);
  console.log('map pixels after villages and rivers', px);
  expect(px.line!.n, 'the county outline is still drawn').toBeGreaterThan(2000);
  expect(px.village!.n, 'village dots').toBeGreaterThan(40);
  expect(px.river!.n, 'river pixels').toBeGreaterThan(800);
  // The river crosses the county from west to east.
  expect(px.river!.width).toBeGreaterThan(0.5);
  await shot(page, 'geo-import-villages-rivers-map');

  const { token } = await callAs<{ token: string }>(page, 'wallTokens.create', { label: '会商室大屏' });
  const wall = await context.newPage();
  await wall.setViewportSize({ width: 1920, height: 1080 });
  await wall.goto(`${host.url}/#/wall?token=${token}`);
  const wallCanvas = wall.getByTestId('wall-map-canvas');
  await expect(wallCanvas).toHaveAttribute('data-map-state', 'idle', { timeout: 45_000 });
  await wall.waitForTimeout(500);
  const river = await colourSpan(context, await wallCanvas.locator('canvas').screenshot(), RIVER);
  expect(river.n, 'the wall draws the rivers').toBeGreaterThan(300);
  await wall.screenshot({ path: path.join(SCREENSHOT_DIR, 'geo-import-villages-wall-1920x1080.png') });
  await wall.close();

  // The intake's location picker draws the same county: villages and the river too.
  await page.goto(`${host.url}/#/logs/new`);
  await page.getByTestId('map-pick').click();
  const picker = page.getByTestId('map-pick-map');
  await expect(picker).toHaveAttribute('data-map-state', 'idle', { timeout: 45_000 });
  await page.waitForTimeout(500);
  const pick = await colourStats(context, await picker.locator('canvas').first().screenshot(), colours);
  console.log('picker pixels after villages and rivers', pick);
  expect(pick.line!.n, 'the picker draws the county outline').toBeGreaterThan(500);
  expect(pick.village!.n, 'the picker draws the village dots').toBeGreaterThan(10);
  expect(pick.river!.n, 'the picker draws the river').toBeGreaterThan(200);
  await shot(page, 'geo-import-villages-picker');
});

test('facilities without coordinates: the map says how many of a kind it cannot show, and links to them in the register', async ({
  page,
}) => {
  await signIn(page);
  const shelter = (name: string, point: [number, number] | null) =>
    callAs(page, 'facilities.upsert', {
      kind: 'shelter',
      name,
      address: '',
      townCode: null,
      point,
      capacity: 500,
      households: null,
      contact: '',
      phone: '',
      notes: '',
    });
  await shelter('城关广场避难场所', [114.46, 38.04]);
  await shelter('东关中学避难场所', null);
  await shelter('南河小学避难场所', null);
  await page.goto(`${host.url}/#/map`);
  await waitMapIdle(page);
  const notice = page.getByTestId('unlocated-fac-shelter');
  await expect(notice).toHaveText('另有 2 个无坐标，未在图上显示，点此补录');
  await expect(page.getByTestId('unlocated-fac-school')).toHaveCount(0);
  await shot(page, 'geo-unlocated-map', [[1366, 768]]);
  await notice.click();
  await expect(page).toHaveURL(/#\/resources\/facilities\?kind=shelter&unlocated=1$/);
  const table = page.getByTestId('facilities-table');
  await expect(table).toContainText('东关中学避难场所');
  await expect(table).toContainText('南河小学避难场所');
  await expect(table).not.toContainText('城关广场避难场所');
  await expect(page.getByTestId('facility-unlocated')).toHaveText('仅无坐标');
  await shot(page, 'geo-unlocated-register', [[1366, 768]]);
  // Closing the filter lists every shelter again.
  await page.getByTestId('facility-unlocated').locator('.ant-tag-close-icon').click();
  await expect(table).toContainText('城关广场避难场所');
});

async function signIn(page: Page) {
  await page.goto(host.url);
  await signInByKeyboard(page, '林志远', '2468');
}
