import { expect, signInAsAdmin, test, useHost } from './fixtures';

const host = useHost({ demo: true });

test('the header says when live updates stop arriving', async ({ page }) => {
  await page.goto(host.url);
  await signInAsAdmin(page);
  const indicator = page.getByTestId('connection');
  await expect(indicator).toHaveAttribute('data-status', 'open');
  await expect(indicator).toHaveText('实时连接');

  await host.stop();
  await expect(indicator).not.toHaveAttribute('data-status', 'open');
  await expect(indicator).toHaveText(/连接中断|正在连接/);
});
