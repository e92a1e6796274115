import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { StatsQuery } from '../../src/common/contract/statistics';
import {
  callAs,
  clientKey,
  e2eNow,
  expect,
  pickOption,
  SCREENSHOT_DIR,
  signedIn,
  test,
  useHost,
} from './fixtures';

/**
 * 统计 on the demo county: a bar opens the records behind it (as many as it counts), a
 * record leads to its incident, and the town filter changes the figures.
 */
const host = useHost({ demo: true });

test('a bar opens its records; the town filter changes the figures', async ({ page }) => {
  test.setTimeout(120_000);
  await signedIn(page, host, '#/statistics', '王建国', '1001');
  const category = page.getByTestId('stat-incidents.category');
  await expect(category).toBeVisible();
  const bar = category.locator('[data-testid^="stat-bar-incidents.category-"]').first();
  await expect(bar).toBeVisible();
  const n = Number(/(\d+)\s*$/.exec((await bar.innerText()).trim())![1]);
  expect(n).toBeGreaterThan(0);
  await bar.click();
  const drawer = page.getByTestId('statistics-records');
  await expect(drawer.getByTestId('statistics-record')).toHaveCount(n);
  const first = drawer.getByTestId('statistics-record').first().locator('a');
  await first.click();
  await expect(page).toHaveURL(/#\/logs\/incident\//);

  // Back on 统计: following the record closed the panel, so the figures are free to use.
  await page.goBack();
  await expect(page.locator('.ant-drawer-open')).toHaveCount(0);
  const total = page.getByTestId('stat-incidents.town');
  await expect(total).toBeVisible();
  const countyTags = await total.locator('[data-testid^="stat-bar-incidents.town-"]').count();
  await page.getByTestId('statistics-town').click();
  await page.locator('.ant-select-item-option').nth(1).click();
  await expect(total.locator('[data-testid^="stat-bar-incidents.town-"]')).not.toHaveCount(
    countyTags === 1 ? 2 : countyTags,
  );
});

test('统计 and the desk key figures on the two desk screens', async ({ page }) => {
  test.setTimeout(120_000);
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // Last month, whole within the demo's 90 days: late reports and every kind of name, whatever
  // this month's first days hold (a figure with nothing in its period draws no axis, only words).
  await signedIn(page, host, `#/statistics?period=${roomMonth(1)}`, '王建国', '1001');
  await expect(page.getByTestId('stat-incidents.type')).toBeVisible();
  for (const [w, h] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.waitForTimeout(300);
    // From the top: a full-page shot taken scrolled draws the fixed header mid-page.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `statistics-${w}x${h}.png`), fullPage: true });
    for (const metric of ['incidents.type', 'incidents.town'])
      await page.getByTestId(`stat-${metric}`).screenshot({
        path: path.join(SCREENSHOT_DIR, `statistics-${metric.replace('.', '-')}-${w}x${h}.png`),
      });
    // No two names on an axis run into each other (事件类型 and 事发乡镇 did at 1366×768).
    for (const metric of ['incidents.type', 'incidents.town', 'incidents.category', 'reports.lateMinutes']) {
      const boxes = await page
        .getByTestId(`stat-${metric}`)
        .getByTestId('stat-axis-name')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
      expect(boxes.length, metric).toBeGreaterThan(1);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
          expect(apart, `${metric} at ${w}: names ${i} and ${j} overlap`).toBe(true);
        }
    }
  }
  await page.goto(`${host.url}/#/`);
  await expect(page.getByTestId('card-key-figures')).toBeVisible();
  for (const [w, h] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.waitForTimeout(300);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `desk-${w}x${h}.png`), fullPage: true });
    await page.getByTestId('card-key-figures').screenshot({
      path: path.join(SCREENSHOT_DIR, `desk-key-figures-${w}x${h}.png`),
    });
  }
});

test('a 查岗 bar → its record → the log at that very 查岗; a fault and a drill likewise', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  // Last month, whole within the demo's history: this month's first days may hold no 查岗, and a
  // figure with nothing in its period draws words, no bar.
  const period = `#/statistics?period=${roomMonth(1)}`;
  await signedIn(page, host, period, '王建国', '1001');
  const drawer = page.getByTestId('statistics-records');

  // 查岗: the drawer's record names the seconds it took; the log opens on its day, that row marked.
  const spot = page
    .getByTestId('stat-spotChecks.answer')
    .locator('[data-testid^="stat-bar-spotChecks.answer-"]');
  await spot.first().click();
  const record = drawer.getByTestId('statistics-record').first();
  await expect(record).toBeVisible();
  const seconds = /(\d+)\s*秒应答/.exec(await record.innerText())![1]!;
  await record.getByTestId('statistics-record-link').click();
  await expect(page).toHaveURL(/#\/logs\?kind=spot_check&on=\d{4}-\d{2}-\d{2}&focus=[^&]+$/);
  const focused = page.locator('.dr-log-table tr.dr-row-focus');
  await expect(focused).toHaveCount(1);
  await expect(focused).toContainText(`${seconds} 秒`);
  await expect(focused).toBeInViewport();
  // Only 查岗 of that day are listed: the filter reads so.
  await expect(page.locator('.dr-log-table tbody tr.ant-table-row')).not.toHaveCount(0);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'statistics-spot-check-focused-1366x768.png') });

  // A fault: the faults tab, that fault's row marked.
  await page.goto(`${host.url}/${period}`);
  const fault = page.getByTestId('stat-faults.status').locator('[data-testid^="stat-bar-faults.status-"]');
  await fault.first().click();
  const faultRecord = drawer.getByTestId('statistics-record').first();
  const number = (await faultRecord.getByTestId('statistics-record-link').innerText()).split(' ')[0]!;
  await faultRecord.getByTestId('statistics-record-link').click();
  await expect(page).toHaveURL(/#\/equipment\/faults\?focus=/);
  const faultRow = page.getByTestId('faults-table').locator('tr.dr-row-focus');
  await expect(faultRow).toHaveCount(1);
  await expect(faultRow).toContainText(number);

  // A drill done: its panel opens.
  await page.goto(`${host.url}/${period}`);
  const drills = page.getByTestId('stat-drills.domain').locator('[data-testid^="stat-bar-drills.domain-"]');
  await drills.first().click();
  const drillRecord = drawer.getByTestId('statistics-record').first();
  const drillTitle = (await drillRecord.getByTestId('statistics-record-link').innerText()).trim();
  await drillRecord.getByTestId('statistics-record-link').click();
  await expect(page).toHaveURL(/#\/drills\?focus=/);
  await expect(page.getByTestId('drills-table').locator('tr.dr-row-focus')).toHaveCount(1);
  await expect(page.getByTestId('drill-panel')).toBeVisible();
  await expect(page.getByTestId('drill-panel')).toContainText(
    drillTitle.split(' ').slice(1).join(' ') || drillTitle,
  );
});

test('a kept check and a stock line below its minimum open marked on their own pages', async ({ page }) => {
  test.setTimeout(120_000);
  // Last month: this month's checks begin at the 1st's shift change, and on the 1st none has ended.
  await signedIn(page, host, `#/statistics?period=${roomMonth(1)}`, '王建国', '1001');
  const drawer = page.getByTestId('statistics-records');

  await page.getByTestId('stat-bar-checks.status-done').click();
  const check = drawer.getByTestId('statistics-record').first().getByTestId('statistics-record-link');
  const item = (await check.innerText()).trim();
  await check.click();
  await expect(page).toHaveURL(/#\/equipment\/history\?on=\d{4}-\d{2}-\d{2}&focus=/);
  const checkRow = page.getByTestId('history-table').locator('tr.dr-row-focus');
  await expect(checkRow).toHaveCount(1);
  await expect(checkRow).toContainText(item);
  await expect(checkRow).toBeInViewport();

  await page.goto(`${host.url}/#/statistics`);
  await page
    .getByTestId('stat-stock.below')
    .locator('[data-testid^="stat-bar-stock.below-"]')
    .first()
    .click();
  const stock = drawer.getByTestId('statistics-record').first().getByTestId('statistics-record-link');
  const line = (await stock.innerText()).trim();
  await stock.click();
  await expect(page).toHaveURL(/#\/supplies\/stock\?q=.+&depot=.+&focus=/);
  const stockRow = page.getByTestId('supplies-stock').locator('tr.dr-row-focus');
  await expect(stockRow).toHaveCount(1);
  await expect(stockRow).toContainText(line);
});

test('a key figure of the desk opens the records behind it on 统计, by mouse and by keyboard', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await signedIn(page, host, '#/', '王建国', '1001');
  // The figures are this month's: in its first days the demo may hold no 查岗 yet (CI ran on
  // the 6th and read 0/0), so the room takes one now, answered in time.
  await callAs(page, 'logs.add', {
    clientKey: clientKey('desk-spot'),
    kind: 'spot_check',
    data: {
      callerUnit: '市应急管理局',
      callerName: '王科长',
      answeredBy: '张伟',
      answerSeconds: 8,
      result: '在岗',
    },
  });
  await page.reload();
  const card = page.getByTestId('card-key-figures');
  // Red is explained where it is used.
  await expect(card.getByTestId('key-figures-legend')).toHaveText('红色：低于 90%');
  const drawer = page.getByTestId('statistics-records');
  const names = {
    initialOnTime: '初报及时率',
    spotAnswered: '查岗应答率',
    checkCompliance: '装备按期检查率',
  };
  for (const [key, name] of Object.entries(names)) {
    // A month of checks runs from the 1st's shift change: on the 1st none of its periods has ended.
    if (key === 'checkCompliance' && roomDay() === 1) continue;
    const tile = card.getByTestId(`key-figure-${key}`);
    const [n, of] = (await tile.locator('.dr-stat-foot').innerText()).split('/').map((x) => Number(x.trim()));
    expect(of, key).toBeGreaterThan(0);
    if ((await tile.getAttribute('data-low')) === 'true')
      await expect(tile.getByTestId(`key-figure-link-${key}`)).toHaveAttribute('title', '红色：低于 90%');
    const link = tile.getByTestId(`key-figure-link-${key}`);
    if (key === 'spotAnswered') {
      await link.focus();
      await page.keyboard.press('Enter');
    } else await link.click();
    await expect(page).toHaveURL(new RegExp(`#/statistics\\?period=\\d{4}-\\d{2}&figure=${key}$`));
    await expect(drawer.locator('.ant-drawer-title')).toContainText(`${name}：${of} 条记录`);
    // Exactly the records it is out of, the good ones among them as many as it counts.
    await expect(drawer.getByTestId('statistics-record')).toHaveCount(of!);
    const good = { initialOnTime: 'on_time', spotAnswered: 'in_limit', checkCompliance: 'done' }[key]!;
    const goodParts = drawer.locator(`[data-testid="statistics-records-part"][data-key="${good}"]`);
    let counted = 0;
    for (const part of await goodParts.all()) counted += await part.getByTestId('statistics-record').count();
    expect(counted, key).toBe(n);
    if (key === 'initialOnTime')
      await page.screenshot({
        path: path.join(SCREENSHOT_DIR, 'statistics-key-figure-records-1366x768.png'),
      });
    await page.keyboard.press('Escape');
    await expect(page.locator('.ant-drawer-open')).toHaveCount(0);
    // Closed, the address no longer asks for the panel: Back and reload find the figures.
    await expect(page).toHaveURL(/#\/statistics\?period=\d{4}-\d{2}$/);
    await page.goto(`${host.url}/#/`);
  }
  // A record of the panel leads to the record itself.
  await card.getByTestId('key-figure-link-initialOnTime').click();
  await drawer.getByTestId('statistics-record-link').first().click();
  await expect(page).toHaveURL(/#\/logs\/incident\//);
});

test('an expiring lot opens that lot under 批次', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await signedIn(page, host, '#/statistics', '王建国', '1001');
  const drawer = page.getByTestId('statistics-records');
  await page
    .getByTestId('stat-lots.expiring')
    .locator('[data-testid^="stat-bar-lots.expiring-"]')
    .first()
    .click();
  const link = drawer.getByTestId('statistics-record').first().getByTestId('statistics-record-link');
  // The drawer names the lot by its number, then the item.
  const [lotNo, item] = (await link.innerText()).trim().split(' ');
  await link.click();
  await expect(page).toHaveURL(/#\/supplies\/lots\?depot=[^&]+&focus=[^&]+$/);
  await expect(page.getByRole('tab', { name: '批次', selected: true })).toBeVisible();
  const row = page.getByTestId('supplies-lots').locator('tr.dr-row-focus');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(lotNo!);
  await expect(row).toContainText(item!);
  await expect(row).toContainText(/已过期|临期/);
  await expect(row).toBeInViewport();
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'statistics-lot-focused-1366x768.png') });
});

test('a missed check opens 检查记录 at the period it was owed, and still does once its item is retired', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  // Last month, whole: this month's first check period ends on the 2nd at the shift change.
  await signedIn(page, host, `#/statistics?period=${roomMonth(1)}`, '王建国', '1001');
  const drawer = page.getByTestId('statistics-records');
  await page.getByTestId('stat-bar-checks.status-missed').click();
  const link = drawer.getByTestId('statistics-record').first().getByTestId('statistics-record-link');
  const item = (await link.innerText()).trim();
  await link.click();
  await expect(page).toHaveURL(/#\/equipment\/history\?equipment=[^&]+&from=[^&]+&to=[^&]+&focus=missed%3A/);
  const missed = page.getByTestId('history-table').locator('tr.dr-row-focus');
  await expect(missed).toHaveCount(1);
  await expect(missed).toContainText(item);
  await expect(missed).toContainText('漏检');
  await expect(missed).toContainText(/应检期 .+ 至 /);
  await expect(missed).toBeInViewport();
  // Only that item's checks are listed around it.
  for (const name of await page
    .getByTestId('history-table')
    .locator('tbody tr.ant-table-row .dr-strong')
    .allInnerTexts())
    expect(name).toBe(item);
  const address = page.url();
  const id = new URL(address.replace('#/', '')).searchParams.get('equipment')!;

  // The item is retired afterwards: the same address still shows it, said so, and its register line.
  const list = await callAs<({ id: string } & Record<string, unknown>)[]>(page, 'equipment.list', {});
  const e = list.find((x) => x.id === id)!;
  await callAs(page, 'equipment.upsert', {
    id,
    kind: e.kind,
    name: e.name,
    model: e.model,
    serial: e.serial,
    location: e.location,
    point: e.point,
    custodianA: e.custodianA,
    custodianB: e.custodianB,
    interval: e.interval,
    status: 'retired',
    handover: false,
    notes: e.notes,
  });
  await page.goto(`${host.url}/#/`);
  await page.goto(address);
  await expect(missed).toHaveCount(1);
  await expect(missed.getByTestId('history-retired')).toHaveText('已停用');
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'statistics-missed-check-1366x768.png') });
  await missed.getByTestId('history-missed-item').click();
  await expect(page).toHaveURL(/#\/equipment\/register\?focus=/);
  const line = page.getByTestId('equipment-table').locator('tr.dr-row-focus');
  await expect(line).toHaveCount(1);
  await expect(line).toContainText(item);
  await expect(line).toContainText('停用');
});

/** The run's day of the month in the room's zone. */
function roomDay(): number {
  return new Date(e2eNow() + 8 * 3_600_000).getUTCDate();
}

/** The run's year and month in the room's zone (Asia/Shanghai, no daylight saving). */
function roomMonth(monthsBack = 0): string {
  const d = new Date(e2eNow() + 8 * 3_600_000);
  const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - monthsBack, 1));
  return `${m.getUTCFullYear()}-${String(m.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The full-page shot of 统计 at a desk size, from the top. */
async function shootStatistics(page: Page, name: string, w: number, h: number) {
  await page.setViewportSize({ width: w, height: h });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(300);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${w}x${h}.png`), fullPage: true });
}

test('a period and town with no records say so in words on every figure, no empty axes drawn', async ({
  page,
}) => {
  test.setTimeout(120_000);
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.setViewportSize({ width: 1920, height: 1080 });
  // This month a year ago (the last month offered, past what the picker's list shows at
  // once: opened by its address): long before the demo's 90 days of history, and in a year
  // with no 年度演练工作 registered.
  const label = (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5))}月`;
  const yearAgo = roomMonth(12);
  await signedIn(page, host, `#/statistics?period=${yearAgo}`, '王建国', '1001');
  await expect(page.getByTestId('assessment-period')).toContainText(label(yearAgo));
  // A town with no depot short of stock and no lot near expiry now (the figures of the present state).
  const towns = await callAs<{ code: string; name: string }[]>(page, 'geo.towns', {});
  let town: { code: string; name: string; q: StatsQuery } | undefined;
  for (const x of towns) {
    const q = await callAs<StatsQuery>(page, 'stats.query', { period: yearAgo, townCode: x.code });
    if (q.figures.every((f) => f.bars.every((b) => b.n === 0 && !b.of))) {
      town = { ...x, q };
      break;
    }
  }
  expect(town, 'a demo town with nothing in it a year ago nor now').toBeDefined();
  expect(town!.q.campaign).toBeNull();

  await pickOption(page, page.getByTestId('statistics-town'), town!.name);
  const figures = page.getByTestId('statistics-figures');
  await expect(figures).toHaveAttribute('data-period', yearAgo);
  const cards = figures.locator('[data-figure]');
  await expect(cards).toHaveCount(town!.q.figures.length);
  // Every figure says why it is empty: of the period, of now (stock, lots), or no campaign.
  const words = (metric: string) =>
    metric === 'drills.domain'
      ? '本年度尚未登记演练工作'
      : metric === 'stock.below' || metric === 'lots.expiring'
        ? '现无记录'
        : '本期无记录';
  for (const f of town!.q.figures)
    await expect(
      figures.locator(`[data-figure="${f.metric}"]`).getByTestId('stat-empty'),
      f.metric,
    ).toHaveText(words(f.metric));
  // No chart is drawn: no empty axes, no bars' buttons.
  await expect(figures.locator('.recharts-wrapper')).toHaveCount(0);
  await expect(figures.locator('[data-testid^="stat-bar-"]')).toHaveCount(0);
  for (const [w, h] of [
    [1366, 768],
    [1920, 1080],
  ] as const)
    await shootStatistics(page, 'statistics-empty', w, h);

  // This month county-wide (the page opened afresh): the figures with records draw their
  // charts, the others still say so (a mixed page).
  await page.goto(`${host.url}/#/statistics?period=${roomMonth()}`);
  await page.reload();
  await expect(figures).toHaveAttribute('data-period', roomMonth());
  const now = await callAs<StatsQuery>(page, 'stats.query', { period: roomMonth(), townCode: null });
  const drawn = now.figures.filter((f) => f.bars.some((b) => b.n > 0 || !!b.of)).map((f) => f.metric);
  expect(drawn.length, 'figures with records this month').toBeGreaterThan(0);
  expect(drawn.length, 'figures without records this month').toBeLessThan(now.figures.length);
  for (const f of now.figures) {
    const card = figures.locator(`[data-figure="${f.metric}"]`);
    const has = drawn.includes(f.metric);
    await expect(card.locator('.recharts-wrapper'), f.metric).toHaveCount(has ? 1 : 0);
    await expect(card.getByTestId('stat-empty'), f.metric).toHaveCount(has ? 0 : 1);
  }
});

test('统计 follows its address while shown: a period set there is the one counted, the picker writes it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const thisMonth = roomMonth();
  await signedIn(page, host, `#/statistics?period=${thisMonth}`, '王建国', '1001');
  const figures = page.getByTestId('statistics-figures');
  const picker = page.getByTestId('assessment-period');
  const total = page.getByTestId('stat-total-incidents').locator('.ant-statistic-content');
  const counted = async (period: string) =>
    String((await callAs<StatsQuery>(page, 'stats.query', { period, townCode: null })).totals.incidents);
  const label = (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5))}月`;
  // Another month of the demo's history, counting other incidents than this one.
  const here = await counted(thisMonth);
  let other = '';
  for (const back of [1, 2, 3])
    if ((await counted(roomMonth(back))) !== here) {
      other = roomMonth(back);
      break;
    }
  expect(other, 'a month of the demo counting other incidents than this one').not.toBe('');
  await expect(figures).toHaveAttribute('data-period', thisMonth);
  await expect(total).toHaveText(here);
  await expect(picker).toContainText(label(thisMonth));

  // The address changes while 统计 is shown (a link, or typed): the page moves to that period.
  await page.evaluate((h) => {
    window.location.hash = h;
  }, `#/statistics?period=${other}`);
  await expect(figures).toHaveAttribute('data-period', other);
  await expect(picker).toContainText(label(other));
  await expect(total).toHaveText(await counted(other));

  // The picker writes the address, and the address is what is shown; Back returns to the one before.
  await pickOption(page, picker, label(thisMonth));
  await expect(page).toHaveURL(new RegExp(`#/statistics\\?period=${thisMonth}$`));
  await expect(figures).toHaveAttribute('data-period', thisMonth);
  await expect(total).toHaveText(here);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`#/statistics\\?period=${other}$`));
  await expect(figures).toHaveAttribute('data-period', other);
  await expect(picker).toContainText(label(other));
  // An address without a period (the menu's) leaves the period as it is.
  await page.evaluate(() => {
    window.location.hash = '#/statistics';
  });
  await expect(page).toHaveURL(/#\/statistics$/);
  await expect(figures).toHaveAttribute('data-period', other);
});
