import path from 'node:path';
import { SCREENSHOT_DIR, call, expect, signInToken, test, useHost } from './fixtures';
import { countColors, hex } from './map-helpers';

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
  // The share of the map's canvas that is the county's land: about the same at any size when fitted.
  const landShare = async () => {
    const png = await canvas.locator('canvas').screenshot();
    const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    return (await countColors(context, png, { land: LAND }, 6)).land! / (w * h);
  };
  // Idle is not yet settled on a loaded machine: the panels beside the map fill in after the
  // first idle and resize it, and that resize fits the county again. Wait for the fit.
  await expect
    .poll(landShare, { message: 'the county fills the 1080p wall map', timeout: 20_000 })
    .toBeGreaterThan(0.3);
  const before = await landShare();
  await page.setViewportSize({ width: 3840, height: 2160 });
  await expect.poll(landShare, { timeout: 20_000 }).toBeGreaterThan(before * 0.8);
  console.log(
    'county land share of the wall map: 1920×1080',
    before.toFixed(3),
    '→ 3840×2160',
    (await landShare()).toFixed(3),
  );
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'wall-resized-3840x2160.png') });
});
