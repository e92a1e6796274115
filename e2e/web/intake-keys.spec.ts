import type { Page } from '@playwright/test';
import { callAs, expect, saveDialog, screenshots, signedIn, test, tick, useHost } from './fixtures';

/**
 * The intake from the keyboard alone, as a shift chief types it while on the phone: a
 * grade typed any way it is said (重大, 2, 三) means that grade; one Enter picks and moves
 * on; the town seat gives the point; the cursor waits in 核实 after the save.
 */
test.describe.configure({ mode: 'serial' });
const host = useHost({ demo: true });
let fireId = '';

async function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const item = el?.closest('.ant-form-item');
    return (
      item?.querySelector('label')?.textContent ?? el?.getAttribute('aria-label') ?? el?.textContent ?? ''
    );
  });
}

/** The grade the form holds now, as its tag shows it. */
function gradeShown(page: Page) {
  return page.locator('.ant-form-item').filter({ hasText: '事件级别' }).locator('[data-grade]').first();
}

test('grades typed as said: 重大 → Ⅱ级, 2 → Ⅱ级, 三 → Ⅲ级; one Enter each; a keyboard-only intake has the town seat as its point', async ({
  page,
}) => {
  await signedIn(page, host);
  await page.keyboard.press('F2');
  await expect.poll(() => focusedLabel(page)).toBe('接报方式');
  // Channel: typed exactly, one Enter picks and moves on.
  await page.keyboard.type('传真');
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedLabel(page)).toBe('接报时间');
  await expect(page.locator('.ant-form-item').filter({ hasText: '接报方式' })).toContainText('传真');
  for (let i = 0; i < 5; i++) await page.keyboard.press('Enter'); // time (now), unit, name, post, phone
  await expect.poll(() => focusedLabel(page)).toBe('事件类别');
  await page.keyboard.type('事故');
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedLabel(page)).toBe('事件类型');
  await page.keyboard.type('火灾');
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedLabel(page)).toBe('事件级别');

  // 重大 is Ⅱ级 (not 特别重大, which merely contains it).
  await page.keyboard.type('重大');
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedLabel(page)).toBe('事发时间');
  await expect(gradeShown(page)).toHaveAttribute('data-grade', 'II');
  await page.keyboard.press('Shift+Tab');
  await expect.poll(() => focusedLabel(page)).toBe('事件级别');
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedLabel(page)).toBe('事发时间');
  await expect(gradeShown(page)).toHaveAttribute('data-grade', 'II');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type('三');
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedLabel(page)).toBe('事发时间');
  await expect(gradeShown(page)).toHaveAttribute('data-grade', 'III');
  await expect(page.getByTestId('deadline-preview')).toContainText('较大');

  await page.keyboard.press('Enter'); // occurred: unknown
  await expect.poll(() => focusedLabel(page)).toBe('乡镇（街道）');
  await page.keyboard.type('青石');
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedLabel(page)).toBe('详细地址');
  await page.keyboard.type('青石镇工业园');
  await page.keyboard.press('Enter');
  // Enter stops at 经度 and 纬度, then at 用乡镇驻地坐标.
  await expect.poll(() => focusedLabel(page)).toBe('经度');
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedLabel(page)).toBe('纬度');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('town-seat')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedLabel(page)).toBe('事件标题');
  const towns = await callAs<{ code: string; name: string; seat: [number, number] }[]>(page, 'geo.towns', {});
  const seat = towns.find((x) => x.name === '青石镇')!.seat;
  await expect(page.getByLabel('经度')).toHaveValue(seat[0].toFixed(6));
  await expect(page.getByLabel('纬度')).toHaveValue(seat[1].toFixed(6));
  await page.keyboard.type('青石镇工业园厂房火灾（键盘接报）');
  await page.keyboard.press('Control+Enter');

  // Saved: the cursor waits in the 核实 form, no Tab needed.
  await expect(page).toHaveURL(/#\/logs\/incident\//);
  await expect.poll(() => focusedLabel(page)).toBe('核实对象');
  const id = /incident\/([^/?#]+)/.exec(page.url())![1]!;
  fireId = id;
  const got = await callAs<{
    incident: { grade: string };
    intake: { channel: string; place: { point: [number, number] | null } };
  }>(page, 'incidents.get', { id });
  expect(got.incident.grade).toBe('III');
  expect(got.intake.channel).toBe('fax');
  expect(got.intake.place.point).toEqual(seat);
});

test('an accident with 3 dead and 12 injured: 较大 is suggested beside the grade, a lower grade asks why, F8 takes it', async ({
  page,
}) => {
  await signedIn(page, host);
  await page.keyboard.press('F2');
  await expect.poll(() => focusedLabel(page)).toBe('接报方式');
  for (let i = 0; i < 6; i++) await page.keyboard.press('Enter'); // channel, time, unit, name, post, phone
  await expect.poll(() => focusedLabel(page)).toBe('事件类别');
  await page.keyboard.type('事故');
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedLabel(page)).toBe('事件类型');
  await page.keyboard.type('火灾');
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedLabel(page)).toBe('事件级别');
  // Graded 一般 first, as a first call often is; no figures yet, so nothing to suggest.
  await page.keyboard.type('一般');
  await page.keyboard.press('Enter');
  await expect(gradeShown(page)).toHaveAttribute('data-grade', 'IV');
  await expect(page.getByTestId('grade-suggestion')).toHaveCount(0);
  await expect.poll(() => focusedLabel(page)).toBe('事发时间');
  await page.keyboard.press('Enter'); // occurred: unknown
  await expect.poll(() => focusedLabel(page)).toBe('乡镇（街道）');
  await page.keyboard.type('青石');
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedLabel(page)).toBe('详细地址');
  await page.keyboard.type('青石镇化工园区');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Enter'); // address, lon, lat, town seat
  await expect.poll(() => focusedLabel(page)).toBe('事件标题');
  await page.keyboard.type('青石镇化工园区厂房爆燃（定级建议）');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab'); // 事件经过 is a text area: Enter is a new line there
  await page.keyboard.press('Enter'); // 原因
  await expect.poll(() => focusedLabel(page)).toBe('死亡');
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedLabel(page)).toBe('受伤');
  await page.keyboard.type('12');
  await page.keyboard.press('Enter');
  // The suggestion appears beside the grade: 较大, above the 一般 chosen, so a reason is asked.
  const suggestion = page.getByTestId('grade-suggestion');
  await expect(suggestion).toHaveAttribute('data-suggested', 'III');
  await expect(suggestion).toContainText('按伤亡和损失建议');
  await expect(suggestion).toContainText('较大');
  await expect(suggestion).toContainText('F8');
  await expect(page.getByLabel('定级理由')).toBeVisible();
  await page.keyboard.press('Enter'); // 失踪
  await page.keyboard.press('Enter'); // 被困
  await expect.poll(() => focusedLabel(page)).toBe('紧急转移安置');
  await page.keyboard.type('40');
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedLabel(page)).toBe('受灾人口');
  await page.keyboard.type('120');
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedLabel(page)).toBe('直接经济损失');
  await page.keyboard.type('350');
  await page.keyboard.press('Enter');
  await screenshots(page, 'intake-grade-suggestion');
  // Saving graded below the suggestion without a reason: the form stops at the reason.
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => focusedLabel(page)).toBe('定级理由');
  await expect(page).toHaveURL(/#\/logs\/new/);
  // One key takes the suggestion; the reason is no longer asked.
  await page.keyboard.press('F8');
  await expect(gradeShown(page)).toHaveAttribute('data-grade', 'III');
  await expect(suggestion).toContainText('与所选级别一致');
  await expect(page.getByLabel('定级理由')).toHaveCount(0);
  await expect(page.getByTestId('deadline-preview')).toContainText('较大');
  await page.keyboard.press('Control+Enter');

  await expect(page).toHaveURL(/#\/logs\/incident\//);
  const id = /incident\/([^/?#]+)/.exec(page.url())![1]!;
  const got = await callAs<{
    incident: { grade: string };
    intake: { relocated?: number; affected?: number; directLossWan?: number | null; gradeReason?: string };
  }>(page, 'incidents.get', { id });
  expect(got.incident.grade).toBe('III');
  expect(got.intake).toMatchObject({ relocated: 40, affected: 120, directLossWan: 350 });
  expect(got.intake.gradeReason).toBeUndefined();
  // The page shows the figures with their labels and units.
  const detail = page.getByTestId('incident-detail');
  await expect(detail).toContainText('紧急转移安置40 人');
  await expect(detail).toContainText('受灾人口120 人');
  await expect(detail).toContainText('直接经济损失350 万元');
  await expect(detail).toContainText('记录人系统管理员');
});

test('放弃并清空 asks first; cancelling keeps what was typed', async ({ page }) => {
  await signedIn(page, host, '#/logs/new');
  await page.getByLabel('事件标题').fill('半截接报：不要丢');
  await page.getByTestId('intake-clear').click();
  const dialog = page.locator('.ant-modal-confirm');
  await expect(dialog).toContainText('放弃这份接报并清空表单？');
  // Clicked once the question has zoomed in (a click mid-zoom lands where the button was a
  // frame before), and gone before the second is asked: on a loaded machine the closing
  // one was still there to be clicked, and its 放弃并清空 did nothing.
  await saveDialog(dialog, '继续填写');
  await expect(page.getByLabel('事件标题')).toHaveValue('半截接报：不要丢');
  await page.getByTestId('intake-clear').click();
  await expect(dialog).toHaveCount(1);
  await saveDialog(dialog, '放弃并清空');
  await expect(page.getByLabel('事件标题')).toHaveValue('');
  await screenshots(page, 'intake-cleared');
});

test('办结 without 终报 asks why and refuses; the API refuses it too', async ({ page }) => {
  await signedIn(page, host, `#/logs/incident/${fireId}`);
  const actions = page.getByTestId('entry-actions');
  await actions.getByText('办结', { exact: true }).click();
  const form = actions.locator('.dr-entry-form');
  await expect(form.getByTestId('close-no-final')).toContainText('本事件尚无终报');
  // The phone and written clocks are still running: the form names them.
  await expect(form.getByTestId('close-clocks')).toContainText('电话报告');
  await form.getByLabel('办结情况').fill('火已扑灭');
  await page.keyboard.press('Control+Enter');
  await expect(form).toContainText('必填');
  await expect(form).toContainText('请确认将结束的报告时限');
  await expect(page.getByTestId('timeline-entry')).toHaveCount(1);
  await expect(page.getByTestId('status-tag')).toHaveText('待核实');
  await screenshots(page, 'intake-close-asks');

  // Around the form: core refuses the same close.
  const refused = await page.evaluate(async (id) => {
    const token = sessionStorage.getItem('duty-room.operator-token');
    const res = await fetch('/api/incidents.addEntry', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({
        incidentId: id,
        clientKey: crypto.randomUUID(),
        kind: 'close',
        data: { summary: '火已扑灭' },
      }),
    });
    return (await res.json()) as { ok: boolean; error?: { message: string } };
  }, fireId);
  expect(refused.ok).toBe(false);
  expect(refused.error?.message).toBe('尚无终报，不能办结：请先终报，或写明无需终报的原因（如误报）');

  // With a reason and the clocks confirmed, it closes.
  await form.getByLabel('无需终报的原因').fill('演示：已并入另一起事件处置');
  // Filling the reason takes its 必填 away, and the lines below move up as it goes: tick until it holds.
  await tick(form.getByRole('checkbox', { name: '确认办结并结束以上时限' }));
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('status-tag')).toHaveText('已办结');
});
