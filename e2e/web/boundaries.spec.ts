import path from 'node:path';
import type { Page, Request } from '@playwright/test';
import {
  SCREENSHOT_DIR,
  call,
  expect,
  newIncident,
  screenshots,
  signInAsAdmin,
  signInToken,
  test,
  titleMark,
  useHost,
} from './fixtures';

/**
 * The renderer survives its own bugs. A host answer the renderer cannot draw (a field
 * missing, as a bug in either would leave it) is made with page.route: the page that
 * throws shows an error page inside the shell and reports to the host's log; on the wall
 * only the panel that throws is replaced, retried, and the rest keeps updating. A broken
 * address shows a not-found page, not a blank window.
 */

const host = useHost({ demo: true });

/** Reports of errors the page sends to the host's log, as they are sent. */
function reports(page: Page): { where: string; attempt: number; message: string }[] {
  const seen: { where: string; attempt: number; message: string }[] = [];
  page.on('request', (r: Request) => {
    if (r.url().endsWith('/api/system.reportError'))
      seen.push(r.postDataJSON() as { where: string; attempt: number; message: string });
  });
  return seen;
}

function createIncident(token: string, title: string): Promise<unknown> {
  return call(host, 'incidents.create', newIncident({ title }), token);
}

test('a page that throws while drawing shows an error page in the shell, is logged, and comes back on retry', async ({
  page,
}) => {
  const token = await signInToken(host);
  const list = await call<{ items: { id: string; title: string }[] }>(
    host,
    'incidents.list',
    { limit: 1 },
    token,
  );
  const incident = list.items[0]!;
  const sent = reports(page);
  // The host's answer lacks the incident's instructions: the detail page cannot draw it.
  await page.route('**/api/incidents.get', async (route) => {
    const res = await route.fetch();
    const body = (await res.json()) as { value: Record<string, unknown> };
    delete body.value.instructions;
    await route.fulfill({ response: res, json: body });
  });
  await page.goto(`${host.url}/#/`);
  await signInAsAdmin(page);
  await page.goto(`${host.url}/#/logs/incident/${incident.id}`);

  const failed = page.getByTestId('page-error');
  await expect(failed).toBeVisible();
  await expect(failed).toContainText('此页面出错了');
  await expect(failed.getByRole('button', { name: '重试' })).toBeVisible();
  // The shell stands: header and navigation still work.
  await expect(page.getByRole('navigation').getByText('值班日志')).toBeVisible();
  await expect.poll(() => sent.map((r) => r.where)).toContain('page:logs');
  expect(sent[0]!.message).toMatch(/TypeError/);
  await screenshots(page, 'boundary-page');

  // The answer is whole again: 重试 fetches it afresh and draws the page.
  await page.unroute('**/api/incidents.get');
  await failed.getByRole('button', { name: '重试' }).click();
  await expect(page.getByTestId('incident-detail')).toContainText(incident.title);
  await expect(failed).toHaveCount(0);
});

test('a broken address shows a not-found page with a way back, never a blank window', async ({ page }) => {
  await page.goto(`${host.url}/#/incidents/%E0%A4%A`);
  const nf = page.getByTestId('not-found');
  await expect(nf).toBeVisible();
  await expect(nf).toContainText('没有这个页面');
  await expect(nf).toContainText('%E0%A4%A');
  await screenshots(page, 'not-found');
  await nf.getByRole('button', { name: '回到工作台' }).click();
  await expect(page.getByText('值班人员登录')).toBeVisible();
  // Signed in, a broken address inside an area is the same page, and the shell comes back after it.
  await signInAsAdmin(page);
  await page.goto(`${host.url}/#/logs/incident/%E0%A4%A`);
  await expect(page.getByTestId('not-found')).toBeVisible();
  await page.getByRole('button', { name: '回到工作台' }).click();
  await expect(page.getByRole('navigation').getByText('值班日志')).toBeVisible();
});

test('on the wall a panel that throws is replaced quietly and retried; the other panels keep updating', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const token = await signInToken(host);
  const wall = (
    await call<{ token: string }>(host, 'wallTokens.create', { label: '大屏（面板出错测试）' }, token)
  ).token;
  const sent = reports(page);
  // The statistics arrive without their per-category counts: the statistics panel cannot draw.
  await page.route('**/api/stats.overview', async (route) => {
    const res = await route.fetch();
    const body = (await res.json()) as { value: Record<string, unknown> };
    delete body.value.byCategory;
    await route.fulfill({ response: res, json: body });
  });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${host.url}/#/wall?token=${wall}`);
  await expect(page.getByTestId('wall-board')).toBeVisible();
  const failed = page.locator('[data-testid="panel-error"][data-where="wall.stats"]');
  await expect(failed).toBeVisible();
  await expect(failed).toHaveText('此栏暂时无法显示，稍后自动重试');
  await expect(page.getByTestId('wall-stats')).toHaveCount(0);
  await expect(page.getByTestId('wall-incidents')).toBeVisible();
  await expect(page.getByTestId('wall-duty')).toBeVisible();
  await expect.poll(() => sent.filter((r) => r.where === 'wall.stats').length).toBeGreaterThanOrEqual(1);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'boundary-wall-1920x1080.png') });

  // The board keeps updating: a new incident appears in its list while the panel is out.
  const first = `面板出错时的新事件 ${titleMark()}`;
  await createIncident(token, first);
  await expect(page.getByTestId('wall-incidents')).toContainText(first);
  await expect(failed).toBeVisible();

  // The panel tries again by itself (5 s after the first failure) and reports again.
  await expect
    .poll(() => sent.filter((r) => r.where === 'wall.stats').map((r) => r.attempt), { timeout: 15_000 })
    .toContain(2);

  // The data is whole again; the next change refetches it and the next retry draws the panel.
  await page.unroute('**/api/stats.overview');
  const open = page.getByTestId('wall-open-count');
  const before = Number((await open.textContent())?.replace(/\D/g, ''));
  await createIncident(token, `数据恢复后的新事件 ${titleMark()}`);
  await expect(open).toContainText(String(before + 1));
  await expect(page.getByTestId('wall-stats')).toBeVisible({ timeout: 30_000 });
  await expect(failed).toHaveCount(0);
});
