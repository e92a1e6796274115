import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../common/events';
import type { Actor } from '../actor';
import type { Core } from '../core';
import { fingerprint, sampleIntake as intake, signIn, staffedCore } from '../testing';
import { foldStateOf, incidentForWrite, incidentRow } from './repo';
import { foldTimeline } from './projection';
import { timelineOf } from './service';

const sh = (local: string) => new Date(local + '+08:00').toISOString();
let seq = 0;
const key = () => `k_test_${Date.now()}_${++seq}`;

let core: Core;
let chief: Actor;
let leader: Actor;
let now = new Date(sh('2026-11-29T10:05:00'));
const clock = { now: () => now };

async function setup() {
  now = new Date(sh('2026-11-29T10:05:00'));
  ({ core } = await staffedCore({ clock }));
  chief = await signIn(core, 'shift_chief');
  leader = await signIn(core, 'leader');
}
afterEach(() => core?.close());

describe('the closed loop of a report', () => {
  it('intake → verify → follow-ups → 初报/续报 → instruction and its feedback → close, every step timed and signed', async () => {
    await setup();
    const created = await core.invoke('incidents.create', { clientKey: key(), intake: intake() }, chief);
    const id = created.incident.id;
    expect(created.incident).toMatchObject({
      status: 'pending',
      grade: 'III',
      number: '2026-0001',
      townName: '青石镇',
    });
    expect(created.incident.nextDue).toEqual({ kind: 'phone', dueAt: sh('2026-11-29T10:30:00') });

    const add = (kind: string, data: unknown, at: string) =>
      core.invoke(
        'incidents.addEntry',
        { incidentId: id, clientKey: key(), kind, data, occurredAt: sh(at) } as never,
        chief,
      );
    now = new Date(sh('2026-11-29T10:21:00'));
    await add(
      'verify',
      { with: '青石镇应急办刘明', means: 'phone', result: 'confirmed', notes: '现场确认滑坡' },
      '2026-11-29T10:10:00',
    );
    await add(
      'followup',
      {
        with: '石坝村支书',
        means: 'phone',
        content: '被困2人已救出',
        casualties: { dead: 0, injured: 3, missing: 0, trapped: 0 },
      },
      '2026-11-29T10:20:00',
    );
    now = new Date(sh('2026-11-29T10:40:00'));
    await add(
      'report',
      { stage: 'initial', to: '市应急管理局', means: 'phone', content: '电话初报' },
      '2026-11-29T10:25:00',
    );
    await add(
      'report',
      { stage: 'initial', to: '市应急管理局', means: 'written', content: '书面初报' },
      '2026-11-29T10:38:00',
    );
    await add(
      'followup',
      { with: '县自然资源局', means: 'phone', content: '专家已到场' },
      '2026-11-29T10:39:00',
    );
    now = new Date(sh('2026-11-29T17:00:00'));
    const ins = await core.invoke(
      'incidents.addEntry',
      {
        incidentId: id,
        clientKey: key(),
        kind: 'instruction',
        data: { leader: '王建国', content: '全力搜救，防止次生灾害' },
        occurredAt: sh('2026-11-29T10:45:00'),
      },
      leader,
    );
    await add(
      'report',
      { stage: 'continued', to: '市应急管理局', means: 'written', content: '续报：无人员死亡' },
      '2026-11-29T16:30:00',
    );

    // Closing with an open instruction is refused.
    const early = await core.call(
      'incidents.addEntry',
      { incidentId: id, clientKey: key(), kind: 'close', data: { summary: '处置完毕' } },
      chief,
    );
    expect(!early.ok && early.error.message).toBe('还有 1 条领导批示未落实，不能办结');

    const detail0 = await core.invoke('incidents.get', { id }, chief);
    const instructionId = detail0.instructions[0]!.entryId;
    await add(
      'instruction_done',
      { instructionId, status: 'done', result: '已组织搜救，险情排除' },
      '2026-11-29T16:40:00',
    );
    await add('feedback', { to: '王建国', content: '已向带班领导反馈处置结果' }, '2026-11-29T16:45:00');
    // No 终报 yet: refused, and so is a stated reason that leaves the running 续报 clock unnamed.
    const close = (data: unknown) =>
      core.call(
        'incidents.addEntry',
        { incidentId: id, clientKey: key(), kind: 'close', data } as never,
        chief,
      );
    const noFinal = await close({ summary: '处置完毕' });
    expect(!noFinal.ok && noFinal.error.message).toBe(
      '尚无终报，不能办结：请先终报，或写明无需终报的原因（如误报）',
    );
    const unnamed = await close({ summary: '处置完毕', noFinalReport: '并入 2026-0002 处置' });
    expect(!unnamed.ok && unnamed.error.message).toBe('办结将结束 1 项仍在计时的报告时限，请确认后再办结');
    expect(!unnamed.ok && unnamed.error.details).toEqual({ clocks: ['followup'] });
    expect((await core.invoke('incidents.get', { id }, chief)).incident.status).toBe('active');
    // The 终报 ends the 续报 clock; nothing is left running to confirm.
    await add(
      'report',
      { stage: 'final', to: '市应急管理局', means: 'written', content: '终报：险情排除' },
      '2026-11-29T16:48:00',
    );
    await add('close', { summary: '险情排除，道路抢通' }, '2026-11-29T16:50:00');

    // The fold stored on the row, built one entry at a time, equals a fold of the whole timeline.
    expect(foldStateOf(core.db().read, id)).toEqual(foldTimeline(timelineOf(core.db().read, id)));
    const d = await core.invoke('incidents.get', { id }, chief);
    expect(d.incident).toMatchObject({
      status: 'closed',
      casualties: { injured: 3, trapped: 0 },
      openInstructions: 0,
      nextDue: null,
    });
    expect(d.entries.map((e) => e.kind)).toEqual([
      'intake',
      'verify',
      'followup',
      'report',
      'report',
      'followup',
      'instruction',
      'report',
      'instruction_done',
      'feedback',
      'report',
      'close',
    ]);
    expect(d.entries.every((e) => e.authorName && e.enteredAt && e.occurredAt)).toBe(true);
    expect(d.entries.find((e) => e.id === ins.entryId)?.authorName).toBe('王建国');
    expect(d.instructions[0]).toMatchObject({ status: 'done', result: '已组织搜救，险情排除' });
    // Deadlines were all met: nothing late.
    expect(d.deadlines.items.filter((i) => i.late)).toEqual([]);

    // A closed incident takes no more steps until reopened.
    const after = await core.call(
      'incidents.addEntry',
      {
        incidentId: id,
        clientKey: key(),
        kind: 'followup',
        data: { with: '某', means: 'phone', content: '补充' },
      },
      chief,
    );
    expect(!after.ok && after.error.message).toBe('事件 2026-0001 已办结或撤销，请先重开再记录');
    await add('reopen', { reason: '发现新的裂缝' }, '2026-11-29T16:55:00');
    expect((await core.invoke('incidents.get', { id }, chief)).incident.status).toBe('active');
  });

  it('a double submit saves once', async () => {
    await setup();
    const k = key();
    const [a, b] = await Promise.all([
      core.invoke('incidents.create', { clientKey: k, intake: intake() }, chief),
      core.invoke('incidents.create', { clientKey: k, intake: intake() }, chief),
    ]);
    expect(a.incident.id).toBe(b.incident.id);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    expect((await core.invoke('incidents.list', {})).total).toBe(1);
    // The replay answers with the incident's page too, as it is now.
    expect(b.detail).toEqual(await core.invoke('incidents.get', { id: a.incident.id }, chief));
  });

  it("answers a save with the incident's page as incidents.get reads it, attached or new", async () => {
    await setup();
    const created = await core.invoke('incidents.create', { clientKey: key(), intake: intake() }, chief);
    expect(created.detail).toEqual(await core.invoke('incidents.get', { id: created.incident.id }, chief));
    expect(created.detail.entries.map((e) => e.kind)).toEqual(['intake']);
    expect(created.detail.deadlines.next).toMatchObject({ kind: 'phone' });
    const attached = await core.invoke(
      'incidents.create',
      {
        clientKey: key(),
        attachTo: created.incident.id,
        intake: intake({ receivedAt: sh('2026-11-29T10:04:00') }),
      },
      chief,
    );
    expect(attached.detail).toEqual(await core.invoke('incidents.get', { id: created.incident.id }, chief));
    expect(attached.detail.entries.map((e) => e.kind)).toEqual(['intake', 'intake']);
  });

  it('sorts for the wall by gravity: a new 重大 above older overdue 一般 and 较大, each grade most urgent first', async () => {
    await setup();
    const make = async (title: string, grade: 'II' | 'III' | 'IV', received: string) =>
      (
        await core.invoke(
          'incidents.create',
          { clientKey: key(), intake: intake({ title, grade, receivedAt: sh(received), occurredAt: null }) },
          chief,
        )
      ).incident;
    // At 10:05: two 一般 (one overdue since 09:00, one due 10:50) and a 较大 overdue since 09:30.
    await make('一般 旧 超时', 'IV', '2026-11-29T08:00:00');
    await make('较大 超时', 'III', '2026-11-29T09:00:00');
    await make('一般 未超时', 'IV', '2026-11-29T09:50:00');
    await make('重大 新', 'II', '2026-11-29T10:04:00');
    const titles = async (sort: 'urgency' | 'gravity') =>
      (await core.invoke('incidents.list', { open: true, sort })).items.map((i) => i.title);
    expect(await titles('urgency')).toEqual(['一般 旧 超时', '较大 超时', '重大 新', '一般 未超时']);
    expect(await titles('gravity')).toEqual(['重大 新', '较大 超时', '一般 旧 超时', '一般 未超时']);
  });

  it('attaches a second caller to an open incident and offers it as a likely duplicate', async () => {
    await setup();
    const first = await core.invoke('incidents.create', { clientKey: key(), intake: intake() }, chief);
    const dup = await core.invoke(
      'incidents.duplicates',
      {
        category: 'natural',
        subtype: 'landslide',
        townCode: '990101101',
        point: [111.605, 27.571],
        at: sh('2026-11-29T10:04:00'),
      },
      chief,
    );
    expect(dup[0]).toMatchObject({
      incident: { id: first.incident.id },
      reasons: expect.arrayContaining(['same_type', 'same_town', 'nearby', 'recent']),
    });
    const far = await core.invoke(
      'incidents.duplicates',
      { subtype: 'fire', townCode: '990101105', point: [111.3, 27.3] },
      chief,
    );
    expect(far).toEqual([]);
    const attached = await core.invoke(
      'incidents.create',
      {
        clientKey: key(),
        attachTo: first.incident.id,
        intake: intake({
          caller: { unit: '石坝村委会', name: '张支书', post: '支书', phone: '13900000000' },
          receivedAt: sh('2026-11-29T10:03:00'),
        }),
      },
      chief,
    );
    expect(attached).toMatchObject({ attached: true, incident: { id: first.incident.id } });
    expect((await core.invoke('incidents.list', {})).total).toBe(1);
  });

  it('refuses what cannot be: future times, an occurrence after the intake, unknown towns', async () => {
    await setup();
    const before = fingerprint(core);
    const future = await core.call(
      'incidents.create',
      { clientKey: key(), intake: intake({ receivedAt: sh('2026-11-29T11:00:00') }) },
      chief,
    );
    expect(!future.ok && future.error.message).toBe('接报时间不能晚于当前时间');
    const order = await core.call(
      'incidents.create',
      { clientKey: key(), intake: intake({ occurredAt: sh('2026-11-29T10:01:00') }) },
      chief,
    );
    expect(!order.ok && order.error.message).toBe('事发时间不能晚于接报时间');
    const town = await core.call(
      'incidents.create',
      { clientKey: key(), intake: intake({ place: { townCode: '990101999', address: 'x', point: null } }) },
      chief,
    );
    expect(!town.ok && town.error.message).toBe('没有这个乡镇（街道）代码：990101999');
    // An accident with 3 dead and 12 injured calls for 较大: 一般 needs the reason, and gets it stored.
    const accident = (over: Record<string, unknown>) =>
      intake({
        category: 'accident',
        subtype: 'fire',
        grade: 'IV',
        casualties: { dead: 3, injured: 12, missing: 0, trapped: 0 },
        ...over,
      } as never);
    const low = await core.call('incidents.create', { clientKey: key(), intake: accident({}) }, chief);
    expect(!low.ok && low.error.message).toBe('所选级别低于按伤亡和损失建议的级别，请写明定级理由');
    expect(!low.ok && low.error.details).toEqual({ suggested: 'III' });
    expect(fingerprint(core)).toBe(before);
    const reasoned = await core.invoke(
      'incidents.create',
      { clientKey: key(), intake: accident({ gradeReason: '死亡人员系自身疾病，非事故所致' }) },
      chief,
    );
    const got = await core.invoke('incidents.get', { id: reasoned.incident.id }, chief);
    expect(got.intake.gradeReason).toBe('死亡人员系自身疾病，非事故所致');
    // The same figures graded 较大 need no reason.
    expect(
      (await core.call('incidents.create', { clientKey: key(), intake: accident({ grade: 'III' }) }, chief))
        .ok,
    ).toBe(true);
  });
});

describe('the incident rows the write path holds', () => {
  it('always equal the rows in the file: through appends, corrections, refused and failed writes', async () => {
    await setup();
    const a = (await core.invoke('incidents.create', { clientKey: key(), intake: intake() }, chief)).incident
      .id;
    const b = (
      await core.invoke(
        'incidents.create',
        {
          clientKey: key(),
          intake: intake({ title: '白沙镇民房火灾', subtype: 'fire', category: 'accident' }),
        },
        chief,
      )
    ).incident.id;
    const same = () => {
      for (const id of [a, b]) {
        expect(incidentForWrite(core.db().write, id)?.row, id).toEqual(incidentRow(core.db().read, id));
      }
    };
    const follow = (id: string, content: string) =>
      core.invoke(
        'incidents.addEntry',
        {
          incidentId: id,
          clientKey: key(),
          kind: 'followup',
          data: { with: '现场', means: 'phone', content },
        },
        chief,
      );
    await follow(a, '现场已拉警戒');
    await follow(b, '明火已扑灭');
    same();
    const ins = await core.invoke(
      'incidents.addEntry',
      {
        incidentId: a,
        clientKey: key(),
        kind: 'instruction',
        data: { leader: '王县长', content: '全力搜救' },
      },
      leader,
    );
    same();
    // Refused before anything is written: an instruction is still open.
    const refused = await core.call(
      'incidents.addEntry',
      { incidentId: a, clientKey: key(), kind: 'close', data: { summary: '处置完毕' } },
      chief,
    );
    expect(refused.ok).toBe(false);
    same();
    // Failed half-way, its entry already inserted, at the incident row: all rolled back.
    const entries = () =>
      (core.db().read.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n;
    const before = entries();
    core
      .db()
      .write.exec(
        `CREATE TEMP TRIGGER fail_after AFTER UPDATE ON incidents BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`,
      );
    const failed = await core.call(
      'incidents.addEntry',
      {
        incidentId: b,
        clientKey: key(),
        kind: 'followup',
        data: { with: '现场', means: 'phone', content: '再报' },
      },
      chief,
    );
    core.db().write.exec(`DROP TRIGGER fail_after`);
    expect(failed.ok).toBe(false);
    expect(entries()).toBe(before);
    same();
    await core.invoke(
      'incidents.correctEntry',
      {
        clientKey: key(),
        entryId: ins.entryId,
        changes: { content: '全力搜救被困人员' },
        reason: '批示原文',
      },
      chief,
    );
    await follow(a, '搜救进行中');
    same();
  });
});

describe('corrections, never edits', () => {
  it('shows old and new values with the reason; the chain stays valid; a direct SQL edit is named', async () => {
    await setup();
    const { incident, entryId } = await core.invoke(
      'incidents.create',
      { clientKey: key(), intake: intake() },
      chief,
    );
    const res = await core.invoke(
      'incidents.correctEntry',
      {
        entryId,
        clientKey: key(),
        changes: { grade: 'II', casualties: { dead: 1, injured: 1, missing: 0, trapped: 2 } },
        reason: '核实后确认有1人死亡',
      },
      chief,
    );
    const d = await core.invoke('incidents.get', { id: incident.id }, chief);
    const intakeView = d.entries.find((e) => e.id === entryId)!;
    expect(intakeView.data.grade).toBe('II');
    expect(intakeView.original.grade).toBe('III');
    expect(intakeView.corrections[0]).toMatchObject({
      id: res.entryId,
      reason: '核实后确认有1人死亡',
      before: { grade: 'III' },
      changes: { grade: 'II' },
    });
    expect(d.incident).toMatchObject({ grade: 'II', casualties: { dead: 1 } });
    // A correction re-derives the deadlines: grade II owes its phone report 15 min after intake.
    expect(d.incident.nextDue).toEqual({ kind: 'phone', dueAt: sh('2026-11-29T10:15:00') });

    const same = await core.call(
      'incidents.correctEntry',
      { entryId, clientKey: key(), changes: { grade: 'II' }, reason: '重复' },
      chief,
    );
    expect(!same.ok && same.error.code).toBe('conflict');
    const bad = await core.call(
      'incidents.correctEntry',
      { entryId, clientKey: key(), changes: { grade: 'V' }, reason: '错' },
      chief,
    );
    expect(!bad.ok && bad.error).toMatchObject({ code: 'invalid_input' });
    expect(!bad.ok && bad.error.message).toMatch(/^输入有误：changes.grade/);
    const corrOfCorr = await core.call(
      'incidents.correctEntry',
      { entryId: res.entryId, clientKey: key(), changes: { grade: 'I' }, reason: 'x' },
      chief,
    );
    expect(!corrOfCorr.ok && corrOfCorr.error.code).toBe('conflict');

    expect(await core.invoke('logs.verifyChain', {}, chief)).toMatchObject({ ok: true, firstBrokenId: null });
    const raw = new Database(core.dbFile);
    raw.exec('DROP TRIGGER entries_no_update');
    raw
      .prepare(`UPDATE entries SET data_json = replace(data_json, '滑坡', '塌方') WHERE id = ?`)
      .run(entryId);
    raw.close();
    const v = await core.invoke('logs.verifyChain', {}, chief);
    expect(v).toMatchObject({ ok: false, firstBrokenId: entryId });
  });
});

describe('the duty log', () => {
  it('lists everything of a shift, including entries of no incident, filtered', async () => {
    await setup();
    const created = await core.invoke('incidents.create', { clientKey: key(), intake: intake() }, chief);
    await core.invoke(
      'logs.add',
      {
        clientKey: key(),
        kind: 'spot_check',
        occurredAt: sh('2026-11-29T10:02:00'),
        data: {
          callerUnit: '市应急管理局',
          callerName: '王科长',
          answeredBy: '张伟',
          answerSeconds: 8,
          result: '在岗',
        },
      },
      chief,
    );
    await core.invoke(
      'logs.add',
      {
        clientKey: key(),
        kind: 'call',
        occurredAt: sh('2026-11-29T08:10:00'),
        data: {
          direction: 'notice',
          fromUnit: '市应急管理局',
          fromName: '李',
          phone: '',
          content: '寒潮预警通知',
        },
      },
      chief,
    );
    const shift = await core.invoke('logs.list', { filter: { shiftAt: sh('2026-11-29T10:00:00') } }, chief);
    expect(shift.items.map((i) => i.kind)).toEqual(['spot_check', 'intake']);
    const yesterday = await core.invoke(
      'logs.list',
      { filter: { shiftAt: sh('2026-11-29T08:29:00') } },
      chief,
    );
    expect(yesterday.items.map((i) => i.summary)).toEqual(['寒潮预警通知']);
    const graded = await core.invoke('logs.list', { filter: { grade: ['III'] } }, chief);
    expect(graded.items.map((i) => i.incidentNumber)).toEqual([created.incident.number]);
    const byTown = await core.invoke('logs.list', { filter: { townCode: '990101102' } }, chief);
    expect(byTown.items).toEqual([]);
    const page1 = await core.invoke('logs.list', { filter: {}, limit: 2 }, chief);
    const page2 = await core.invoke('logs.list', { filter: {}, limit: 2, cursor: page1.nextCursor! }, chief);
    expect([...page1.items, ...page2.items].map((i) => i.kind)).toEqual(['spot_check', 'intake', 'call']);
    expect(page2.nextCursor).toBeNull();
  });

  it('finds two-character words and longer phrases, highlighted', async () => {
    await setup();
    await core.invoke('incidents.create', { clientKey: key(), intake: intake() }, chief);
    await core.invoke(
      'incidents.create',
      {
        clientKey: key(),
        intake: intake({
          title: '白沙镇供电所线路故障大面积停电',
          description: '10千伏线路跳闸',
          subtype: 'power_outage',
          category: 'accident',
          place: { townCode: '990101102', address: '白沙镇', point: null },
        }),
      },
      chief,
    );
    await core.invoke(
      'logs.add',
      { clientKey: key(), kind: 'other', data: { content: '城关街道居民楼火灾已扑灭' } },
      chief,
    );
    const two = await core.invoke('logs.search', { q: '滑坡' }, chief);
    expect(two.hits).toHaveLength(1);
    const h = two.hits[0]!;
    expect(h.highlights.length).toBeGreaterThan(0);
    expect(h.snippet.slice(h.highlights[0]![0], h.highlights[0]![1])).toBe('滑坡');
    expect((await core.invoke('logs.search', { q: '停电' }, chief)).hits[0]?.entry.incidentTitle).toBe(
      '白沙镇供电所线路故障大面积停电',
    );
    expect((await core.invoke('logs.search', { q: '火灾' }, chief)).hits[0]?.entry.summary).toBe(
      '城关街道居民楼火灾已扑灭',
    );
    expect((await core.invoke('logs.search', { q: '大面积停电' }, chief)).hits).toHaveLength(1);
    expect((await core.invoke('logs.search', { q: '石坝村 滑坡' }, chief)).hits).toHaveLength(1);
    expect((await core.invoke('logs.search', { q: '泥石流' }, chief)).hits).toHaveLength(0);
  });

  it('exports the filtered log to CSV (UTF-8 with BOM) and XLSX', async () => {
    await setup();
    await core.invoke('incidents.create', { clientKey: key(), intake: intake() }, chief);
    const csv = await core.invoke('logs.export', { filter: {}, format: 'csv' }, chief);
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('"发生时间","类别","事件编号"');
    expect(text).toContain(
      '"2026-11-29 10:00","接报","2026-0001","青石镇石坝村山体滑坡","较大（Ⅲ级）","待核实"',
    );
    const xlsx = await core.invoke('logs.export', { filter: {}, format: 'xlsx' }, chief);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('值班日志')!;
    expect(ws.getRow(1).getCell(1).value).toBe('发生时间');
    expect(ws.getRow(2).getCell(4).value).toBe('青石镇石坝村山体滑坡');
  });

  it('announces each new entry to subscribers after commit', async () => {
    await setup();
    const events: AppEvent[] = [];
    core.subscribe((e) => events.push(e));
    const r = await core.invoke('incidents.create', { clientKey: key(), intake: intake() }, chief);
    expect(events.map((e) => e.type).sort()).toEqual(['incidents.changed', 'logs.changed']);
    expect(events.find((e) => e.type === 'incidents.changed')?.ids).toEqual([r.incident.id]);
  });
});

describe('deadline rules', () => {
  it('an admin changes the table; new incidents follow it, running ones keep theirs', async () => {
    await setup();
    const admin = core.authenticate(
      (
        await core.invoke('auth.signIn', {
          operatorId: (await core.invoke('operators.list', {})).find((o) => o.role === 'admin')!.id,
          pin: '0000',
        })
      ).token,
    )!;
    const before = await core.invoke('incidents.create', { clientKey: key(), intake: intake() }, chief);
    const { rules } = await core.invoke('deadlines.getRules', {}, chief);
    const notAdmin = await core.call('deadlines.setRules', { rules }, chief);
    expect(!notAdmin.ok && notAdmin.error.code).toBe('forbidden');
    now = new Date(sh('2026-11-29T10:06:00'));
    await core.invoke(
      'deadlines.setRules',
      {
        rules: {
          ...rules,
          rules: rules.rules.map((r) => (r.grade === 'III' ? { ...r, phoneMinutes: 10 } : r)),
        },
      },
      admin,
    );
    now = new Date(sh('2026-11-29T10:08:00'));
    const later = await core.invoke(
      'incidents.create',
      { clientKey: key(), intake: intake({ receivedAt: sh('2026-11-29T10:07:00'), title: '另一处滑坡' }) },
      chief,
    );
    expect(later.incident.nextDue?.dueAt).toBe(sh('2026-11-29T10:17:00'));
    const again = await core.invoke('incidents.get', { id: before.incident.id }, chief);
    expect(again.incident.nextDue?.dueAt).toBe(sh('2026-11-29T10:30:00'));
    const dupRule = await core.call(
      'deadlines.setRules',
      { rules: { ...rules, rules: [...rules.rules, rules.rules[0]!] } },
      admin,
    );
    expect(!dupRule.ok && dupRule.error.code).toBe('invalid_input');
    // The refusal names the rule by its labels, in the user's language, from a key the catalogs have.
    const specific = { grade: 'III', category: 'accident', phoneMinutes: 20, writtenMinutes: 45 } as const;
    const dupSpecific = await core.call(
      'deadlines.setRules',
      { rules: { ...rules, rules: [...rules.rules, specific, specific] } },
      admin,
    );
    expect(!dupSpecific.ok && [dupSpecific.error.key, dupSpecific.error.message]).toEqual([
      'errors.rules_duplicate',
      'Ⅲ级事故灾难的报告时限规则重复',
    ]);
    const backwards = await core.call(
      'deadlines.setRules',
      { rules: { ...rules, rules: [{ ...specific, phoneMinutes: 60, writtenMinutes: 30 }] } },
      admin,
    );
    expect(!backwards.ok && backwards.error.message).toBe('Ⅲ级事故灾难的书面报告时限不能短于电话报告时限');
    expect((await core.invoke('deadlines.getRules', {}, chief)).history).toHaveLength(1);
  });
});

describe('instants written with an offset', () => {
  it('are compared and kept as the same UTC instant (an entry at 09:50+08:00 is before a 10:00 intake)', async () => {
    await setup();
    const created = await core.invoke('incidents.create', { clientKey: key(), intake: intake() }, chief);
    const id = created.incident.id;
    const add = (occurredAt: string) =>
      core.call(
        'incidents.addEntry',
        {
          incidentId: id,
          clientKey: key(),
          kind: 'followup',
          data: { with: '石坝村支书', means: 'phone', content: '现场情况' },
          occurredAt,
        },
        chief,
      );
    // As text, "2026-11-29T09:50:00+08:00" sorts after "2026-11-29T02:00:00.000Z".
    const early = await add('2026-11-29T09:50:00+08:00');
    expect(!early.ok && early.error.key).toBe('errors.entry_before_intake');
    const ok = await add('2026-11-29T10:10:00+08:00');
    expect(ok.ok).toBe(true);
    const entries = (await core.invoke('incidents.get', { id }, chief)).entries;
    expect(entries.map((e) => e.occurredAt)).toContain('2026-11-29T02:10:00.000Z');
    expect(entries.every((e) => !e.occurredAt.includes('+'))).toBe(true);
  });
});
