import path from 'node:path';
import { SCREENSHOT_DIR, call, expect, newIncident, signInToken, test, useHost } from './fixtures';
import { colourSpan, hex } from './map-helpers';

/**
 * A wall's map fits the whole county again when its screen changes size (full screen,
 * moved to a 4K monitor), without a reload: nobody can pan a wall.
 */
const host = useHost({ demo: true });
const LAND = hex('#f6f2e8');

test('a wall resized from 1920×1080 to 3840×2160 fits the county again', async ({ page, context }) => {
  const admin = await signInToken(host);
  const { token } = await call<{ token: string }>(host, 'wallTokens.create', { label: '缩放测试' }, admin);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${host.url}/#/wall?token=${token}`);
  const canvas = page.getByTestId('wall-map-canvas');
  await expect(canvas).toHaveAttribute('data-map-state', 'idle', { timeout: 45_000 });
  // Fitted: the county's land spans the canvas's width or its height (less the padding),
  // whatever the map's shape — it is short and wide when 信息发布时限 sits under it (an open
  // Ⅰ/Ⅱ incident, which the demo has on some days and not on others).
  const fit = async () => {
    const span = await colourSpan(context, await canvas.locator('canvas').screenshot(), LAND, 6);
    return Math.max(span.width, span.height);
  };
  await expect
    .poll(fit, { message: 'the county fits the 1080p wall map', timeout: 20_000 })
    .toBeGreaterThan(0.8);
  const before = await fit();
  await page.setViewportSize({ width: 3840, height: 2160 });
  await expect
    .poll(fit, { message: 'the county fits the 4K wall map', timeout: 20_000 })
    .toBeGreaterThan(0.8);
  console.log(
    'county span of the wall map: 1920×1080',
    before.toFixed(3),
    '→ 3840×2160',
    (await fit()).toFixed(3),
  );
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'wall-resized-3840x2160.png') });
});

test('a short wall map (信息发布时限 under it) fits the county too', async ({ page, context }) => {
  const admin = await signInToken(host);
  await call(
    host,
    'incidents.create',
    newIncident({ title: '白沙镇山体滑坡', category: 'natural', subtype: 'landslide', grade: 'I' }),
    admin,
  );
  const { token } = await call<{ token: string }>(host, 'wallTokens.create', { label: '短图测试' }, admin);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${host.url}/#/wall?token=${token}`);
  await expect(page.getByTestId('wall-releases')).toBeVisible();
  const canvas = page.getByTestId('wall-map-canvas');
  await expect(canvas).toHaveAttribute('data-map-state', 'idle', { timeout: 45_000 });
  const box = (await canvas.boundingBox())!;
  expect(box.width / box.height, 'the map is short and wide').toBeGreaterThan(1.6);
  await expect
    .poll(
      async () => {
        const span = await colourSpan(context, await canvas.locator('canvas').screenshot(), LAND, 6);
        return span.height;
      },
      { message: 'the county spans the short map from top to bottom', timeout: 20_000 },
    )
    .toBeGreaterThan(0.8);
});
