import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import {
  call,
  e2eIso,
  expect,
  newIncident,
  SCREENSHOT_DIR,
  signedIn,
  signInToken,
  test,
  useHost,
} from './fixtures';

/*
 * Countdowns read as durations everywhere they appear (desk, log list, incident page,
 * wall): 剩余 16小时28分, 已超时 23分钟, seconds only in the last ten minutes — never a
 * clock-like 16:28:53 that could be taken for a time of day beside 续报 17:00.
 */

const DURATION = /^(剩余|已超时) (\d+天(\d+小时)?|\d+小时(\d+分)?|\d+分钟|\d分\d{2}秒|\d+秒)$/;

const host = useHost({ demo: true });
let admin = '';
let soonId = '';

test.beforeAll(async () => {
  admin = await signInToken(host);
  // A 重大 call received 8 minutes ago: its phone report (15 min) is due in the last ten minutes.
  const created = await call<{ incident: { id: string } }>(
    host,
    'incidents.create',
    newIncident({
      receivedAt: e2eIso(8 * 60_000),
      caller: { unit: '县消防救援大队', name: '赵刚', post: '值班员', phone: '13900002222' },
      title: '城关街道商场火灾',
      category: 'accident',
      subtype: 'fire',
      grade: 'II',
    }),
    admin,
  );
  soonId = created.incident.id;
});

/** Every countdown text on the page (at least one), each checked against the duration format. */
async function countdownTexts(scope: Page | Locator, where: string): Promise<string[]> {
  const texts = scope.locator('[data-testid=countdown] .dr-countdown-text');
  await expect(texts.first(), where).toBeVisible();
  const all = await texts.allInnerTexts();
  for (const t of all) expect(t, `${where}: "${t}"`).toMatch(DURATION);
  return all;
}

test('desk, log list and incident page write countdowns as durations, and they tick on the shared clock', async ({
  page,
}) => {
  // The page runs on the run's clock (fixtures.ts), advanced below.
  await signedIn(page, host);

  await expect(page.getByTestId('desk-open-item').first()).toBeVisible();
  const desk = await countdownTexts(page.getByTestId('desk-open'), 'desk');
  // The demo has overdue incidents (hours late) and ones a day or more away.
  expect(desk.some((t) => t.startsWith('已超时'))).toBe(true);

  await page.goto(`${host.url}/#/logs`);
  await expect(page.locator('.dr-log-table').getByRole('row').nth(1)).toBeVisible();
  await countdownTexts(page, 'log list');

  await page.goto(`${host.url}/#/logs/incident/${soonId}`);
  const next = page.getByTestId('next-due').getByTestId('countdown');
  await expect(next).toContainText('电话报告');
  const [soon] = await countdownTexts(page, 'incident page');
  // About seven minutes left: minutes and seconds.
  expect(soon).toMatch(/^剩余 [67]分\d{2}秒$/);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'countdown-incident-1440x900.png') });
  // It ticks every second in the last minutes...
  await page.clock.fastForward(2000);
  await expect(next.locator('.dr-countdown-text')).not.toHaveText(soon!);
  // ...and turns overdue, in minutes, once the deadline passes.
  await page.clock.fastForward('08:00');
  await expect(next).toHaveAttribute('data-state', 'overdue');
  await expect(next.locator('.dr-countdown-text')).toHaveText(/^已超时 \d分\d{2}秒$/);
  await page.clock.fastForward('10:00');
  await expect(next.locator('.dr-countdown-text')).toHaveText(/^已超时 1\d分钟$/);
});

test('the wall writes countdowns as durations too', async ({ page }) => {
  const wall = (await call<{ token: string }>(host, 'wallTokens.create', { label: '倒计时测试' }, admin))
    .token;
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${host.url}/#/wall?token=${wall}`);
  await expect(page.getByTestId('wall-incident').first()).toBeVisible();
  const texts = await countdownTexts(page, 'wall');
  expect(texts.some((t) => /^剩余 \d分\d{2}秒$/.test(t))).toBe(true);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'countdown-wall-1920x1080.png') });
});
