import type { Page } from '@playwright/test';
import { DEPOT_COLOR, FACILITY_COLORS, FACILITY_KINDS } from '../../src/common/domain/facilities';
import { GRADE_COLORS } from '../../src/common/domain/incidents';
import { call, callAs, expect, screenshots, signInByKeyboard, signInToken, test, useHost } from './fixtures';
import { canvasShot, countColors, hex, idleCount, waitMapIdle, type Rgb } from './map-helpers';

/**
 * 一张图 on the demo county, as the shift chief uses it, with the network cut off: every
 * request that is not to this machine is refused and the test fails if any is made.
 * What is on the map is read from the canvas's pixels, not from the DOM.
 */
test.describe.configure({ mode: 'serial' });
const host = useHost({ demo: true });

const LOOPBACK = /^(https?|wss?):\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//;
let outside: string[] = [];

test.beforeEach(async ({ page }) => {
  outside = [];
  await page.context().route('**/*', async (route) => {
    const url = route.request().url();
    if (LOOPBACK.test(url)) return route.continue();
    outside.push(url);
    return route.abort('internetdisconnected');
  });
  page.on('dialog', (d) => {
    outside.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
});
test.afterEach(() => {
  expect(outside, 'requests that tried to leave the machine (or dialogs)').toEqual([]);
});

const LAND = hex('#f3efe4');
const RIVER = hex('#74b0dc');
const CLOSED_CLUSTER: Rgb = hex('#8c8c8c');
const RING = hex('#fa541c');

const kindColors = Object.fromEntries(FACILITY_KINDS.map((k) => [k, hex(FACILITY_COLORS[k])])) as Record<
  string,
  Rgb
>;

async function openMap(page: Page) {
  await page.goto(host.url);
  await signInByKeyboard(page, '陈立新', '2001');
  await page.getByRole('menuitem', { name: /一张图/ }).click();
  await waitMapIdle(page);
}

interface MapIncident {
  id: string;
  number: string;
  title: string;
  status: string;
  point: [number, number];
}

test('the map shows the county basemap, incidents and every kind of facility, offline', async ({
  page,
  context,
}) => {
  await openMap(page);
  await expect(page.getByTestId('map-layers')).toContainText('学校');
  const counts = await countColors(context, await canvasShot(page), {
    land: LAND,
    river: RIVER,
    closed: CLOSED_CLUSTER,
    ...Object.fromEntries(
      (['I', 'II', 'III', 'IV'] as const).map((g) => [`grade${g}`, hex(GRADE_COLORS[g])]),
    ),
    ...kindColors,
    depot: hex(DEPOT_COLOR),
  });
  console.log('map pixels', counts);
  expect(counts.land, 'basemap land').toBeGreaterThan(100_000);
  expect(counts.river, 'rivers').toBeGreaterThan(500);
  expect(counts.closed, 'closed incidents (grey clusters)').toBeGreaterThan(200);
  const open = (['I', 'II', 'III', 'IV'] as const).reduce((s, g) => s + counts[`grade${g}`]!, 0);
  expect(open, 'open incidents in grade colours').toBeGreaterThan(150);
  for (const k of FACILITY_KINDS) expect(counts[k], `facility kind ${k}`).toBeGreaterThan(40);
  expect(counts.depot, 'depots').toBeGreaterThan(100);
  // The legend counts what the layers hold.
  await expect(page.getByTestId('map-layers')).toContainText(/学校\s*61/);
  await screenshots(page, 'map-all-layers');
});

test('a layer toggled off is gone from the map, and back when toggled on', async ({ page, context }) => {
  await openMap(page);
  const schools = async () =>
    (await countColors(context, await canvasShot(page), { school: kindColors.school! })).school!;
  const on = await schools();
  expect(on).toBeGreaterThan(200);
  let before = await idleCount(page);
  await page.getByTestId('layer-fac-school').click();
  await waitMapIdle(page, before);
  // What is left is the odd antialiased edge of other icons in a purple-ish blend (about
  // 5 % of the schools' own pixels with today's icons; a school icon left would be far more).
  expect(await schools(), 'school pixels with the layer off').toBeLessThan(on * 0.1);
  // Everything else is still there.
  const rest = await countColors(context, await canvasShot(page), { hospital: kindColors.hospital! });
  expect(rest.hospital).toBeGreaterThan(40);
  before = await idleCount(page);
  await page.getByTestId('layer-fac-school').click();
  await waitMapIdle(page, before);
  expect(await schools()).toBeGreaterThan(200);
});

test('the search finds a school and flies to it', async ({ page, context }) => {
  await openMap(page);
  const search = page.getByTestId('map-search');
  await search.fill('青石镇中心');
  const option = page.getByTestId('map-search-option').filter({ hasText: '青石镇中心小学' });
  await expect(option).toBeVisible();
  const before = await idleCount(page);
  await option.click();
  const popup = page.getByTestId('map-popup');
  await expect(popup).toContainText('青石镇中心小学');
  await expect(popup).toContainText('学生');
  await waitMapIdle(page, before);
  // The school is now in the middle of the map, drawn large.
  const box = (await page.locator('[data-testid="map"] canvas').boundingBox())!;
  const centre = await page.screenshot({
    clip: { x: box.x + box.width / 2 - 60, y: box.y + box.height / 2 - 60, width: 120, height: 120 },
  });
  expect((await countColors(context, centre, { school: kindColors.school! })).school).toBeGreaterThan(100);
});

test('selecting an incident draws rings and lists what lies inside them', async ({ page, context }) => {
  await openMap(page);
  const layers = await callAs<{ incidents: MapIncident[] }>(page, 'map.layers', {});
  const open = layers.incidents.filter((i) => i.status === 'pending' || i.status === 'active');
  // The open incident with the most around it: the panel has something to show.
  let best: { inc: MapIncident; around: AroundResult } | null = null;
  for (const inc of open) {
    const around = await callAs<AroundResult>(page, 'map.around', {
      incidentId: inc.id,
      radiiM: [1000, 3000, 5000],
      depots: 3,
    });
    if (!best || around.facilities.length > best.around.facilities.length) best = { inc, around };
  }
  expect(best, 'an open incident on the map').not.toBeNull();
  const { inc, around } = best!;
  expect(around.facilities.length).toBeGreaterThan(0);

  await page.getByTestId('map-search').fill(inc.number);
  const before = await idleCount(page);
  await page.getByTestId('map-search-option').filter({ hasText: inc.number }).click();
  const panel = page.getByTestId('around-panel');
  await expect(panel).toContainText(inc.title);
  const rows = panel.getByTestId('around-rings').locator('tbody tr');
  await expect(rows).toHaveCount(3);
  for (const [i, ring] of around.rings.entries()) {
    const cells = rows.nth(i).locator('th, td');
    await expect(cells.nth(0)).toHaveText(`${ring.radiusM / 1000} 公里内`);
    await expect(cells.nth(1)).toHaveText(String(ring.counts.school));
    await expect(cells.nth(2)).toHaveText(ring.students.toLocaleString('zh-CN'));
    await expect(cells.nth(3)).toHaveText(String(ring.counts.hospital));
    await expect(cells.nth(4)).toHaveText(ring.beds.toLocaleString('zh-CN'));
  }
  const nearestSchool = around.facilities.find((f) => f.kind === 'school');
  if (nearestSchool)
    await expect(panel.getByTestId('around-school').locator('li').first()).toContainText(nearestSchool.name);
  const depots = panel.getByTestId('around-depots').locator('li');
  await expect(depots).toHaveCount(3);
  await expect(depots.first()).toContainText(around.depots[0]!.name);
  await expect(depots.first()).toContainText(/公里|米/);
  // Beside the depots' stock, what the agreements add for each item (实物 + 协议, hours).
  const reserves = await callAs<{ item: string; agreed: number; capacityPerDay: number }[]>(
    page,
    'supplies.reserves',
    {},
  );
  const agreed = reserves.filter((r) => r.agreed > 0 || r.capacityPerDay > 0);
  expect(agreed.length).toBeGreaterThan(0);
  const reserveRows = panel.getByTestId('around-reserves').locator('li');
  await expect(reserveRows).toHaveCount(agreed.length);
  await expect(reserveRows.filter({ hasText: agreed[0]!.item }).first()).toContainText(
    /实物 [\d,]+.+ \+ (协议|产能) [\d,]+/,
  );
  await panel.getByTestId('around-reserves').scrollIntoViewIfNeeded();
  await screenshots(page, 'map-around-reserves');
  await waitMapIdle(page, before);
  const rings = await countColors(context, await canvasShot(page), { ring: RING });
  expect(rings.ring, 'ring lines on the map').toBeGreaterThan(300);
  await screenshots(page, 'map-around');

  // Radii are the user's: a 2 km ring instead of 1 km.
  await panel.getByTestId('radius-0').fill('2');
  await panel.getByTestId('radii-apply').click();
  await expect(rows.nth(0).locator('th')).toHaveText('2 公里内');
});

interface AroundResult {
  rings: { radiusM: number; counts: Record<string, number>; students: number; beds: number }[];
  facilities: { id: string; kind: string; name: string; distanceM: number }[];
  depots: { name: string; distanceM: number }[];
}

test('a popup shows a hostile name as text', async ({ page }) => {
  await openMap(page);
  const evil = '<img src=x onerror=alert(1)>';
  // Written as the admin (the shift chief's page stays signed in as itself).
  await call(
    host,
    'facilities.upsert',
    {
      kind: 'other',
      name: evil,
      address: '<b>bold</b>',
      townCode: null,
      point: [111.53, 27.47],
      capacity: null,
      contact: '',
      phone: '',
      notes: '',
    },
    await signInToken(host),
  );
  // The change event refreshes the map; search it like any other.
  await page.getByTestId('map-search').fill('onerror');
  await page.getByTestId('map-search-option').filter({ hasText: 'onerror' }).click();
  const popup = page.getByTestId('map-popup');
  await expect(popup).toContainText(evil);
  await expect(popup).toContainText('<b>bold</b>');
  await expect(popup.locator('img, b')).toHaveCount(0);
});

test('the intake form picks the incident point on the map', async ({ page }) => {
  await page.goto(host.url);
  await signInByKeyboard(page, '陈立新', '2001');
  await page.goto(`${host.url}/#/logs/new`);
  await page.getByTestId('map-pick').click();
  const map = page.getByTestId('map-pick-map');
  await expect(map).toHaveAttribute('data-map-state', 'idle', { timeout: 30_000 });
  const box = (await map.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByTestId('map-pick-value')).toContainText('东经 111.');
  await page.getByTestId('map-pick-ok').click();
  const lon = Number(await page.getByLabel('经度').inputValue());
  const lat = Number(await page.getByLabel('纬度').inputValue());
  expect(lon).toBeGreaterThan(111.3);
  expect(lon).toBeLessThan(111.8);
  expect(lat).toBeGreaterThan(27.2);
  expect(lat).toBeLessThan(27.7);
});
