import { afterEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../common/contract';
import type { Actor } from '../actor';
import type { Core } from '../core';
import { chainHash, GENESIS } from '../db/hashchain';
import { chained } from '../logs/entries';
import { signIn, staffedCore } from '../testing';
import type { EntryRow } from '../logs/rows';

/**
 * What happens between the freeze of a sheet and the change is carried onto the next
 * shift's sheet (sheet-carried.ts says why), and every signature anchors the duty log's
 * chain head, which a rewrite of the file cannot keep.
 */
const sh = (local: string) => new Date(local + '+08:00');
let clock = sh('2026-11-29T10:00:00');
let core: Core;
afterEach(async () => {
  await core?.close();
  clock = sh('2026-11-29T10:00:00');
});
let n = 0;
const key = () => `k_gap_${String(++n).padStart(8, '0')}`;

const intake = (receivedAt: string, title: string): InputOf<'incidents.create'>['intake'] => ({
  channel: 'phone',
  receivedAt,
  caller: { unit: '白沙镇人民政府', name: '李强', post: '值班员', phone: '13800004321' },
  title,
  description: '厂房起火，正在扑救',
  cause: '',
  occurredAt: null,
  place: { townCode: null, address: '白沙镇工业园', point: null },
  casualties: { dead: 0, injured: 2, missing: 0, trapped: 0 },
  losses: '',
  measures: '',
  trend: '',
  notified: [],
  category: 'accident',
  subtype: 'fire',
  grade: 'II',
});

async function setup(): Promise<{ chief: Actor; by: (name: string) => string }> {
  const s = await staffedCore({ clock: { now: () => clock } });
  core = s.core;
  const chief = await signIn(core, 'shift_chief');
  const ops = await core.invoke('operators.list', {});
  const by = (name: string) => ops.find((o) => o.name === name)!.id;
  for (const [name, pin] of [
    ['陈立新', '1111'],
    ['刘晓燕', '2468'],
    ['王建国', '3690'],
    ['周海涛', '5555'],
    ['李红梅', '7777'],
  ] as const)
    await core.invoke('operators.setPin', { id: by(name), pin }, s.admin);
  const crews = [
    ['2026-11-29', '王建国', '陈立新'],
    ['2026-11-30', '李红梅', '刘晓燕'],
    ['2026-12-01', '王建国', '周海涛'],
  ] as const;
  for (const [k, leader, chiefName] of crews)
    await core.invoke(
      'roster.set',
      { key: k, leaderId: by(leader), chiefId: by(chiefName), officerIds: [] },
      chief,
    );
  return { chief, by };
}

const add = (chief: Actor, content: string, occurredAt?: Date) =>
  core.invoke(
    'logs.add',
    {
      clientKey: key(),
      kind: 'other',
      data: { content },
      ...(occurredAt ? { occurredAt: occurredAt.toISOString() } : {}),
    },
    chief,
  );

describe('between the freeze and the change', () => {
  it('an incident received after the freeze is told to the co-signers and carried onto the next sheet', async () => {
    const { chief, by } = await setup();
    await add(chief, '本班一条');
    clock = sh('2026-11-30T08:05:00');
    let v = await core.invoke(
      'handover.sign',
      { shiftKey: '2026-11-29', role: 'outgoing', operatorId: by('陈立新') },
      chief,
    );
    expect(v.sinceFreeze).toEqual({ total: 0, incidents: [] });
    // A Ⅱ级 fire comes in after the freeze, in the same shift, before the co-signatures.
    clock = sh('2026-11-30T08:12:00');
    const fire = await core.invoke(
      'incidents.create',
      { clientKey: key(), intake: intake(sh('2026-11-30T08:11').toISOString(), '白沙镇工业园厂房火灾') },
      chief,
    );
    v = await core.invoke('handover.draft', { shiftKey: '2026-11-29' });
    expect(v.sheet.entries.items.map((e) => e.summary)).not.toContain('白沙镇工业园厂房火灾');
    expect(v.sinceFreeze).toMatchObject({
      total: 1,
      incidents: [{ id: fire.incident.id, title: '白沙镇工业园厂房火灾', grade: 'II' }],
    });
    const pin = (role: 'incoming' | 'leader', name: string, p: string) =>
      core.invoke('handover.sign', { shiftKey: '2026-11-29', role, operatorId: by(name), pin: p }, chief);
    await pin('incoming', '刘晓燕', '2468');
    await pin('leader', '王建国', '3690');
    // After the last signature, still in the shift; and one logged late for the shift before.
    clock = sh('2026-11-30T08:28:00');
    await add(chief, '签字后、交班前的一条');
    clock = sh('2026-11-30T09:00:00');
    await add(chief, '补记：交班前的一条', sh('2026-11-30T08:25'));
    await add(chief, '下一班第一条');

    const next = await core.invoke('handover.draft', {});
    expect(next.sheet.shift.key).toBe('2026-11-30');
    expect(next.sheet.carried).toMatchObject({ fromShift: '2026-11-29', total: 3 });
    expect(next.sheet.carried!.items.map((e) => [e.summary, e.incidentNumber])).toEqual([
      ['白沙镇工业园厂房火灾', fire.incident.number],
      ['补记：交班前的一条', null],
      ['签字后、交班前的一条', null],
    ]);
    expect(next.sheet.entries.items.map((e) => e.summary)).toEqual(['下一班第一条']);

    // Once this sheet is frozen, what it carried is not carried again.
    clock = sh('2026-12-01T08:10:00');
    const open = await core.invoke('handover.draft', {});
    await core.invoke(
      'handover.save',
      {
        shiftKey: '2026-11-30',
        explanations: Object.fromEntries(open.blocking.map((b) => [b.key, '已电话催报'])),
      },
      chief,
    );
    await core.invoke(
      'handover.sign',
      { shiftKey: '2026-11-30', role: 'outgoing', operatorId: by('刘晓燕'), pin: '2468' },
      chief,
    );
    await add(chief, '又一条补记', sh('2026-11-30T07:00'));
    clock = sh('2026-12-01T09:00:00');
    const third = await core.invoke('handover.draft', {});
    expect(third.sheet.carried!.items.map((e) => e.summary)).toEqual(['又一条补记']);
  });
});

describe('chain anchors', () => {
  it('every signature stores the log head; a rewrite of the file with every hash recomputed is found', async () => {
    const { chief, by } = await setup();
    for (let i = 0; i < 5; i++) await add(chief, `记录${i}`);
    clock = sh('2026-11-29T15:46:00');
    const early = await core.call(
      'handover.sign',
      { shiftKey: '2026-11-29', role: 'outgoing', operatorId: by('陈立新'), pin: '1111' },
      chief,
    );
    expect(early).toMatchObject({ ok: false, error: { key: 'errors.handover_too_early' } });
    const v = await core.invoke(
      'handover.sign',
      {
        shiftKey: '2026-11-29',
        role: 'outgoing',
        operatorId: by('陈立新'),
        pin: '1111',
        earlyReason: '交班值班长下午参加县防汛会商',
      },
      chief,
    );
    expect(v.sheet.earlyReason).toBe('交班值班长下午参加县防汛会商');
    const anchor = v.record!.signatures[0]!.anchor!;
    const db = core.db().write;
    const head = db.prepare('SELECT seq, hash FROM entries ORDER BY seq DESC LIMIT 1').get();
    expect(anchor).toEqual(head);
    await add(chief, '签字后一条');

    expect(await core.invoke('logs.verifyChain', {})).toMatchObject({
      ok: true,
      anchorsChecked: 2,
      anchorMismatches: [],
    });
    const paper = anchor.hash.slice(0, 16);
    expect(await core.invoke('logs.checkAnchor', { seq: anchor.seq, hash: paper })).toMatchObject({
      inLog: 'match',
      recorded: [
        { shiftKey: '2026-11-29', role: 'freeze', match: true },
        { shiftKey: '2026-11-29', role: 'outgoing', name: '陈立新', match: true },
      ],
    });
    expect(
      await core.invoke('logs.checkAnchor', { seq: anchor.seq, hash: 'ffffffffffffffff' }),
    ).toMatchObject({ inLog: 'mismatch' });
    expect(await core.invoke('logs.checkAnchor', { seq: 99_999, hash: paper })).toMatchObject({
      inLog: 'missing',
      recorded: [],
    });
    expect((await core.call('logs.checkAnchor', { seq: 1, hash: 'xyz' }, chief)) as unknown).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('十六进制') },
    });

    // Someone rewrites the file: changes the second entry and recomputes every hash after it.
    db.exec('DROP TRIGGER entries_no_update');
    const rows = db.prepare('SELECT * FROM entries ORDER BY seq').all() as EntryRow[];
    let prev = GENESIS;
    const upd = db.prepare('UPDATE entries SET data_json = ?, prev_hash = ?, hash = ? WHERE seq = ?');
    for (const r of rows) {
      const data = r.seq === rows[1]!.seq ? JSON.stringify({ content: '改写的内容' }) : r.data_json;
      const hash = chainHash(prev, chained({ ...r, data_json: data }));
      upd.run(data, prev, hash, r.seq);
      prev = hash;
    }
    const after = await core.invoke('logs.verifyChain', {});
    // The chain alone checks again: only the anchors give the rewrite away.
    expect(after).toMatchObject({ checked: rows.length, firstBrokenSeq: null, ok: false });
    expect(after.anchorMismatches).toEqual([
      { seq: anchor.seq, shiftKey: '2026-11-29', role: 'freeze' },
      { seq: anchor.seq, shiftKey: '2026-11-29', role: 'outgoing' },
    ]);
    expect(await core.invoke('logs.checkAnchor', { seq: anchor.seq, hash: paper })).toMatchObject({
      inLog: 'mismatch',
      recorded: [{ match: true }, { match: true }],
    });
  });
});
