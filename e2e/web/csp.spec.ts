import { expect, signInAsAdmin, test, useHost } from './fixtures';
import { AREAS } from './areas';

const host = useHost();

// The fixture fails any test on a CSP violation; this one walks every screen there is,
// including dialogs (antd creates <style> elements for scroll locking outside React).
test('every screen runs under the CSP with zero violations', async ({ page, pageProblems }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: '欢迎使用应急值班指挥台', exact: true })).toBeVisible();
  await page.getByRole('button', { name: '空白开始' }).click();
  await page.getByRole('button', { name: '返回' }).click();
  await page.getByRole('button', { name: '载入演示数据' }).click();
  await signInAsAdmin(page);

  for (const area of AREAS) {
    await page.goto(`${host.url}/#/${area}`);
    await expect(page.locator('.ant-menu-item-selected')).toBeVisible();
    await expect(page.locator('.dr-content')).not.toBeEmpty();
    // Lazy chunks and first data have arrived once no skeleton is left (the event stream never idles).
    await expect(page.locator('.dr-content .ant-skeleton')).toHaveCount(0);
  }
  // Every tab of the register areas, and their records' dialogs (an auto-sizing text area
  // measures itself with a style attribute, which the CSP blocks: none may be used).
  for (const path of [
    'resources/facilities',
    'resources/depots',
    'equipment/round',
    'equipment/faults',
    'equipment/register',
    'equipment/history',
    'equipment/templates',
    'equipment/stats',
  ]) {
    await page.goto(`${host.url}/#/${path}`);
    await expect(page.getByRole('tabpanel')).toBeVisible();
    await expect(page.locator('.dr-content .ant-skeleton')).toHaveCount(0);
    await expect(page.locator('.dr-content .ant-spin-spinning')).toHaveCount(0);
    // And a record's dialog where the tab has one.
    if (/facilities|depots|register/.test(path)) {
      await page.getByRole('tabpanel').getByRole('button', { name: /编\s*辑/ }).first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
    }
  }
  for (const tab of ['general', 'operators', 'wall', 'backups', 'audit']) {
    await page.goto(`${host.url}/#/settings/${tab}`);
    await expect(page.getByRole('tabpanel')).toBeVisible();
  }
  await page.goto(`${host.url}/#/settings/operators`);
  await page.getByRole('button', { name: '新增值班人员' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /切换/ }).click();
  await expect(page.getByRole('heading', { name: '切换值班人员', exact: true })).toBeVisible();

  // Every style element antd or its utilities made carries the page's nonce.
  const unstamped = await page.evaluate(
    () => [...document.querySelectorAll('style')].filter((s) => !s.nonce).length,
  );
  expect(unstamped).toBe(0);

  await page.goto(`${host.url}/#/wall?token=bad`);
  await expect(page.getByText('大屏令牌无效或已撤销')).toBeVisible();
  expect(pageProblems).toEqual([]);
});
