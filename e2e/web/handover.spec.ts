import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_OPERATORS } from '../../src/core/demo/county';
import {
  SCREENSHOT_DIR,
  answerAs,
  clientKey,
  e2eIso,
  e2eNow,
  expect,
  newIncident,
  screenshots,
  signedIn,
  test,
  useHost,
} from './fixtures';

/**
 * Rosters and the shift handover on the demo county, as the duty room meets them: the
 * month's roster with a replacement recorded, the current shift's handover assembled,
 * sign-off refused until the overdue report is explained, three confirmations (one with
 * a PIN) locking it, a change refused and an amendment appended instead; the signed
 * sheet of a shift with 60 log entries printed through Chromium on A4 and checked page
 * by page; the history reprinting it exactly as signed; the month's roster printed.
 */
test.describe.configure({ mode: 'serial' });

const host = useHost({ demo: true });

/** A demo operator's own PIN: a fresh demo can be signed as it comes (README, 演示数据). */
const pinOf = (name: string) => DEMO_OPERATORS.find((o) => o.name === name)!.pin!;
let shiftKey = '';
let replacedKey = '';

/** A call through the host's API as the operator signed in on this page (setup and checks). */
const api = answerAs;

interface Draft {
  sheet: {
    shift: { key: string; start: string; end: string };
    entries: { total: number; items: { summary: string }[] };
    incidents: { title: string }[];
    unfinished: { title: string; owed: { overdue: boolean } | null }[];
    outgoing: { chief: { id: string; name: string } | null; leader: { id: string; name: string } | null };
    incoming: { chief: { id: string; name: string } | null };
  };
  record: { status: string } | null;
}

test('the month roster: who is on each shift; a replacement is recorded with its reason', async ({
  page,
}) => {
  await signedIn(page, host, '#/');
  const card = page.getByTestId('card-on-duty');
  await expect(card).toContainText('今日值班');
  await expect(card.getByTestId('on-duty-now')).toContainText('值班长');
  await expect(card.getByTestId('on-duty-now')).toContainText(/138\d{8}/);

  await page.goto(`${host.url}/#/roster/month`);
  const grid = page.getByTestId('roster-month');
  await expect(grid.locator('tr.dr-ro-now')).toHaveCount(1);
  const now = grid.locator('tr.dr-ro-now');
  await expect(now).toContainText('当前班次');
  // Every shift of the month is staffed: leader, chief and two officers.
  const rows = grid.locator('tbody tr[data-row-key]');
  expect(await rows.count()).toBeGreaterThanOrEqual(28);
  await expect(grid.getByText('未排')).toHaveCount(0);

  // 替班: the chief of the shift after next is replaced by a contact, with the reason.
  const soon = await api<{ next: { end: string } }>(page, 'roster.onDuty', {});
  const later = await api<{ now: { key: string; chief: { name: string } } }>(page, 'roster.onDuty', {
    at: new Date(Date.parse(soon.value.next.end) + 60_000).toISOString(),
  });
  const next = later.value.now;
  replacedKey = next.key;
  await page.goto(`${host.url}/#/roster/month/${next.key.slice(0, 7)}`);
  const row = page.getByTestId(`roster-row-${next.key}`);
  await row.getByRole('button', { name: '替班' }).click();
  const dialog = page.getByRole('dialog', { name: /登记替班/ });
  await dialog.getByLabel('被替换人').click();
  await page.keyboard.type(next.chief.name);
  await page.keyboard.press('Enter');
  await dialog.getByLabel('替班人').click();
  await page.keyboard.type('何文斌');
  await page.keyboard.press('Enter');
  await dialog.getByLabel('原因').fill('参加县防汛会商');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(row).toContainText('何文斌');
  await expect(row.getByTestId('roster-replaced')).toBeVisible();
  await expect(page.getByTestId('roster-change').first()).toContainText('参加县防汛会商');
  await page.goto(`${host.url}/#/roster/month`);
  await expect(page.getByTestId('roster-month').locator('tr.dr-ro-now')).toBeVisible();
  await page.getByText('已保存').waitFor({ state: 'hidden' });
  await page.getByTestId('roster-month').locator('tr.dr-ro-now').scrollIntoViewIfNeeded();
  await screenshots(page, 'roster-month');
});

test('the current shift hands over: blocked until explained, three confirmations lock it, changes become amendments', async ({
  page,
}) => {
  // Sixty entries, three proven signatures and a reload: longer than the default.
  test.setTimeout(180_000);
  await signedIn(page, host, '#/');
  // The chief and the leader of this shift, from the roster; each signs with the demo's own PIN.
  const duty = await api<{
    now: {
      key: string;
      start: string;
      chief: { id: string; name: string };
      leader: { id: string; name: string };
    };
    next: { chief: { id: string; name: string } };
  }>(page, 'roster.onDuty', {});
  shiftKey = duty.value.now.key;
  const { chief, leader } = duty.value.now;
  const incomingChief = duty.value.next.chief;
  // Every signer has a PIN (an operator without one cannot sign): the demo's own, nothing set here.
  const LEADER_PIN = pinOf(leader.name);
  const OUTGOING_PIN = pinOf(chief.name);
  const INCOMING_PIN = pinOf(incomingChief.name);
  // The signing window opens at the change itself: whatever the hour, this shift is signed early.
  expect((await api(page, 'settings.update', { handoverSignLeadMinutes: 0 })).ok).toBe(true);

  // Something came in this shift (the demo's last hours may fall in the previous one).
  // Inside this shift even when the test runs a minute after the change.
  const shiftStart = Date.parse(duty.value.now.start);
  const received = e2eIso(Math.min(60_000, e2eNow() - shiftStart - 1_000));
  const created = await api(
    page,
    'incidents.create',
    newIncident({
      receivedAt: received,
      caller: { unit: '龙泉镇人民政府', name: '周平', post: '应急办主任', phone: '13800007777' },
      title: '龙泉镇团结村民房火灾（交接测试）',
      description: '团结村一民房起火，已扑灭，无人员伤亡。',
      cause: '用火不慎',
      place: { townCode: null, address: '龙泉镇团结村', point: null },
      measures: '镇村干部已到场',
      trend: '已得到控制',
      category: 'accident',
      subtype: 'fire',
    }),
  );
  expect(created.ok).toBe(true);
  // Top the shift's log up to 60 entries (the print test prints this sheet).
  let draft = (await api<Draft>(page, 'handover.draft', {})).value;
  const start = Date.parse(draft.sheet.shift.start);
  const missing = 60 - draft.sheet.entries.total;
  for (let i = 0; i < missing; i++) {
    const span = Math.max(1_000, e2eNow() - 5_000 - start);
    const at = new Date(start + (span * (i + 1)) / (missing + 1)).toISOString();
    const r = await api(page, 'logs.add', {
      clientKey: `k_e2e_fill_${String(i).padStart(3, '0')}_${start}`,
      occurredAt: at,
      kind: 'call',
      data: {
        direction: i % 2 ? 'notice' : 'incoming_call',
        fromUnit: i % 3 ? '市应急管理局' : '县气象局',
        fromName: '值班员',
        phone: '',
        content: `交接测试记录${String(i + 1).padStart(2, '0')}：${'请各乡镇做好强降雨防范，加强地质灾害隐患点巡查，落实人员转移预案。'.repeat(1 + (i % 3))}`,
      },
    });
    expect(r.ok).toBe(true);
  }
  draft = (await api<Draft>(page, 'handover.draft', {})).value;
  expect(draft.sheet.entries.total).toBeGreaterThanOrEqual(60);

  await page.goto(`${host.url}/#/roster/handover`);
  const ho = page.getByTestId('handover');
  await expect(ho).toHaveAttribute('data-shift', shiftKey);
  await expect(page.getByTestId('handover-status')).toHaveText('填写中');
  // The shift's incidents, and the open items with what is owed next.
  await expect(page.getByTestId('ho-incidents')).toContainText('龙泉镇团结村民房火灾（交接测试）');
  const unfinished = page.getByTestId('ho-unfinished');
  await expect(unfinished).toContainText('白沙镇新华村火灾');
  await expect(unfinished).toContainText('电话报告');
  await expect(unfinished.getByText('已超时').first()).toBeVisible();
  await expect(page.getByTestId('ho-outgoing')).toContainText(chief.name);
  await expect(page.getByTestId('ho-incoming')).toContainText(duty.value.next.chief.name);
  await expect(page.getByTestId('ho-entries')).toContainText(`共 ${draft.sheet.entries.total} 条`);
  await expect(page.getByTestId('handover-blocking')).toContainText('超时未报');

  // The outgoing chief, chosen by name on the admin's seat, proves who he is with his PIN.
  const outgoing = page.getByTestId('sign-outgoing');
  await expect(outgoing.getByRole('combobox')).toBeVisible();
  await expect(outgoing).toContainText(chief.name);
  await page.getByTestId('sign-outgoing-button').click();
  await expect(outgoing.getByTestId('sign-error')).toContainText(`请 ${chief.name} 输入本人 PIN`);
  await outgoing.getByLabel(`${chief.name} 的 PIN`).fill(OUTGOING_PIN);
  // Before the signing window, not without a reason.
  await expect(outgoing.getByTestId('sign-window')).toContainText('交接签字自');
  await page.getByTestId('sign-outgoing-button').click();
  await expect(outgoing.getByTestId('sign-error')).toContainText('提前签字须填写原因');
  await outgoing.getByLabel('提前签字原因').fill('交班值班长需提前赴县防汛会商');
  // Refused while an overdue report is unexplained.
  await page.getByTestId('sign-outgoing-button').click();
  await expect(outgoing.getByTestId('sign-error')).toContainText(/还有 \d+ 项需要说明的事项/);
  await expect(page.getByTestId('handover-status')).toHaveText('填写中');
  // Receipt of the items is not the outgoing side's: nothing to tick here.
  await expect(page.getByTestId('ho-items').locator('input[type="checkbox"]')).toHaveCount(0);
  await expect(page.getByTestId('ho-items')).toContainText('待接班确认');

  // The outgoing chief explains and writes a note; what is typed survives a reload unsaved.
  const inputs = page.locator('[data-testid^="explain-"]');
  const n = await inputs.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) {
    await inputs
      .nth(i)
      .fill(i === 0 ? '报告单位正在核实，已电话催报并交代接班跟进' : '已说明情况，由接班值班长继续跟踪');
  }
  await page
    .getByTestId('handover-notes')
    .fill('夜间有强降雨，请接班重点关注青石镇地灾隐患点。\n卫星电话已充满电。');
  await page.reload();
  await expect(page.getByTestId('handover-notes')).toHaveValue(/夜间有强降雨/);
  await expect(inputs.first()).toHaveValue('报告单位正在核实，已电话催报并交代接班跟进');
  await page.getByTestId('handover-save').click();
  await expect(page.getByText('交接内容已保存')).toBeVisible();
  await expect(page.getByTestId('handover-blocking')).toHaveCount(0);
  await page.getByTestId('ho-unfinished').scrollIntoViewIfNeeded();
  await screenshots(page, 'handover-completing');

  // Three confirmations on the one PC, each proven by its signer's PIN.
  await outgoing.getByLabel(`${chief.name} 的 PIN`).fill(OUTGOING_PIN);
  await outgoing.getByLabel('提前签字原因').fill('交班值班长需提前赴县防汛会商');
  await page.getByTestId('sign-outgoing-button').click();
  await expect(page.getByTestId('handover-status')).toHaveText('签字中');
  await expect(page.getByTestId('signed-outgoing')).toContainText(chief.name);
  await expect(page.getByTestId('signed-outgoing')).toContainText('PIN 已验证');
  await expect(page.getByTestId('handover-early')).toContainText('交班值班长需提前赴县防汛会商');
  await expect(page.getByTestId('handover-notes')).toHaveCount(0);
  await expect(page.getByTestId('handover-notes-text')).toContainText('夜间有强降雨');

  // A Ⅱ级 fire comes in after the freeze, in the same shift: the co-signers are told it is
  // not on this sheet and goes onto the next one.
  const fire = await api<{ incident: { number: string } }>(
    page,
    'incidents.create',
    newIncident({
      caller: { unit: '白沙镇人民政府', name: '李强', post: '值班员', phone: '13800004321' },
      title: '白沙镇工业园厂房火灾（冻结后）',
      description: '厂房起火，正在扑救。',
      place: { townCode: null, address: '白沙镇工业园', point: null },
      casualties: { dead: 0, injured: 2, missing: 0, trapped: 0 },
      category: 'accident',
      subtype: 'fire',
      grade: 'II',
    }),
  );
  expect(fire.ok).toBe(true);
  await page.reload();
  const gap = page.getByTestId('handover-since-freeze');
  await expect(gap).toContainText('将列入下一班交接单');
  await expect(gap).toContainText('白沙镇工业园厂房火灾（冻结后）');
  await expect(gap).toContainText(fire.value.incident.number);
  await expect(page.getByTestId('ho-incidents')).not.toContainText('白沙镇工业园厂房火灾（冻结后）');

  // The incoming chief: one click from this seat is no proof.
  const incomingSlot = page.getByTestId('sign-incoming');
  await expect(incomingSlot).toContainText(incomingChief.name);
  await page.getByTestId('sign-incoming-button').click();
  await expect(incomingSlot.getByTestId('sign-error')).toContainText(`请 ${incomingChief.name} 输入本人 PIN`);
  await expect(page.getByTestId('signed-incoming')).toHaveCount(0);
  // With the PIN, but the items not yet receipted: refused.
  await incomingSlot.getByLabel(`${incomingChief.name} 的 PIN`).fill(INCOMING_PIN);
  await page.getByTestId('sign-incoming-button').click();
  await expect(incomingSlot.getByTestId('sign-error')).toContainText('未确认接收');
  const boxes = incomingSlot.locator('[data-testid^="receive-"]');
  expect(await boxes.count()).toBeGreaterThan(0);
  for (const box of await boxes.all()) await box.check();
  await page.getByTestId('sign-incoming-button').click();
  await expect(page.getByTestId('signed-incoming')).toContainText(incomingChief.name);
  await expect(page.getByTestId('signed-incoming')).toContainText('PIN 已验证');
  await expect(page.getByTestId('ho-items')).not.toContainText('待接班确认');
  await expect(page.getByTestId('ho-items')).toContainText('已接收');
  const leaderSlot = page.getByTestId('sign-leader');
  await expect(leaderSlot).toContainText(leader.name);
  await leaderSlot.getByLabel(`${leader.name} 的 PIN`).fill(LEADER_PIN === '1111' ? '2222' : '1111');
  await page.getByTestId('sign-leader-button').click();
  await expect(leaderSlot.getByTestId('sign-error')).toContainText('PIN 不正确');
  await leaderSlot.getByLabel(`${leader.name} 的 PIN`).fill(LEADER_PIN);
  await page.getByTestId('sign-leader-button').click();
  await expect(page.getByTestId('handover-status')).toHaveText('已签字');
  await expect(page.getByTestId('signed-leader')).toContainText('PIN 已验证');
  await expect(page.getByTestId('handover-locked')).toBeVisible();
  // Each signature shows the duty log's chain head when it was given.
  for (const role of ['outgoing', 'incoming', 'leader'])
    await expect(page.getByTestId(`signed-${role}`).getByTestId('sign-anchor')).toHaveText(
      /^日志链头 #\d+ · [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/,
    );
  await expect(page.getByTestId('handover-since-freeze')).toContainText('白沙镇工业园厂房火灾（冻结后）');
  await screenshots(page, 'handover-signed');

  // Afterwards a change is refused...
  const refused = await api(page, 'handover.save', { shiftKey, notes: '改写交接内容' });
  expect(refused.ok).toBe(false);
  expect(refused.error).toMatchObject({ code: 'conflict', message: expect.stringContaining('已签字锁定') });
  await expect(page.getByTestId('handover-save')).toHaveCount(0);
  // ...and an amendment is appended instead.
  await page.getByTestId('handover-amend').click();
  await page.getByTestId('amend-text').fill('补充：龙泉镇火灾现场已于交班后清理完毕，镇里已书面反馈。');
  await page.getByRole('dialog').getByRole('button', { name: '追加', exact: true }).click();
  await expect(page.getByTestId('handover-amendment')).toContainText('龙泉镇火灾现场已于交班后清理完毕');
  const after = await api<{ record: { status: string; amendments: unknown[] }; sheet: { notes: string } }>(
    page,
    'handover.draft',
    { shiftKey },
  );
  expect(after.value.record.status).toBe('signed');
  expect(after.value.sheet.notes).toContain('夜间有强降雨');
  expect(after.value.record.amendments).toHaveLength(1);
});

/** Prints the current page through Chromium to a PDF and returns its path. */
async function printToPdf(page: Page, name: string): Promise<string> {
  const pdf = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'duty-room-pdf-')), `${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  return pdf;
}

function pagesAsPng(pdf: string, prefix: string): string[] {
  for (const old of fs.readdirSync(SCREENSHOT_DIR).filter((f) => f.startsWith(prefix))) {
    fs.rmSync(path.join(SCREENSHOT_DIR, old));
  }
  execFileSync('pdftoppm', ['-png', '-r', '70', pdf, path.join(SCREENSHOT_DIR, prefix)]);
  return fs.readdirSync(SCREENSHOT_DIR).filter((f) => f.startsWith(prefix));
}

test('the signed sheet of a shift with 60 log entries prints on A4, several pages, numbered, nothing cut', async ({
  page,
}) => {
  expect(shiftKey).not.toBe('');
  await signedIn(page, host, `#/print/handover/${shiftKey}`);
  const root = page.getByTestId('handover-print');
  await expect(root).toHaveAttribute('data-ready', 'yes');
  const sheet = page.getByTestId('handover-sheet');
  const pages = Number(await sheet.getAttribute('data-pages'));
  expect(pages).toBeGreaterThanOrEqual(3);
  await expect(page.getByTestId('paged-page').first().getByTestId('print-status')).toHaveText('已签字');
  // Every page box holds its content: nothing hangs over its bottom edge.
  const overflow = await page.locator('[data-testid="paged-page"] .dr-pg-content').evaluateAll((els) =>
    els.map((el) => {
      const page = el.parentElement!.getBoundingClientRect();
      const foot = el.parentElement!.querySelector('.dr-pg-foot')!.getBoundingClientRect();
      return (
        Math.max(0, el.getBoundingClientRect().bottom - foot.top) + Math.max(0, foot.bottom - page.bottom)
      );
    }),
  );
  expect(overflow).toEqual(Array(pages).fill(0));
  await expect(page.getByTestId('page-number').last()).toHaveText(`第 ${pages} 页 共 ${pages} 页`);
  await screenshots(page, 'handover-print-screen');

  const draft = await api<Draft>(page, 'handover.draft', { shiftKey });
  const pdf = await printToPdf(page, 'handover');
  const info = execFileSync('pdfinfo', [pdf]).toString();
  expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/);
  expect(info).toMatch(new RegExp(`Pages:\\s+${pages}\\b`));
  const fonts = execFileSync('pdffonts', [pdf]).toString();
  expect(fonts).toMatch(/NotoSansSC\S*\s.*\byes\b/);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  for (const section of [
    '值班交接班记录',
    '值班人员',
    '本班值班日志',
    '本班涉及事件',
    '未办结事项',
    '领导批示及落实情况',
    '通讯设备',
    '交接物品',
    '本班查岗',
    '备注',
    '交班值班长',
    '接班值班长',
    '带班领导',
    '补充说明',
  ]) {
    expect(text, section).toContain(section);
  }
  expect(text).toContain(draft.value.sheet.outgoing.chief!.name);
  // The early signature's reason, and each signature's chain head, checked against the log.
  expect(text).toContain('提前签字：交班值班长需提前赴县防汛会商');
  const signed = await api<{ record: { signatures: { anchor: { seq: number; hash: string } }[] } }>(
    page,
    'handover.draft',
    { shiftKey },
  );
  for (const sig of signed.value.record.signatures) {
    const short = sig.anchor.hash.slice(0, 16).match(/.{4}/g)!.join(' ');
    expect(text.replace(/\s+/g, ' ')).toContain(`日志链头 #${sig.anchor.seq} · ${short}`);
  }
  for (let n = 1; n <= pages; n++)
    expect(text).toMatch(new RegExp(`第\\s*${n}\\s*页\\s*共\\s*${pages}\\s*页`));
  // Each of the 60 entries is on the sheet once: none lost or doubled at a page break.
  const compact = text.replace(/\s+/g, '');
  for (let i = 1; i <= 60 && i <= draft.value.sheet.entries.total; i++) {
    const tag = `交接测试记录${String(i).padStart(2, '0')}`;
    if (!draft.value.sheet.entries.items.some((e) => e.summary.startsWith(tag))) continue;
    expect(compact.split(tag).length - 1, tag).toBe(1);
  }
  // The pages as images, to be looked at.
  expect(pagesAsPng(pdf, 'handover-print-page')).toHaveLength(pages);
  fs.rmSync(path.dirname(pdf), { recursive: true });

  // 打印 opens the browser's own print dialog (which also saves a PDF).
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  await page.getByTestId('print-button').click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test('past handovers are listed and reprint exactly as signed; the month roster prints too', async ({
  page,
}) => {
  await signedIn(page, host, '#/roster/history');
  const history = page.getByTestId('handover-history');
  await expect(history.getByTestId('handover-chain')).toContainText('记录链完整');
  const first = history.locator('tbody tr').first();
  await expect(first).toContainText('已签字');
  await expect(first.getByTestId('history-shift')).toHaveText(shiftKey);
  await expect(first).toContainText('1'); // one amendment
  expect(await history.locator('tbody tr').count()).toBeGreaterThanOrEqual(10);

  // A past shift's sheet: the same bytes whenever it is asked for, and after new entries.
  const list = await api<{ items: { id: string; shiftKey: string }[] }>(page, 'handover.list', { limit: 5 });
  const old = list.value.items[2]!;
  const before = await api<{ sheet: unknown; record: { snapshotHash: string } }>(page, 'handover.get', {
    id: old.id,
  });
  await api(page, 'logs.add', {
    clientKey: clientKey('late'),
    kind: 'other',
    data: { content: '补记一条（不应进入已签字的交接记录）' },
  });
  const again = await api<{ sheet: unknown; record: { snapshotHash: string } }>(page, 'handover.get', {
    id: old.id,
  });
  expect(JSON.stringify(again.value.sheet)).toBe(JSON.stringify(before.value.sheet));
  expect(again.value.record.snapshotHash).toBe(before.value.record.snapshotHash);
  await first.getByRole('button', { name: '打印' }).click();
  await expect(page.getByTestId('handover-print')).toHaveAttribute('data-ready', 'yes');
  await expect(page.getByTestId('paged-page').first().getByTestId('print-status')).toHaveText('已签字');
  await expect(page.getByTestId('paged-page').getByTestId('print-signatures')).toContainText('确认');

  // 校验: a chain head read off the paper sheet is typed in and checked against the log.
  const signedView = await api<{ record: { signatures: { anchor: { seq: number; hash: string } }[] } }>(
    page,
    'handover.draft',
    { shiftKey },
  );
  const head = signedView.value.record.signatures[2]!.anchor;
  await page.goto(`${host.url}/#/roster/verify`);
  const verify = page.getByTestId('anchor-verify');
  await verify.getByLabel('序号').fill(String(head.seq));
  await verify.getByLabel('校验码').fill(head.hash.slice(0, 16).match(/.{4}/g)!.join(' '));
  await verify.getByTestId('anchor-check').click();
  await expect(verify.getByTestId('anchor-result')).toHaveAttribute('data-state', 'match');
  await expect(verify.getByTestId('anchor-result')).toContainText('带班领导');
  await verify.getByLabel('校验码').fill('0000 0000 0000 0000');
  await verify.getByTestId('anchor-check').click();
  await expect(verify.getByTestId('anchor-result')).toHaveAttribute('data-state', 'mismatch');
  await expect(verify.getByTestId('anchor-result')).toContainText('日志可能已被改写');

  // The month's roster on A4.
  const month = replacedKey.slice(0, 7);
  await page.goto(`${host.url}/#/print/roster/${month}`);
  await expect(page.getByTestId('roster-print')).toHaveAttribute('data-ready', 'yes');
  const pages = Number(await page.getByTestId('roster-sheet').getAttribute('data-pages'));
  // 编制/审核 sign the table: never alone on a page, rows of the table are with them.
  const lastPage = page.getByTestId('paged-page').last();
  await expect(lastPage).toContainText('编制');
  expect(await lastPage.locator('tbody tr').count()).toBeGreaterThan(0);
  const pdf = await printToPdf(page, 'roster');
  const info = execFileSync('pdfinfo', [pdf]).toString();
  expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/);
  expect(info).toMatch(new RegExp(`Pages:\\s+${pages}\\b`));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  expect(text).toContain('值班表');
  expect(text).toContain('何文斌');
  expect(text).toContain('参加县防汛会商');
  expect(pagesAsPng(pdf, 'roster-print-page')).toHaveLength(pages);
  fs.rmSync(path.dirname(pdf), { recursive: true });
});
