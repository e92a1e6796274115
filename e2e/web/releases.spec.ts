import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import {
  call,
  callAs,
  e2eIso,
  expect,
  newIncident,
  pickOption,
  SCREENSHOT_DIR,
  signedIn,
  signInToken,
  switchLanguage,
  test,
  titleMark,
  useHost,
} from './fixtures';

/**
 * 信息发布 on the demo county: a 重大 incident's 权威信息 goes draft → internal review →
 * 宣传部 → approved → released through the screens; its 5-hour clock counts down on the
 * incident page and stops at the release (the page clock then passes the 5 hours and it
 * stays stopped, not overdue); the 审批单 prints on A4 with each step, person and time.
 */
test.describe.configure({ mode: 'serial' });

const host = useHost({ demo: true });

test('a release goes through the 宣传部 and stops its 5-hour clock; the 审批单 prints', async ({ page }) => {
  test.setTimeout(180_000);
  // 王建国 is a 局领导: he may do the internal review himself.
  await signedIn(page, host, '', '王建国', '1001');
  const title = `青石镇石坝村山体滑坡${titleMark()}`;
  const created = await callAs<{ incident: { id: string } }>(
    page,
    'incidents.create',
    newIncident({ title, grade: 'II' }),
  );
  const id = created.incident.id;
  await page.goto(`${host.url}/#/logs/incident/${id}`);
  const panel = page.getByTestId('release-panel');
  const auth = panel.locator('[data-testid="release-clock"][data-kind="authoritative"]');
  await expect(auth.getByTestId('countdown')).toContainText('剩余 4小时');
  await expect(panel.locator('[data-testid="release-clock"][data-kind="press"]')).toContainText(
    '剩余 23小时',
  );

  await panel.getByTestId('release-add').click();
  const draft = page.getByRole('dialog', { name: '新建信息发布' });
  await draft.getByTestId('release-title').fill(`关于${title}的情况通报`);
  await draft.getByTestId('release-facts').fill('今日9时40分，石坝村三组后山发生山体滑坡，无人员伤亡。');
  await draft.getByTestId('release-measures').fill('县应急管理局会同县自然资源局已赶赴现场处置。');
  await draft.getByTestId('release-advice').fill('请附近群众远离滑坡区域，不信谣、不传谣。');
  await draft.getByTestId('release-draft-save').click();
  await expect(page.getByTestId('release-state').first()).toHaveText('草稿');

  const step = async (action: string, fill?: () => Promise<void>) => {
    // One dialog at a time: the last one gone before the next step is asked for.
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.getByTestId(`release-action-${action}`).click();
    await expect(page.getByTestId('release-step-ok')).toBeVisible();
    if (fill) await fill();
    await page.getByTestId('release-step-ok').click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  };
  await step('review');
  await expect(page.getByTestId('release-state').first()).toHaveText('已内部审核');
  await step('submit');
  await expect(page.getByTestId('release-state').first()).toHaveText('已报宣传部');
  await step('approve', () => page.getByTestId('release-approver').fill('县委宣传部 王部长'));
  await expect(page.getByTestId('release-state').first()).toHaveText('宣传部已审批');
  await step('publish');
  await expect(page.getByTestId('release-state').first()).toHaveText('已发布');
  const chain = page.getByTestId('release-chain');
  await expect(chain.getByTestId('chain-item')).toHaveCount(5);
  await expect(chain).toContainText('县委宣传部 王部长');
  await expect(chain).toContainText('王建国');
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'release-chain-1920x1080.png'), fullPage: true });

  // Back on the incident: the 权威信息 clock stopped at the release, and stays stopped past the 5 hours.
  await page.goto(`${host.url}/#/logs/incident/${id}`);
  await expect(auth.getByTestId('release-clock-done')).toContainText('已发布');
  await page.clock.fastForward('06:00:00');
  await expect(auth.getByTestId('release-clock-done')).toContainText('已发布');
  await expect(auth.getByTestId('countdown')).toHaveCount(0);
  // The press conference clock still runs.
  await expect(
    panel.locator('[data-testid="release-clock"][data-kind="press"]').getByTestId('countdown'),
  ).toContainText('剩余 17小时');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'release-incident-1366x768.png'), fullPage: true });

  // The 审批单 on A4.
  await panel.getByTestId('incident-release').getByRole('link').click();
  await page.getByTestId('release-print').click();
  const sheet = page.getByTestId('release-sheet');
  await expect(sheet).toContainText('信息发布审批单');
  await expect(page.locator('body[data-print-ready="1"]')).toHaveCount(1);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const pdf = path.join(SCREENSHOT_DIR, 'release-approval.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
  execFileSync('pdftoppm', ['-png', '-r', '70', pdf, path.join(SCREENSHOT_DIR, 'release-approval')]);
  const text = execFileSync('pdftotext', [pdf, '-']).toString('utf8').replace(/\s+/g, '');
  for (const s of [
    '信息发布审批单',
    '权威信息',
    title,
    '事件情况',
    '政府应对措施',
    '公众防范建议',
    '审批流程',
    '内部审核',
    '报送宣传部',
    '宣传部审批',
    '县委宣传部王部长',
    '发布',
    '王建国',
    '带班领导',
  ])
    expect(text, s).toContain(s);
});

interface Rel {
  release: { id: string; versions: { id: string; contentHash: string }[] };
}

/** A 权威信息 through the whole chain by API (a 局领导 reviews): draft → review → 宣传部 → approved → released. */
async function releasedByApi(incidentId: string, title: string, token: string): Promise<void> {
  const content = {
    title: `关于${title}的情况通报`,
    facts: '今日发生险情，无人员伤亡。',
    measures: '县应急管理局已赶赴现场处置。',
    advice: '请群众远离危险区域。',
    channels: ['website'],
  };
  const { release } = await call<Rel>(
    host,
    'releases.draft',
    { clientKey: `k_wall_${incidentId}`, incidentId, kind: 'authoritative', templateId: null, content },
    token,
  );
  const v = release.versions[0]!;
  const ids = { id: release.id, versionId: v.id };
  await call(host, 'releases.review', { ...ids, post: 'bureau_leader', comments: '同意' }, token);
  await call(host, 'releases.submit', ids, token);
  await call(
    host,
    'releases.approve',
    {
      ...ids,
      contentHash: v.contentHash,
      approver: '县委宣传部 王部长',
      how: 'phone',
      ref: '',
      comments: '同意',
    },
    token,
  );
  await call(host, 'releases.publish', { ...ids, contentHash: v.contentHash, channels: ['website'] }, token);
}

test('the wall counts down the release clocks of Ⅰ/Ⅱ incidents, red when late, stopped at release', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const token = await signInToken(host, '王建国', '1001');
  // One received 4 h 50 min ago: 10 minutes left for its 权威信息; one received now, released at once.
  const late = `县城化工园区泄漏${titleMark()}`;
  const released = `青石镇山洪${titleMark()}`;
  const lateId = (
    await call<{ incident: { id: string } }>(
      host,
      'incidents.create',
      newIncident({ title: late, grade: 'I', receivedAt: e2eIso(290 * 60_000) }),
      token,
    )
  ).incident.id;
  const releasedId = (
    await call<{ incident: { id: string } }>(
      host,
      'incidents.create',
      newIncident({ title: released, grade: 'I' }),
      token,
    )
  ).incident.id;
  const wallToken = (
    await call<{ token: string }>(
      host,
      'wallTokens.create',
      { label: '发布时限大屏' },
      await signInToken(host),
    )
  ).token;
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${host.url}/#/wall?token=${wallToken}`);
  const panel = page.getByTestId('wall-releases');
  const row = (id: string) => panel.locator(`[data-testid="wall-release"][data-incident="${id}"]`);
  const clockOf = (id: string, kind: string) =>
    row(id).locator(`[data-testid="wall-release-clock"][data-kind="${kind}"]`);

  // Counting down, live: 10 minutes left, not late yet.
  await expect(clockOf(lateId, 'authoritative').getByTestId('countdown')).toContainText(/剩余 (9|10)分/);
  await expect(row(lateId)).toHaveAttribute('data-late', 'false');
  await expect(clockOf(releasedId, 'authoritative').getByTestId('countdown')).toContainText('剩余 4小时');

  // Released: the 权威信息 clock stops (the event reaches the wall); the 发布会 clock runs on.
  await releasedByApi(releasedId, released, token);
  // The wall orders rows by the next running clock and shows two. Released on time, this
  // one's next clock (发布会) is a day away, so it may drop below another open Ⅰ级 of the
  // demo (the demo's history is not the same every run). Shown or not, its 权威信息
  // countdown is gone; where it is shown, it reads 已发布 with the 发布会 clock running.
  await expect(clockOf(releasedId, 'authoritative').getByTestId('countdown')).toHaveCount(0);
  const shownAfterRelease = async () => (await row(releasedId).count()) > 0;
  if (await shownAfterRelease()) {
    await expect(clockOf(releasedId, 'authoritative').getByTestId('wall-release-done')).toContainText(
      '已发布',
    );
    await expect(clockOf(releasedId, 'press').getByTestId('countdown')).toContainText('剩余 23小时');
  }
  const clocks = await call<{ clocks: { incidentId: string; kind: string; doneAt: string | null }[] }>(
    host,
    'releases.clocks',
    { incidentId: releasedId },
    token,
  );
  expect(
    clocks.clocks.find((c) => c.incidentId === releasedId && c.kind === 'authoritative')?.doneAt,
  ).toBeTruthy();

  // Fifteen minutes on the wall's own clock: the unreleased one is late, red.
  await page.clock.fastForward('00:15:00');
  await expect(row(lateId)).toHaveAttribute('data-late', 'true');
  await expect(clockOf(lateId, 'authoritative')).toHaveAttribute('data-late', 'true');
  await expect(clockOf(lateId, 'authoritative').getByTestId('countdown')).toContainText('已超时');
  if (await shownAfterRelease()) {
    await expect(row(releasedId)).toHaveAttribute('data-late', 'false');
    await expect(clockOf(releasedId, 'authoritative').getByTestId('wall-release-done')).toContainText(
      '已发布',
    );
  }

  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const [width, height] of [
    [1920, 1080],
    [3840, 2160],
  ] as const) {
    await page.setViewportSize({ width, height });
    await expect(page.getByTestId('wall-board')).toHaveAttribute('data-stale', 'false', { timeout: 15_000 });
    await expect(row(lateId)).toBeVisible();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await expect(page.getByTestId('wall-map-canvas')).toHaveAttribute('data-map-state', 'idle', {
      timeout: 30_000,
    });
    // Readable from five metres (no text under 24 units), nothing spilling out of the panel.
    const u = width / 1920;
    const problems = await panel.evaluate((el, min) => {
      const out: string[] = [];
      const body = el.querySelector<HTMLElement>('.dr-wp-body')!;
      if (body.scrollHeight > body.clientHeight + 1)
        out.push(`overflows by ${body.scrollHeight - body.clientHeight}px`);
      for (const t of el.querySelectorAll<HTMLElement>('span, div, h2, strong')) {
        if (!t.textContent?.trim() || t.children.length > 0) continue;
        if (parseFloat(getComputedStyle(t).fontSize) < min) out.push(`small: ${t.textContent}`);
      }
      return out;
    }, 24 * u);
    expect(problems, `${width}x${height}`).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `wall-release-clocks-${width}x${height}.png`) });
  }

  // Past the five hours: the released one stays stopped, never overdue.
  await page.clock.fastForward('05:00:00');
  await expect(clockOf(releasedId, 'authoritative').getByTestId('countdown')).toHaveCount(0);
  if (await shownAfterRelease()) {
    await expect(clockOf(releasedId, 'authoritative').getByTestId('wall-release-done')).toContainText(
      '已发布',
    );
    await expect(clockOf(releasedId, 'authoritative')).toHaveAttribute('data-late', 'false');
  }
});

test('the demo holds a 权威信息 released after a 宣传部 return, a returned 防范提示, and 口径 to start a draft from', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signedIn(page, host, '', '王建国', '1001');
  const { releases } = await callAs<{
    releases: { id: string; kind: string; state: string; incidentId: string }[];
  }>(page, 'releases.list', {});
  // The demo's incident: its 防范提示 is returned, its 权威信息 released (the tests above release others).
  const tip = releases.find((r) => r.kind === 'advice' && r.state === 'returned')!;
  expect(tip, 'the demo returned 防范提示').toBeTruthy();
  const auth = releases.find(
    (r) => r.kind === 'authoritative' && r.state === 'released' && r.incidentId === tip.incidentId,
  )!;
  expect(auth, 'the demo released 权威信息').toBeTruthy();

  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${host.url}/#/releases/${auth.id}`);
  const chain = page.getByTestId('release-chain');
  // Two versions and seven steps: v1 reviewed, submitted, returned; v2 reviewed, submitted, approved, released.
  await expect(chain.getByTestId('chain-item')).toHaveCount(9);
  await expect(chain.locator('[data-testid="chain-item"][data-step="return"]')).toContainText(
    '伤亡人数以县政府核实数字为准',
  );
  await expect(chain.locator('[data-testid="chain-item"][data-step="approve"]')).toContainText('县委宣审〔');
  await expect(chain.locator('[data-testid="chain-item"][data-step="publish"]')).toHaveCount(1);
  await expect(page.getByTestId('release-state').first()).toHaveText('已发布');
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({
    path: path.join(SCREENSHOT_DIR, 'release-demo-chain-1920x1080.png'),
    fullPage: true,
  });

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${host.url}/#/releases/${tip.id}`);
  await expect(page.getByTestId('release-state').first()).toHaveText('宣传部退回');
  await expect(chain.locator('[data-testid="chain-item"][data-step="return"]')).toContainText('警戒区范围');
  await page.screenshot({
    path: path.join(SCREENSHOT_DIR, 'release-demo-returned-1366x768.png'),
    fullPage: true,
  });

  // A new user starts a 暴雨 release from the county's 口径: the sections come filled.
  const title = `桃源镇暴雨${titleMark()}`;
  const created = await callAs<{ incident: { id: string } }>(
    page,
    'incidents.create',
    newIncident({ title, grade: 'III', subtype: 'rainstorm' }),
  );
  await page.goto(`${host.url}/#/logs/incident/${created.incident.id}`);
  await page.getByTestId('release-panel').getByTestId('release-add').click();
  const draft = page.getByRole('dialog', { name: '新建信息发布' });
  await pickOption(page, draft.getByTestId('release-template'), '暴雨灾害权威信息（权威信息）');
  await expect(draft.getByTestId('release-facts')).toHaveValue(/出现强降雨/);
  await expect(draft.getByTestId('release-advice')).toHaveValue(/不涉水通行/);
  await expect(draft.getByTestId('release-title')).toHaveValue('暴雨灾害权威信息');
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'release-from-template-1366x768.png') });
});

test('设置 → 信息发布: the administrator sets the Ⅲ clock and keeps the 口径 (add, edit, retire)', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await signedIn(page, host, '#/settings/releases');
  const rules = page.getByTestId('release-rules');
  await expect(rules.getByTestId('release-rule-I-authoritative').locator('input')).toHaveValue('5.0');
  await expect(rules.getByTestId('release-rule-II-press').locator('input')).toHaveValue('24.0');
  // Ⅲ: 权威信息 within 6 hours and a 发布会 within 48 (the county's say).
  const auth3 = rules.getByTestId('release-rule-III-authoritative').locator('input');
  await auth3.fill('6');
  const press3 = rules.getByTestId('release-rule-III-press').locator('input');
  await press3.fill('48');
  await press3.press('Tab');
  await rules.getByTestId('release-rules-save').click();
  await expect(rules.getByTestId('release-rules-from')).toContainText('当前规则自');
  const saved = await callAs<{
    rules: { grade: string; authoritativeMinutes: number; pressMinutes: number }[];
  }>(page, 'releases.rules', {});
  expect(saved.rules.find((r) => r.grade === 'III')).toMatchObject({
    authoritativeMinutes: 360,
    pressMinutes: 2880,
  });

  // A 口径 added, one edited, one retired.
  const templates = page.getByTestId('release-templates');
  await templates.getByTestId('release-template-add').click();
  const dialog = page.getByRole('dialog', { name: '新增发布口径' });
  // The hazard by keyboard: typed, filtered, Enter.
  await dialog.getByTestId('release-template-subtype').click();
  await page.keyboard.type('滑坡');
  await page.keyboard.press('Enter');
  await expect(dialog.getByTestId('release-template-subtype')).toContainText('滑坡');
  await pickOption(page, dialog.getByTestId('release-template-kind'), '简要信息');
  await dialog.getByTestId('release-template-name').fill('滑坡简要信息');
  await dialog
    .getByTestId('release-template-facts')
    .fill('【时间】，【乡镇】【村组】发生山体滑坡，具体情况正在核实。');
  await dialog.getByTestId('release-template-ref').fill('县委宣传部 2026-11-20 审定');
  await page.getByTestId('release-template-save').click();
  await expect(dialog).toHaveCount(0);
  const row = (name: string) =>
    templates.locator(`[data-testid="release-template-row"][data-name="${name}"]`);
  await expect(row('滑坡简要信息')).toContainText('县委宣传部 2026-11-20 审定');
  await row('道路交通事故权威信息').getByTestId('release-template-edit').click();
  const edit = page.getByRole('dialog', { name: '编辑发布口径' });
  await edit.getByTestId('release-template-ref').fill('县委宣传部 2026-11-21 重新审定');
  await page.getByTestId('release-template-save').click();
  await expect(row('道路交通事故权威信息')).toContainText('2026-11-21 重新审定');
  await row('地质灾害（滑坡）权威信息').getByTestId('release-template-retire').click();
  await expect(row('地质灾害（滑坡）权威信息').getByTestId('release-template-state')).toHaveText('已停用');
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({
    path: path.join(SCREENSHOT_DIR, 'settings-releases-1920x1080.png'),
    fullPage: true,
  });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({
    path: path.join(SCREENSHOT_DIR, 'settings-releases-1366x768.png'),
    fullPage: true,
  });

  // A new Ⅲ landslide: its 权威信息 clock runs 6 hours, its 发布会 48; the draft offers the new 口径, not the retired one.
  const created = await callAs<{ incident: { id: string } }>(
    page,
    'incidents.create',
    newIncident({ title: `石门镇滑坡${titleMark()}`, grade: 'III', subtype: 'landslide' }),
  );
  await page.goto(`${host.url}/#/logs/incident/${created.incident.id}`);
  const panel = page.getByTestId('release-panel');
  await expect(
    panel.locator('[data-testid="release-clock"][data-kind="authoritative"]').getByTestId('countdown'),
  ).toContainText('剩余 5小时');
  await expect(
    panel.locator('[data-testid="release-clock"][data-kind="press"]').getByTestId('countdown'),
  ).toContainText('剩余 1天23小时');
  await panel.getByTestId('release-add').click();
  const draft = page.getByRole('dialog', { name: '新建信息发布' });
  await draft.getByTestId('release-template').click();
  await expect(page.getByTitle('滑坡简要信息（简要信息）', { exact: true })).toBeVisible();
  await expect(page.getByTitle('地质灾害（滑坡）权威信息（权威信息）', { exact: true })).toHaveCount(0);
});

/**
 * Chinese characters (and full-width punctuation) in a text: none belongs to an English
 * screen's own words, except 【】, which the 口径 lead quotes as the mark the county's
 * wording uses for what the desk fills in.
 */
const han = (text: string): string[] =>
  (text.match(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+/g) ?? []).filter((x) => x !== '【】');
/** Catalog keys shown as text instead of their words. */
const rawKeys = (text: string): string[] =>
  text.match(
    /\b(releases|releaseKind|releaseChannel|releaseClock|subtype|category|grade|common|errors)\.[A-Za-z.]+/g,
  ) ?? [];

/**
 * The text of `root` as the user reads it, less what is county data: the values in the
 * fields (a 口径's wording) and the elements `data` picks (a 口径's name and approval note).
 */
async function labelsOf(root: Locator, data: string[]): Promise<string> {
  return root.evaluate((el, sel) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const x of copy.querySelectorAll(['input', 'textarea', ...sel].join(','))) x.remove();
    return copy.innerText || copy.textContent || '';
  }, data);
}

test('in English, 设置 → 信息发布 and the draft dialog speak English around the county’s 口径, which stay Chinese', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await signedIn(page, host, '#/settings/releases');
  await switchLanguage(page, 'English');
  const content = page.locator('.dr-content');
  await expect(page.getByRole('tab', { name: 'Information release', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const templates = page.getByTestId('release-templates');
  await expect(templates).toContainText('Release templates');
  await expect(page.getByTestId('release-rules')).toContainText('Release deadlines');
  // The 口径 are the county's wording for its public: their names and approval notes stay Chinese…
  const rainstorm = templates.locator('[data-testid="release-template-row"][data-name="暴雨灾害权威信息"]');
  await expect(rainstorm).toContainText('Rainstorm');
  await expect(rainstorm).toContainText('Authoritative information');
  const headers = await templates.locator('thead th').allInnerTexts();
  expect(headers.slice(0, 5)).toEqual([
    'Hazard',
    'Kind',
    'Template name',
    'Approved by publicity dept.',
    'State',
  ]);
  // …and every word around them is English: no Chinese, no raw key, outside those two columns.
  const around = await labelsOf(content, [
    '[data-testid="release-template-row"] td:nth-child(3)',
    '[data-testid="release-template-row"] td:nth-child(4)',
  ]);
  expect(han(around), around).toEqual([]);
  expect(rawKeys(around)).toEqual([]);
  await page.screenshot({
    path: path.join(SCREENSHOT_DIR, 'settings-releases-en-1366x768.png'),
    fullPage: true,
  });

  // A 口径's dialog: English labels and hint, the county's wording in the fields.
  await rainstorm.getByTestId('release-template-edit').click();
  const edit = page.getByRole('dialog', { name: 'Edit release template' });
  await expect(edit.getByTestId('release-template-facts')).toHaveValue(/出现强降雨/);
  await expect(edit.getByTestId('release-template-subtype')).toContainText('Rainstorm');
  const editLabels = await labelsOf(edit, []);
  expect(han(editLabels), editLabels).toEqual([]);
  expect(rawKeys(editLabels)).toEqual([]);
  await edit.getByTestId('release-template-name').fill('');
  await page.getByTestId('release-template-save').click();
  await expect(edit.getByText('Required', { exact: true })).toBeVisible();
  await edit.getByRole('button', { name: 'Cancel' }).click();
  await expect(edit).toHaveCount(0);

  // The draft dialog on a 暴雨 incident: started from the 口径, the sections come in Chinese, the rest is English.
  const created = await callAs<{ incident: { id: string } }>(
    page,
    'incidents.create',
    newIncident({ title: `桃源镇暴雨${titleMark()}`, grade: 'III', subtype: 'rainstorm' }),
  );
  await page.goto(`${host.url}/#/logs/incident/${created.incident.id}`);
  await page.getByTestId('release-panel').getByTestId('release-add').click();
  const draft = page.getByRole('dialog', { name: 'New information release' });
  await pickOption(
    page,
    draft.getByTestId('release-template'),
    '暴雨灾害权威信息 (Authoritative information)',
  );
  await expect(draft.getByTestId('release-facts')).toHaveValue(/出现强降雨/);
  await expect(draft.getByTestId('release-title')).toHaveValue('暴雨灾害权威信息');
  await expect(draft.getByTestId('release-kind')).toContainText('Authoritative information');
  // The chosen 口径 is named in its own words, its kind in English (and announced the same way).
  await expect(draft.getByTestId('release-template')).toContainText(
    '暴雨灾害权威信息 (Authoritative information)',
  );
  const draftLabels = await labelsOf(draft, [
    '.ant-form-item-control-input:has([data-testid="release-template"])',
  ]);
  expect(han(draftLabels), draftLabels).toEqual([]);
  expect(rawKeys(draftLabels)).toEqual([]);
  // Its fields, named as 设置 names the 口径 (发布口径: Release template).
  const labels = await draft.locator('.ant-form-item-label label').allInnerTexts();
  expect(labels.map((x) => x.replace(/\s*\(optional\)$/, ''))).toEqual([
    'Kind',
    'Release template',
    'Title',
    'What happened',
    'Government response',
    'Advice to the public',
    'Channels',
  ]);
  await draft.getByTestId('release-title').fill('');
  await page.getByTestId('release-draft-save').click();
  await expect(draft.getByText('Required', { exact: true })).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'release-draft-en-1366x768.png') });
});
