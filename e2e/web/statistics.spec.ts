import { expect, signedIn, test, useHost } from './fixtures';

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
