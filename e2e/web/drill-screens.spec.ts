import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_OPERATORS } from '../../src/core/demo/county';
import {
  SCREENSHOT_DIR,
  call,
  callAs,
  expect,
  screenshots,
  signInToken,
  signedIn,
  test,
  useHost,
} from './fixtures';
import { colourSpan, hex } from './map-helpers';

/**
 * What the room sees while a drill runs, looked at by eye: the desk's 演练 strip, and the
 * wall with the campaign's board on its rotating panel at 1920x1080 and 3840x2160 — the
 * county map beside it drawn, not blank.
 */
test.describe.configure({ mode: 'serial' });

const host = useHost({ demo: true });
const CONTROLLER = '王建国';
const pinOf = (name: string) => DEMO_OPERATORS.find((o) => o.name === name)!.pin!;
const COUNTY_LINE = hex('#8a6a45');

test('the desk says a drill is running; the wall shows the campaign beside a drawn map', async ({
  page,
  context,
}) => {
  // Two walls, one of them 4K, each waiting for its map and the panel's turn.
  test.setTimeout(180_000);
  await signedIn(page, host, '#/drills', CONTROLLER, pinOf(CONTROLLER));
  const listed = await callAs<{ drills: { id: string; state: string; controller: boolean }[] }>(
    page,
    'drills.list',
    {},
  );
  const sealed = listed.drills.find((d) => d.state === 'planned' && d.controller)!;
  const started = await callAs<{ number: string; detail: { title: string } }>(page, 'drills.start', {
    id: sealed.id,
  });

  await page.goto(`${host.url}/#/`);
  const strip = page.getByTestId('drill-strip');
  await expect(strip).toContainText('演练');
  await expect(strip).toContainText(`${started.number} ${started.detail.title}`);
  await expect(strip).toContainText('不计入真实统计');
  await screenshots(page, 'drills-desk-strip');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'drills-desk-strip-1366x768.png') });

  const admin = await signInToken(host);
  await call(host, 'settings.update', { wallRotateSeconds: 5 }, admin);
  const { token } = await call<{ token: string }>(host, 'wallTokens.create', { label: '值班室大屏' }, admin);
  const { campaigns } = await call<{ campaigns: { deadline: string; domains: unknown[] }[] }>(
    host,
    'drills.campaigns',
    {},
    admin,
  );
  const domains = Math.max(...campaigns.map((c) => c.domains.length));
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 3840, height: 2160 },
  ]) {
    const wall: Page = await context.newPage();
    await wall.setViewportSize(size);
    await wall.goto(`${host.url}/#/wall?token=${token}`);
    const canvas = wall.getByTestId('wall-map-canvas');
    await expect(canvas).toHaveAttribute('data-map-state', 'idle', { timeout: 45_000 });
    // The panel turns every 5 s: the campaign page and its rows are read together, again
    // if it turned in between. Every domain is shown, or counted as not shown.
    await expect(async () => {
      await expect(wall.getByTestId('wall-rotate-title')).toHaveAttribute('data-page', 'campaign', {
        timeout: 1000,
      });
      const shown = await wall.getByTestId('wall-campaign-domain').count();
      const more = wall.getByTestId('wall-rotate-more');
      const notShown = (await more.count()) ? Number(/\d+/.exec(await more.innerText())![0]) : 0;
      expect(shown).toBeGreaterThan(0);
      expect(shown + notShown, `domains at ${size.width}x${size.height}`).toBe(domains);
    }).toPass({ timeout: 40_000 });
    const line = await colourSpan(context, await canvas.locator('canvas').screenshot(), COUNTY_LINE);
    expect(line.n, `county outline pixels at ${size.width}x${size.height}`).toBeGreaterThan(500);
    await wall.waitForTimeout(300);
    await wall.screenshot({
      path: path.join(SCREENSHOT_DIR, `drills-wall-campaign-${size.width}x${size.height}.png`),
    });
    await wall.close();
  }
});
