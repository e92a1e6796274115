import { afterEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../common/contract';
import type { Operator } from '../../common/contract/operators';
import type { Actor } from '../actor';
import type { Core } from '../core';
import { demoCoreWithAdmin, signIn, staffedCore } from '../testing';
import { MAX_ENTRIES } from './sheet-log';

const sh = (local: string) => new Date(local + '+08:00');
let clock = sh('2026-11-29T10:00:00');
const opts = { clock: { now: () => clock } };
let core: Core;
afterEach(async () => {
  await core?.close();
  clock = sh('2026-11-29T10:00:00');
});

let n = 0;
const key = () => `k_ho_${String(++n).padStart(8, '0')}`;

interface Staff {
  admin: Actor;
  chief: Actor;
  ops: Operator[];
  by: (name: string) => string;
  phoneId: string;
}

const intake = (receivedAt: string, title: string): InputOf<'incidents.create'>['intake'] => ({
  channel: 'phone',
  receivedAt,
  caller: { unit: '青石镇人民政府', name: '刘明', post: '应急办主任', phone: '13800001234' },
  title,
  description: '情况正在了解',
  cause: '',
  occurredAt: null,
  place: { townCode: null, address: '青石镇', point: null },
  casualties: { dead: 0, injured: 0, missing: 0, trapped: 0 },
  losses: '',
  measures: '',
  trend: '',
  notified: [],
  category: 'natural',
  subtype: 'landslide',
  grade: 'IV',
});

async function setup(): Promise<Staff> {
  const s = await staffedCore(opts);
  core = s.core;
  const chief = await signIn(core, 'shift_chief');
  const ops = await core.invoke('operators.list', {});
  const by = (name: string) => ops.find((o) => o.name === name)!.id;
  const phone = await core.invoke(
    'equipment.upsert',
    {
      kind: 'satellite_phone',
      name: '卫星电话（值班室）',
      model: '天通 T900',
      serial: 'TT-1',
      location: '值班室',
      point: null,
      custodianA: '张伟',
      custodianB: '杨静',
      interval: { kind: 'daily' },
      status: 'in_use',
      handover: true,
      notes: '',
    },
    chief,
  );
  await core.invoke(
    'roster.set',
    { key: '2026-11-29', leaderId: by('王建国'), chiefId: by('陈立新'), officerIds: [by('张伟')] },
    chief,
  );
  await core.invoke(
    'roster.set',
    { key: '2026-11-30', leaderId: by('李红梅'), chiefId: by('刘晓燕'), officerIds: [by('杨静')] },
    chief,
  );
  return { admin: s.admin, chief, ops, by, phoneId: phone.id };
}

/** A shift with an incident whose phone report is overdue, another on time, a call at 08:29 and 08:30. */
async function busyShift(s: Staff) {
  clock = sh('2026-11-29T08:29:30');
  await core.invoke(
    'logs.add',
    { clientKey: key(), kind: 'other', data: { content: '上一班最后一条' } },
    s.chief,
  );
  clock = sh('2026-11-29T08:30:00');
  await core.invoke(
    'logs.add',
    { clientKey: key(), kind: 'other', data: { content: '本班第一条' } },
    s.chief,
  );
  clock = sh('2026-11-29T09:00:00');
  const late = await core.invoke(
    'incidents.create',
    { clientKey: key(), intake: intake(sh('2026-11-29T08:40').toISOString(), '青石镇石坝村山体滑坡') },
    s.chief,
  );
  const ok = await core.invoke(
    'incidents.create',
    { clientKey: key(), intake: intake(sh('2026-11-29T08:55').toISOString(), '白沙镇民房火灾') },
    s.chief,
  );
  await core.invoke(
    'incidents.addEntry',
    {
      incidentId: ok.incident.id,
      clientKey: key(),
      kind: 'instruction',
      data: { leader: '王建国', content: '全力做好群众安置' },
    },
    s.chief,
  );
  await core.invoke(
    'logs.add',
    {
      clientKey: key(),
      kind: 'spot_check',
      data: {
        callerUnit: '市应急管理局',
        callerName: '王科长',
        answeredBy: '张伟',
        answerSeconds: 8,
        result: '在岗',
      },
    },
    s.chief,
  );
  clock = sh('2026-11-29T10:00:00'); // the 08:40 intake's phone report (60 min) is now overdue
  return { late: late.incident.id, ok: ok.incident.id };
}

describe('handover draft', () => {
  it('assembles the current shift: period, people, log, incidents, what is owed, instructions, equipment, spot checks', async () => {
    const s = await setup();
    const { late, ok } = await busyShift(s);
    const v = await core.invoke('handover.draft', {});
    expect(v.record).toBeNull();
    expect(v.ended).toBe(false);
    const sheet = v.sheet;
    expect(sheet.shift).toMatchObject({
      key: '2026-11-29',
      kind: 'day24',
      start: sh('2026-11-29T08:30').toISOString(),
    });
    expect(sheet.bureauName).toBe('青岚示范县应急管理局');
    expect(sheet.outgoing).toMatchObject({
      leader: { name: '王建国' },
      chief: { name: '陈立新' },
      officers: [{ name: '张伟' }],
    });
    expect(sheet.incoming).toMatchObject({
      shift: { key: '2026-11-30' },
      chief: { name: '刘晓燕', phone: '13800002002' },
    });
    // 08:29:30 is the previous shift's; 08:30 is this one's.
    expect(sheet.entries.items.map((e) => e.summary)).not.toContain('上一班最后一条');
    expect(sheet.entries.items[0]!.summary).toBe('本班第一条');
    expect(sheet.entries.total).toBe(sheet.entries.items.length);
    expect(sheet.incidents.map((i) => [i.id, i.newInShift])).toEqual([
      [late, true],
      [ok, true],
    ]);
    const owed = sheet.unfinished.find((u) => u.incidentId === late)!;
    expect(owed.owed).toMatchObject({
      kind: 'phone',
      overdue: true,
      dueAt: sh('2026-11-29T09:40').toISOString(),
    });
    expect(sheet.unfinished.find((u) => u.incidentId === ok)!.owed).toMatchObject({
      kind: 'phone',
      overdue: true,
    });
    expect(sheet.instructions).toEqual([
      expect.objectContaining({ leader: '王建国', status: 'open', incidentId: ok }),
    ]);
    expect(sheet.items).toEqual([expect.objectContaining({ equipmentId: s.phoneId, received: false })]);
    expect(sheet.spotChecks).toEqual([
      expect.objectContaining({ callerUnit: '市应急管理局', answerSeconds: 8 }),
    ]);
    // Items handed over are the incoming chief's to receipt: they do not block the outgoing one.
    expect(v.blocking.map((b) => [b.kind, b.explained])).toEqual([
      ['overdue_report', false],
      ['overdue_report', false],
    ]);
    // Each line names the incident and what is owed, from the catalog: "2026-0001 标题：电话报告".
    for (const b of v.blocking) expect(b.label).toMatch(/^\d{4}-\d{4} .+：(电话报告|书面报告|续报)$/);
    expect(v.signFrom).toBe(sh('2026-11-30T08:00').toISOString());
    expect(v.sinceFreeze).toBeNull();
    // A shift that has not started has nothing to hand over.
    await expect(core.invoke('handover.draft', { shiftKey: '2026-11-30' })).rejects.toMatchObject({
      key: 'errors.handover_future',
    });
    expect(
      (await core.invoke('handover.draft', { shiftKey: '2026-11-28' })).sheet.entries.items.map(
        (e) => e.summary,
      ),
    ).toEqual(['上一班最后一条']);
  });

  it('keeps the log list bounded and counts every entry', async () => {
    const s = await setup();
    clock = sh('2026-11-29T09:00:00');
    const db = core.db().write;
    const ins = db.prepare(
      `INSERT INTO entries (id, incident_id, kind, occurred_at, entered_at, author_id, author_name, data_json, prev_hash, hash)
       VALUES (?, NULL, 'other', ?, ?, NULL, '张伟', '{"content":"批量"}', '', '')`,
    );
    db.transaction(() => {
      for (let i = 0; i < MAX_ENTRIES + 20; i++) {
        const at = new Date(sh('2026-11-29T08:30').getTime() + i * 1000).toISOString();
        ins.run(`en_bulk${i}`, at, at);
      }
    })();
    void s;
    const v = await core.invoke('handover.draft', {});
    expect(v.sheet.entries.items).toHaveLength(MAX_ENTRIES);
    expect(v.sheet.entries.total).toBe(MAX_ENTRIES + 20);
  });
});

describe('sign-off', () => {
  it('is blocked until overdue reports are explained; three proven confirmations lock it', async () => {
    const s = await setup();
    const { late, ok } = await busyShift(s);
    // Signers must have a PIN: 陈立新 signs from his own session, the others type theirs.
    const outgoing = { shiftKey: '2026-11-29', role: 'outgoing' as const, operatorId: s.by('陈立新') };
    const early = await core.call('handover.sign', outgoing, s.chief);
    expect(early).toMatchObject({
      ok: false,
      error: {
        code: 'forbidden',
        key: 'errors.handover_signer_no_pin',
        message: expect.stringContaining('设置 PIN'),
      },
    });
    for (const [name, pin] of [
      ['陈立新', '1111'],
      ['刘晓燕', '2468'],
      ['王建国', '3690'],
      ['张伟', '4444'],
    ])
      await core.invoke('operators.setPin', { id: s.by(name!), pin: pin! }, s.admin);
    // Before the signing window (30 minutes before the change) only with a reason.
    const tooEarly = await core.call('handover.sign', outgoing, s.chief);
    expect(tooEarly).toMatchObject({
      ok: false,
      error: { code: 'conflict', key: 'errors.handover_too_early', params: { time: '2026-11-30 08:00' } },
    });
    const blocked = await core.call('handover.sign', { ...outgoing, earlyReason: '临时外出' }, s.chief);
    expect(blocked).toMatchObject({
      ok: false,
      error: { code: 'conflict', key: 'errors.handover_blocked', params: { count: 2 } },
    });
    // Incoming cannot sign before the sheet is completed.
    await expect(
      core.invoke(
        'handover.sign',
        { shiftKey: '2026-11-29', role: 'incoming', operatorId: s.by('刘晓燕') },
        s.chief,
      ),
    ).rejects.toMatchObject({ key: 'errors.handover_outgoing_first' });

    let v = await core.invoke(
      'handover.save',
      {
        shiftKey: '2026-11-29',
        notes: '夜间注意青石镇地灾隐患点',
        explanations: { [`report:${late}`]: '镇里正在核实，已电话催报' },
      },
      s.chief,
    );
    expect(v.record).toMatchObject({ status: 'draft', signatures: [] });
    expect(v.blocking.filter((b) => !b.explained)).toHaveLength(1);
    await expect(
      core.invoke('handover.sign', { ...outgoing, earlyReason: '临时外出' }, s.chief),
    ).rejects.toMatchObject({ params: { count: 1 } });
    // Receipt is not the outgoing side's to give.
    expect(
      (
        await core.call(
          'handover.save',
          { shiftKey: '2026-11-29', received: { [s.phoneId]: true } } as never,
          s.chief,
        )
      ).ok,
    ).toBe(false);
    v = await core.invoke(
      'handover.save',
      { shiftKey: '2026-11-29', explanations: { [`report:${ok}`]: '已口头报告市局' } },
      s.chief,
    );
    expect(v.blocking.every((b) => b.explained)).toBe(true);
    expect(v.sheet.notes).toBe('夜间注意青石镇地灾隐患点');
    expect(v.sheet.unfinished.find((u) => u.incidentId === late)!.explanation).toBe(
      '镇里正在核实，已电话催报',
    );

    // In the window no reason is needed; his own session proves the outgoing chief.
    clock = sh('2026-11-30T08:20:00');
    await expect(
      core.invoke('handover.sign', { ...outgoing, received: { [s.phoneId]: true } }, s.chief),
    ).rejects.toMatchObject({ key: 'errors.handover_receipt_incoming' });
    v = await core.invoke('handover.sign', outgoing, s.chief);
    expect(v.record).toMatchObject({
      status: 'signing',
      signatures: [{ role: 'outgoing', name: '陈立新', proof: 'session' }],
    });
    expect(v.sheet.earlyReason).toBeUndefined();
    const head = v.record!.signatures[0]!.anchor!;
    expect(head.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(head.seq).toBeGreaterThan(0);
    const hash = v.record!.snapshotHash!;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    await expect(
      core.invoke(
        'handover.sign',
        { shiftKey: '2026-11-29', role: 'incoming', operatorId: s.by('刘晓燕') },
        s.chief,
      ),
    ).rejects.toMatchObject({ key: 'errors.handover_proof_required' });
    await expect(
      core.invoke(
        'handover.sign',
        { shiftKey: '2026-11-29', role: 'incoming', operatorId: s.by('刘晓燕'), pin: '1357' },
        s.chief,
      ),
    ).rejects.toMatchObject({ key: 'errors.pin_wrong' });
    await expect(
      core.invoke(
        'handover.sign',
        { shiftKey: '2026-11-29', role: 'incoming', operatorId: s.by('陈立新') },
        s.chief,
      ),
    ).rejects.toMatchObject({ key: 'errors.handover_same_person' });
    // The sheet is frozen: edits are refused from the outgoing signature on.
    await expect(
      core.invoke('handover.save', { shiftKey: '2026-11-29', notes: '改' }, s.chief),
    ).rejects.toMatchObject({
      key: 'errors.handover_locked',
    });
    clock = sh('2026-11-30T08:31:00');
    const incoming = {
      shiftKey: '2026-11-29',
      role: 'incoming' as const,
      operatorId: s.by('刘晓燕'),
      pin: '2468',
    };
    // The incoming chief receipts every item handed over, or notes why not.
    await expect(core.invoke('handover.sign', incoming, s.chief)).rejects.toMatchObject({
      key: 'errors.handover_items_unreceived',
      params: { count: 1 },
    });
    await expect(
      core.invoke('handover.sign', { ...incoming, received: { eq_nothere: true } }, s.chief),
    ).rejects.toMatchObject({ key: 'errors.handover_item_unknown' });
    v = await core.invoke('handover.sign', { ...incoming, received: { [s.phoneId]: true } }, s.chief);
    expect(v.record!.receipt).toEqual({ items: [{ equipmentId: s.phoneId, received: true, note: '' }] });
    // The leader on duty confirms on the same PC, without switching the signed-in operator.
    await expect(
      core.invoke(
        'handover.sign',
        { shiftKey: '2026-11-29', role: 'leader', operatorId: s.by('张伟'), pin: '4444' },
        s.chief,
      ),
    ).rejects.toMatchObject({ key: 'errors.handover_leader_role' });
    // One click from the outgoing chief's session is no proof of the leader.
    await expect(
      core.invoke(
        'handover.sign',
        { shiftKey: '2026-11-29', role: 'leader', operatorId: s.by('王建国') },
        s.chief,
      ),
    ).rejects.toMatchObject({ code: 'unauthenticated', key: 'errors.handover_proof_required' });
    v = await core.invoke(
      'handover.sign',
      { shiftKey: '2026-11-29', role: 'leader', operatorId: s.by('王建国'), pin: '3690' },
      s.chief,
    );
    expect(v.record).toMatchObject({ status: 'signed', signedAt: sh('2026-11-30T08:31').toISOString() });
    expect(v.record!.signatures.map((x) => [x.role, x.name, x.proof, x.at])).toEqual([
      ['outgoing', '陈立新', 'session', sh('2026-11-30T08:20').toISOString()],
      ['incoming', '刘晓燕', 'pin', sh('2026-11-30T08:31').toISOString()],
      ['leader', '王建国', 'pin', sh('2026-11-30T08:31').toISOString()],
    ]);

    // Locked: changes refused, amendments appended.
    await expect(
      core.invoke('handover.save', { shiftKey: '2026-11-29', notes: '改' }, s.chief),
    ).rejects.toMatchObject({
      code: 'conflict',
      key: 'errors.handover_locked',
    });
    await expect(
      core.invoke(
        'handover.sign',
        { shiftKey: '2026-11-29', role: 'leader', operatorId: s.by('李红梅') },
        s.chief,
      ),
    ).rejects.toMatchObject({ key: 'errors.handover_locked' });
    const k = key();
    await core.invoke(
      'handover.amend',
      { shiftKey: '2026-11-29', clientKey: k, text: '补充：卫星电话已送修' },
      s.chief,
    );
    await core.invoke(
      'handover.amend',
      { shiftKey: '2026-11-29', clientKey: k, text: '补充：卫星电话已送修' },
      s.chief,
    );
    v = await core.invoke('handover.draft', { shiftKey: '2026-11-29' });
    expect(v.record!.amendments).toEqual([
      expect.objectContaining({ text: '补充：卫星电话已送修', authorName: '陈立新' }),
    ]);
    expect(() => core.db().write.prepare(`UPDATE handovers SET notes = 'x'`).run()).toThrow(/locked/);

    // Reprinted exactly as signed: later entries do not reach the signed sheet.
    const signedSheet = JSON.stringify(v.sheet);
    await core.invoke(
      'logs.add',
      {
        clientKey: key(),
        occurredAt: sh('2026-11-30T08:10').toISOString(),
        kind: 'other',
        data: { content: '补记' },
      },
      s.chief,
    );
    const again = await core.invoke('handover.get', { id: v.record!.id });
    expect(JSON.stringify(again.sheet)).toBe(signedSheet);
    expect(again.record!.snapshotHash).toBe(hash);
    expect(await core.invoke('handover.verifyChain', {})).toEqual({
      ok: true,
      checked: 5,
      firstBrokenId: null,
      badSnapshots: [],
    });

    const list = await core.invoke('handover.list', {});
    expect(list.items).toEqual([
      expect.objectContaining({
        shiftKey: '2026-11-29',
        status: 'signed',
        outgoing: '陈立新',
        incoming: '刘晓燕',
        leader: '王建国',
        amendments: 1,
      }),
    ]);
  });

  it('amendments need a frozen sheet; tampering with a signed sheet is found', async () => {
    const s = await setup();
    await expect(
      core.invoke('handover.amend', { shiftKey: '2026-11-29', clientKey: key(), text: '补充' }, s.chief),
    ).rejects.toMatchObject({ key: 'errors.handover_not_frozen' });
    await core.invoke('operators.setPin', { id: s.by('陈立新'), pin: '1111' }, s.admin);
    const v = await core.invoke(
      'handover.sign',
      {
        shiftKey: '2026-11-29',
        role: 'outgoing',
        operatorId: s.by('陈立新'),
        pin: '1111',
        earlyReason: '提前',
      },
      s.chief,
    );
    expect(v.sheet.earlyReason).toBe('提前');
    const db = core.db().write;
    // Someone edits the file behind the app's back (dropping the guard first).
    db.exec('DROP TRIGGER handovers_frozen');
    db.prepare(
      `UPDATE handovers SET snapshot_json = replace(snapshot_json, '卫星电话', '对讲机') WHERE id = ?`,
    ).run(v.record!.id);
    expect((await core.invoke('handover.verifyChain', {})).badSnapshots).toEqual([v.record!.id]);
  });
});

describe('demo handovers', () => {
  it('has signed sheets for past shifts, listed newest first and verifiable', async () => {
    const demo = await demoCoreWithAdmin({ clock: { now: () => clock } });
    core = demo.core;
    const list = await core.invoke('handover.list', { limit: 5 });
    expect(list.total).toBe(30);
    expect(list.items[0]).toMatchObject({ shiftKey: '2026-11-28', status: 'signed' });
    expect(list.items.every((i) => i.outgoing && i.incoming && i.leader && i.entries > 0)).toBe(true);
    const one = await core.invoke('handover.get', { id: list.items[0]!.id });
    expect(one.record!.signatures).toHaveLength(3);
    expect(one.blocking.every((b) => b.explained)).toBe(true);
    expect(await core.invoke('handover.verifyChain', {})).toMatchObject({ ok: true, checked: 120 });
    // The current shift is there to be completed, with its open items.
    const cur = await core.invoke('handover.draft', {});
    expect(cur.record).toBeNull();
    expect(cur.sheet.unfinished.some((u) => u.owed?.overdue)).toBe(true);
    expect(cur.blocking.some((b) => b.kind === 'overdue_report' && !b.explained)).toBe(true);
  });
});
