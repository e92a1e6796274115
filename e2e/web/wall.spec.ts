import { expect, screenshots, test, useHost } from './fixtures';

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

test('an operator token is not a wall token', async ({ page, request }) => {
  const ops = await request.post(`${host.url}/api/operators.list`, { data: {} });
  const admin = ((await ops.json()) as { value: { id: string; name: string }[] }).value.find(
    (o) => o.name === '系统管理员',
  );
  const res = await request.post(`${host.url}/api/auth.signIn`, {
    data: { operatorId: admin?.id, pin: '0000' },
  });
  const token = ((await res.json()) as { value: { token: string } }).value.token;
  await page.goto(`${host.url}/#/wall?token=${token}`);
  await expect(page.getByText('大屏令牌无效或已撤销')).toBeVisible();
});
