import type { Page } from '@playwright/test';
import { callAs, e2eIso, expect, newIncident, signInByKeyboard, test, useHost } from './fixtures';
import { waitMapIdle } from './map-helpers';

/**
 * 一张图's search as the shift chief uses it: type, press Enter, and the map goes to the
 * best hit — an open incident before a closed one, an exact name before one that merely
 * contains it. A link to an incident the map cannot show says why.
 */
test.describe.configure({ mode: 'serial' });
const host = useHost({ demo: true });

interface MapIncident {
  id: string;
  number: string;
  title: string;
  status: string;
  receivedAt: string;
  point: [number, number];
}

async function openMap(page: Page) {
  await page.goto(host.url);
  await signInByKeyboard(page, '陈立新', '2001');
  await page.getByRole('menuitem', { name: /一张图/ }).click();
  await waitMapIdle(page);
}

/** Received a minute ago (the map's search ranks by time too). */
function intake(title: string, point: [number, number] | null) {
  return newIncident({ title, receivedAt: e2eIso(60_000), place: { townCode: null, address: '', point } });
}

test('Enter takes the first hit: an open incident before a closed one of the same name', async ({ page }) => {
  await openMap(page);
  const layers = await callAs<{ incidents: MapIncident[] }>(page, 'map.layers', {});
  // The latest closed one: inside the map's default range (30 days).
  const closed = layers.incidents
    .filter((i) => i.status === 'closed')
    .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))[0];
  expect(closed, 'a closed incident on the map').toBeDefined();
  // The same name again, still open: what the chief means when typing it today.
  const created = await callAs<{ incident: { id: string; number: string } }>(
    page,
    'incidents.create',
    intake(closed!.title, closed!.point),
  );
  const search = page.getByTestId('map-search');
  await expect
    .poll(async () => {
      await search.fill('');
      await search.fill(closed!.title);
      return page.getByTestId('map-search-option').filter({ hasText: created.incident.number }).count();
    })
    .toBe(1);
  const options = page.getByTestId('map-search-option');
  await expect(options.first()).toContainText(created.incident.number);
  // Every open hit above every closed one (the demo has the same names many times over).
  const subs = await options.locator('.dr-map-search-sub').allInnerTexts();
  const isClosed = subs.map((s) => /已办结|已撤销/.test(s));
  expect(isClosed.some(Boolean), subs.join('|')).toBe(true);
  expect(isClosed, subs.join('|')).toEqual([...isClosed].sort((a, b) => Number(a) - Number(b)));
  await search.press('Enter');
  const panel = page.getByTestId('around-panel');
  await expect(panel).toContainText(created.incident.number);
  await expect(panel).toContainText(closed!.title);
});

test('Enter takes the exact name before names that start with it', async ({ page }) => {
  await openMap(page);
  const search = page.getByTestId('map-search');
  await search.fill('青石镇');
  const options = page.getByTestId('map-search-option');
  // The town itself, though its school, clinic and incidents also start with its name.
  await expect(options.first()).toHaveText(/^青石镇乡镇（街道）$/);
  expect(await options.count()).toBeGreaterThan(2);
  await search.press('Enter');
  await expect(page.getByTestId('map-popup')).toContainText('青石镇');
  await expect(search).toHaveValue('青石镇');
});

test('a link to an incident without a location says so; the legend explains grey circles', async ({
  page,
}) => {
  await openMap(page);
  await expect(page.getByTestId('legend-grey-cluster')).toContainText('灰色圆圈');
  const created = await callAs<{ incident: { id: string; number: string } }>(
    page,
    'incidents.create',
    intake('石坝村电话报告未说明地点', null),
  );
  await page.goto(`${host.url}/#/map?focus=incident:${created.incident.id}`);
  await expect(page.locator('.ant-message')).toContainText(
    `事件 ${created.incident.number} 石坝村电话报告未说明地点 没有标注位置，无法在地图上定位`,
  );
  await expect(page.getByTestId('around-panel')).toHaveCount(0);
});
