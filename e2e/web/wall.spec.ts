import { expect, screenshots, signInToken, test, useHost } from './fixtures';

const host = useHost({ demo: true });

test('a wall page with a bad token shows a plain message and not the app', async ({ page }) => {
  await page.goto(`${host.url}/#/wall?token=wall_not-a-real-token`);
  await expect(page.getByText('大屏令牌无效或已撤销')).toBeVisible();
  expect(page.url()).not.toContain('token=');
  await expect(page.getByTestId('wall-bureau')).toHaveCount(0);
  await expect(page.getByText('工作台')).toHaveCount(0);
  await expect(page.getByText('值班人员登录')).toHaveCount(0);
  await screenshots(page, 'wall-invalid');
});

test('a wall page without any token shows the same message', async ({ page }) => {
  await page.goto(`${host.url}/#/wall`);
  await expect(page.getByText('大屏令牌无效或已撤销')).toBeVisible();
  await expect(page.getByTestId('wall-bureau')).toHaveCount(0);
});

test('an operator token is not a wall token', async ({ page }) => {
  const token = await signInToken(host);
  await page.goto(`${host.url}/#/wall?token=${token}`);
  await expect(page.getByText('大屏令牌无效或已撤销')).toBeVisible();
});
