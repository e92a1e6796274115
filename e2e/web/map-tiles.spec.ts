import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, signInAsAdmin, test, useHost } from './fixtures';
import { REPO_ROOT } from './host';
import { canvasShot, countColors, waitMapIdle, type Rgb } from './map-helpers';

/**
 * Real basemaps from offline tile files: the test makes a tiny raster MBTiles and
 * PMTiles of the county (each tile one solid colour), the administrator points the
 * settings at each in turn, and the map draws their tiles, served by the app itself
 * (/tiles/{z}/{x}/{y} from the MBTiles, the PMTiles file by byte range). No request
 * leaves the machine.
 */
test.describe.configure({ mode: 'serial' });
const host = useHost({ demo: true });

// src/core/tiles/fixtures.ts: MBTILES_RGB and PMTILES_RGB.
const MBTILES: Rgb = [150, 220, 190];
const PMTILES: Rgb = [190, 190, 250];

let dir: string;
let files: { mbtiles: string; pmtiles: string };
test.beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duty-room-tiles-e2e-'));
  // In a child: the test worker stays free of SQLite (as the host is).
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/core/tiles/fixtures.ts', dir], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  files = JSON.parse(out.trim().split('\n').pop()!) as typeof files;
});
test.afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const outside: string[] = [];
test.beforeEach(async ({ page }) => {
  await page.context().route('**/*', async (route) => {
    const url = route.request().url();
    if (/^https?:\/\/127\.0\.0\.1:\d+\//.test(url)) return route.continue();
    outside.push(url);
    return route.abort('internetdisconnected');
  });
});
test.afterEach(() => expect(outside).toEqual([]));

async function useFile(page: Page, file: string, format: string) {
  await page.goto(`${host.url}/#/settings/map`);
  const panel = page.getByTestId('basemap-settings');
  await panel.getByText('离线瓦片文件').click();
  await panel.getByTestId('basemap-path').fill(file);
  await panel.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('底图设置已保存')).toBeVisible();
  await expect(panel.getByTestId('basemap-file-info')).toContainText(format);
  await expect(panel.getByTestId('basemap-file-info')).toContainText('栅格');
  await expect(panel.getByTestId('basemap-file-info')).toContainText('0 – 12');
}

test('an MBTiles file, then a PMTiles file, becomes the basemap', async ({ page, context }) => {
  await page.goto(host.url);
  await signInAsAdmin(page);

  await useFile(page, files.mbtiles, 'MBTiles');
  await page.getByRole('menuitem', { name: /一张图/ }).click();
  await waitMapIdle(page);
  let px = await countColors(context, await canvasShot(page), { mbtiles: MBTILES, pmtiles: PMTILES });
  expect(px.mbtiles, 'MBTiles tiles on the map').toBeGreaterThan(200_000);
  // (A few blended edges of other things come near the other file's colour.)
  expect(px.pmtiles).toBeLessThan(1000);

  await useFile(page, files.pmtiles, 'PMTiles');
  await page.getByRole('menuitem', { name: /一张图/ }).click();
  await waitMapIdle(page);
  px = await countColors(context, await canvasShot(page), { mbtiles: MBTILES, pmtiles: PMTILES });
  expect(px.pmtiles, 'PMTiles tiles on the map').toBeGreaterThan(200_000);
  expect(px.mbtiles).toBeLessThan(1000);

  // A file that is moved away: the map says so and falls back to the county basemap.
  fs.renameSync(files.pmtiles, `${files.pmtiles}.moved`);
  await page.reload();
  await expect(page.getByText(/配置的底图暂不可用/)).toBeVisible();
  await waitMapIdle(page);
  px = await countColors(context, await canvasShot(page), { pmtiles: PMTILES, land: [243, 239, 228] });
  expect(px.pmtiles).toBeLessThan(1000);
  expect(px.land).toBeGreaterThan(100_000);
  fs.renameSync(`${files.pmtiles}.moved`, files.pmtiles);

  // Back to the county basemap.
  await page.goto(`${host.url}/#/settings/map`);
  await page.getByTestId('basemap-settings').getByText('县域底图（离线）').click();
  await page.getByTestId('basemap-settings').getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('底图设置已保存')).toBeVisible();
});
