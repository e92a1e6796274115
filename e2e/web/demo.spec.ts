import { expect, latinLeaks, screenshots, signInAsAdmin, switchLanguage, test, useHost } from './fixtures';

// One story on one fresh data directory: first run with the demo county, then a day's admin work.
test.describe.configure({ mode: 'serial' });
const host = useHost();

test('first run offers demo data or a blank start, in Chinese', async ({ page }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: '欢迎使用应急值班指挥台', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: '演示数据', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: '空白开始', exact: true })).toBeVisible();
  expect(await latinLeaks(page)).toEqual([]);
  await screenshots(page, 'first-run');

  // Every text the progress bar shows while the demo loads, however briefly.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="job-progress"]')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByRole('button', { name: '载入演示数据' }).click();
  await expect(page.getByTestId('job-progress')).toBeVisible();
  await screenshots(page, 'first-run-loading');
  // Ninety days of history in one transaction: seconds alone, more on a machine shared with other jobs.
  await expect(page.getByRole('heading', { name: '值班人员登录', exact: true })).toBeVisible({
    timeout: 45_000,
  });
  // The load counted off its parts on screen, in order, instead of a dimmed button.
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  const counted = seen.map((x) => /第 (\d+) \/ (\d+) 部分/.exec(x)).filter((m) => m !== null);
  expect(counted.length, seen.join(' | ')).toBeGreaterThan(0);
  const done = counted.map((m) => Number(m[1]));
  expect(new Set(counted.map((m) => m[2])).size).toBe(1);
  expect([...done].sort((a, b) => a - b)).toEqual(done);
  for (const group of ['带班领导', '值班长', '值班员', '管理员']) {
    await expect(page.getByRole('heading', { name: group, exact: true })).toBeVisible();
  }
  expect(await latinLeaks(page)).toEqual([]);
  await screenshots(page, 'sign-in');
});

test('the demo admin signs in with the keyboard and sees the dashboard', async ({ page }) => {
  await page.goto(host.url);
  await signInAsAdmin(page);
  await expect(page.getByTestId('bureau-name')).toContainText('应急管理局');
  await expect(page.getByRole('heading', { name: '工作台', exact: true })).toBeVisible();
  await expect(page.getByTestId('card-at-desk')).toContainText('系统管理员');
  await expect(page.getByTestId('shift-change-time')).toHaveText('08:30');
  await expect(page.getByTestId('card-operators')).toContainText('人');
  await expect(page.getByTestId('connection')).toHaveAttribute('data-status', 'open');
  expect(await latinLeaks(page)).toEqual([]);
  await screenshots(page, 'dashboard');

  // Areas still to come say so plainly (whichever are still marked 待上线 in the navigation).
  const coming = page.getByRole('menuitem', { name: /待上线/ });
  for (let i = 0; i < (await coming.count()); i++) {
    await coming.nth(i).click();
    await expect(page.getByTestId('coming-soon')).toContainText('此功能尚未上线');
    expect(await latinLeaks(page)).toEqual([]);
  }
});

test('a wrong PIN is refused in words and nobody is signed in', async ({ page }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '系统管理员' }).click();
  await page.getByLabel('PIN', { exact: true }).fill('1234');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('PIN 不正确');
  await expect(page.getByTestId('current-operator')).toHaveCount(0);
});

test('the language switches to English and back', async ({ page }) => {
  await page.goto(host.url);
  await signInAsAdmin(page);
  await switchLanguage(page, 'English');
  await expect(page.getByRole('heading', { name: 'Dashboard', exact: true })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: /Settings/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /Switch/ })).toBeVisible();
  await expect(page.getByTestId('current-operator')).toContainText('Administrator');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
  // The choice holds on this machine: reloaded, the app fetches its English before showing.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Dashboard', exact: true })).toBeVisible();
  await expect(page.getByTestId('current-operator')).toContainText('Administrator');
  // Errors come from the same catalog as core's, in the UI's language.
  await page.getByRole('menuitem', { name: /Settings/ }).click();
  await page.getByLabel('Shift change time').fill('25:99');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Use HH:MM, e.g. 08:30')).toBeVisible();

  await switchLanguage(page, '中文');
  await expect(page.getByRole('heading', { name: '设置', exact: true })).toBeVisible();
  await expect(page.getByText('时间格式应为 HH:MM，例如 08:30')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('the admin changes the shift change time', async ({ page }) => {
  await page.goto(`${host.url}/#/settings`);
  await signInAsAdmin(page);
  await expect(page.getByRole('tab', { name: '基本设置', selected: true })).toBeVisible();
  const field = page.getByLabel('交接班时间');
  await field.fill('0900');
  await field.press('Enter');
  await expect(page.getByText('时间格式应为 HH:MM，例如 08:30')).toBeVisible();
  await field.fill('09:00');
  await field.press('Enter');
  await expect(page.getByText('设置已保存')).toBeVisible();
  await screenshots(page, 'settings');

  await page.getByRole('menuitem', { name: /工作台/ }).click();
  await expect(page.getByTestId('shift-change-time')).toHaveText('09:00');
});

test('a wall token is created, opens the wall, and is revoked', async ({ page, context }) => {
  await page.goto(`${host.url}/#/settings/wall`);
  await signInAsAdmin(page);
  await page.getByLabel('名称').fill('值班室大屏');
  await page.keyboard.press('Enter');
  const shown = page.getByTestId('wall-url');
  await expect(shown).toContainText(`${host.url}/#/wall?token=wall_`);
  await screenshots(page, 'settings-wall-token');
  const wallUrl = (await shown.locator('code').innerText()).trim();

  const wall = await context.newPage();
  await wall.goto(wallUrl);
  await expect(wall.getByTestId('wall-bureau')).toContainText('应急管理局');
  // The token was swapped for sessionStorage and left the address bar.
  expect(wall.url()).not.toContain('token=');
  await expect(wall.getByTestId('connection')).toHaveAttribute('data-status', 'open');
  await expect(wall.getByText('工作台')).toHaveCount(0);
  await screenshots(wall, 'wall');

  const row = page.getByRole('row', { name: /值班室大屏/ });
  await row.getByRole('button', { name: '撤销' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '撤销' }).click();
  await expect(row).toContainText('已于');
  await expect(page.getByText('已撤销“值班室大屏”')).toBeVisible();

  // The open wall learns of the revocation live and stops showing the county.
  await expect(wall.getByText('大屏令牌无效或已撤销')).toBeVisible();
});

test('switching operator: a shift chief takes the desk and sees settings read-only', async ({ page }) => {
  await page.goto(host.url);
  await signInAsAdmin(page);
  await page.getByRole('button', { name: /切换/ }).click();
  await expect(page.getByRole('heading', { name: '切换值班人员', exact: true })).toBeVisible();
  await page.getByRole('button', { name: '陈立新' }).click();
  // Every demo operator has a PIN: the last four digits of their phone (README).
  await page.getByLabel('PIN', { exact: true }).fill('2001');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByTestId('current-operator')).toContainText('陈立新');
  await expect(page.getByTestId('current-operator')).toContainText('值班长');

  await page.getByRole('menuitem', { name: /设置/ }).click();
  await expect(page.getByText('只有管理员可以修改设置，你可以查看当前设置。')).toBeVisible();
  await expect(page.getByRole('button', { name: '保存' })).toHaveCount(0);
  await page.getByRole('tab', { name: '大屏令牌' }).click();
  await expect(page.getByText('此项只有管理员可以查看和管理。')).toBeVisible();

  // Signing out returns to the sign-in screen.
  await page.getByRole('button', { name: /退出/ }).click();
  await expect(page.getByRole('heading', { name: '值班人员登录', exact: true })).toBeVisible();
});
