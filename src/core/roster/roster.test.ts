import { afterEach, describe, expect, it } from 'vitest';
import type { Operator } from '../../common/contract/operators';
import type { Actor } from '../actor';
import type { Core } from '../core';
import { demoCoreWithAdmin, signIn, staffedCore } from '../testing';

const sh = (local: string) => new Date(local + '+08:00');
let clock = sh('2026-11-29T10:00:00');
const opts = { clock: { now: () => clock } };
let core: Core;
afterEach(async () => {
  await core?.close();
  clock = sh('2026-11-29T10:00:00');
});

interface Staff {
  admin: Actor;
  chief: Actor;
  ops: Operator[];
  by: (name: string) => string;
}

async function setup(): Promise<Staff> {
  const s = await staffedCore(opts);
  core = s.core;
  const chief = await signIn(core, 'shift_chief');
  const ops = await core.invoke('operators.list', {});
  const by = (name: string) => ops.find((o) => o.name === name)!.id;
  return { admin: s.admin, chief, ops, by };
}

const events = (c: Core) => {
  const seen: string[] = [];
  c.subscribe((e) => seen.push(e.type));
  return seen;
};

describe('shift patterns', () => {
  it('start as the settings’ 24-hour shift and change from a duty date on, never backwards', async () => {
    const { admin } = await setup();
    const g = await core.invoke('shifts.get', {});
    expect(g.versions).toEqual([expect.objectContaining({ version: 0, kind: 'day24', changeTime: '08:30' })]);
    expect(g.shift).toMatchObject({ key: '2026-11-29', start: sh('2026-11-29T08:30').toISOString() });
    expect(g.previous.key).toBe('2026-11-28');
    expect(g.next.key).toBe('2026-11-30');

    // The current duty date has started: a pattern can only change from tomorrow.
    await expect(
      core.invoke(
        'shifts.setPattern',
        { effectiveDate: '2026-11-29', kind: 'dayNight', changeTime: '08:30', nightTime: '20:30' },
        admin,
      ),
    ).rejects.toMatchObject({ key: 'errors.shift_pattern_past' });
    await expect(
      core.invoke(
        'shifts.setPattern',
        { effectiveDate: '2026-12-01', kind: 'dayNight', changeTime: '20:30', nightTime: '08:30' },
        admin,
      ),
    ).rejects.toMatchObject({ key: 'errors.shift_pattern_night' });
    const seen = events(core);
    const r = await core.invoke(
      'shifts.setPattern',
      { effectiveDate: '2026-12-01', kind: 'dayNight', changeTime: '08:00', nightTime: '20:00' },
      admin,
    );
    expect(seen).toEqual(expect.arrayContaining(['shifts.changed', 'roster.changed']));
    // The settings' pattern is kept as the base, so shifts already worked stay as they were.
    expect(r.versions.map((v) => [v.effectiveDate, v.kind, v.changeTime])).toEqual([
      ['2000-01-01', 'day24', '08:30'],
      ['2026-12-01', 'dayNight', '08:00'],
    ]);
    expect((await core.invoke('shifts.get', { at: sh('2026-11-29T09:00').toISOString() })).shift.key).toBe(
      '2026-11-29',
    );
    const last = await core.invoke('shifts.get', { at: sh('2026-12-01T07:59').toISOString() });
    expect(last.shift).toMatchObject({ key: '2026-11-30', end: sh('2026-12-01T08:00').toISOString() });
    expect(last.next.key).toBe('2026-12-01-day');
    expect((await core.invoke('shifts.get', { at: sh('2026-12-01T21:00').toISOString() })).current.kind).toBe(
      'dayNight',
    );
    expect((await core.invoke('settings.get', {})).shiftChangeTime).toBe('08:00');
  });

  it('a change of the settings’ change time applies from the next duty date; the log’s shift filter follows', async () => {
    const { admin, chief } = await setup();
    await core.invoke(
      'logs.add',
      {
        clientKey: 'k_shift_0001',
        occurredAt: sh('2026-11-29T08:45').toISOString(),
        kind: 'other',
        data: { content: '早班记录' },
      },
      chief,
    );
    await core.invoke('settings.update', { shiftChangeTime: '09:00' }, admin);
    const g = await core.invoke('shifts.get', {});
    expect(g.versions.map((v) => [v.effectiveDate, v.changeTime])).toEqual([
      ['2000-01-01', '08:30'],
      ['2026-11-30', '09:00'],
    ]);
    // Today's shift still began at 08:30: the 08:45 entry is in it.
    const today = await core.invoke('logs.list', {
      filter: { shiftAt: sh('2026-11-29T12:00').toISOString() },
    });
    expect(today.items.map((i) => i.data.content)).toEqual(['早班记录']);
    expect(g.shift.end).toBe(sh('2026-11-30T09:00').toISOString());
  });
});

describe('roster', () => {
  it('names leader, chief and officers per shift, with phones; refuses unknown people and doubles', async () => {
    const { chief, by } = await setup();
    const seen = events(core);
    const r = await core.invoke(
      'roster.set',
      {
        key: '2026-11-29',
        leaderId: by('王建国'),
        chiefId: by('陈立新'),
        officerIds: [by('张伟'), by('杨静')],
      },
      chief,
    );
    expect(seen).toContain('roster.changed');
    expect(r).toMatchObject({
      key: '2026-11-29',
      leader: { name: '王建国', phone: '13800001001', kind: 'operator' },
      chief: { name: '陈立新' },
      officers: [{ name: '张伟' }, { name: '杨静' }],
      replacements: 0,
    });
    await expect(
      core.invoke(
        'roster.set',
        { key: '2026-11-29', leaderId: 'op_nobody', chiefId: null, officerIds: [] },
        chief,
      ),
    ).rejects.toMatchObject({ key: 'errors.roster_person_unknown' });
    await expect(
      core.invoke(
        'roster.set',
        { key: '2026-11-29', leaderId: null, chiefId: by('张伟'), officerIds: [by('张伟')] },
        chief,
      ),
    ).rejects.toMatchObject({ key: 'errors.roster_person_twice' });
    await expect(
      core.invoke(
        'roster.set',
        { key: '2026-11-29-day', leaderId: null, chiefId: null, officerIds: [] },
        chief,
      ),
    ).rejects.toMatchObject({ key: 'errors.shift_unknown' });
    await expect(
      core.invoke('roster.set', { key: '2026-11-29', leaderId: null, chiefId: null, officerIds: [] }),
    ).rejects.toMatchObject({ code: 'unauthenticated' });

    const month = await core.invoke('roster.get', { month: '2026-11' });
    expect(month.shifts).toHaveLength(30);
    expect(month.shifts.find((s) => s.key === '2026-11-29')?.chief?.name).toBe('陈立新');
    expect(month.shifts.find((s) => s.key === '2026-11-28')?.chief).toBeNull();
    expect(month.people.some((p) => p.role === 'admin')).toBe(false);
    expect(month.changes[0]).toMatchObject({ kind: 'set', after: { chief: '陈立新' }, authorName: '陈立新' });
  });

  it('fills by pattern, copies last month, swaps two people and records a replacement with its reason', async () => {
    const { chief, by } = await setup();
    const fill = await core.invoke(
      'roster.fill',
      {
        month: '2026-11',
        leaders: [by('王建国'), by('李红梅'), by('赵志强')],
        chiefs: [by('陈立新'), by('刘晓燕'), by('周海涛')],
        officers: [by('张伟'), by('杨静'), by('黄磊'), by('吴敏')],
        officersPerShift: 2,
        overwrite: false,
      },
      chief,
    );
    expect(fill).toEqual({ filled: 30, skipped: 0 });
    let nov = (await core.invoke('roster.get', { month: '2026-11' })).shifts;
    expect(
      nov.slice(0, 4).map((s) => [s.leader?.name, s.chief?.name, s.officers.map((o) => o.name).join('')]),
    ).toEqual([
      ['王建国', '陈立新', '张伟杨静'],
      ['李红梅', '刘晓燕', '黄磊吴敏'],
      ['赵志强', '周海涛', '张伟杨静'],
      ['王建国', '陈立新', '黄磊吴敏'],
    ]);
    // Without overwrite, staffed shifts are left alone.
    expect(
      await core.invoke(
        'roster.fill',
        {
          month: '2026-11',
          fromDate: '2026-11-01',
          toDate: '2026-11-02',
          leaders: [by('赵志强')],
          chiefs: [],
          officers: [],
          officersPerShift: 0,
          overwrite: false,
        },
        chief,
      ),
    ).toEqual({ filled: 0, skipped: 2 });
    await expect(
      core.invoke(
        'roster.fill',
        {
          month: '2026-11',
          fromDate: '2026-12-01',
          leaders: [by('赵志强')],
          chiefs: [],
          officers: [],
          officersPerShift: 0,
          overwrite: true,
        },
        chief,
      ),
    ).rejects.toMatchObject({ key: 'errors.roster_range' });

    // 换班: 张伟 (11-01) and 黄磊 (11-02) trade.
    const swapped = await core.invoke(
      'roster.swap',
      {
        a: { key: '2026-11-01', personId: by('张伟') },
        b: { key: '2026-11-02', personId: by('黄磊') },
        reason: '家中有事',
      },
      chief,
    );
    expect(swapped.a.officers.map((o) => o.name)).toEqual(['黄磊', '杨静']);
    expect(swapped.b.officers.map((o) => o.name)).toEqual(['张伟', '吴敏']);
    expect(swapped.a.replacements).toBe(1);
    await expect(
      core.invoke(
        'roster.swap',
        {
          a: { key: '2026-11-01', personId: by('马丽') },
          b: { key: '2026-11-02', personId: by('张伟') },
          reason: 'x',
        },
        chief,
      ),
    ).rejects.toMatchObject({ key: 'errors.roster_not_on_shift' });

    // 替班 by a contact (a leader who does not sign in).
    const contact = await core.invoke(
      'roster.saveContact',
      {
        name: '钱卫东',
        phone: '13900005001',
        unit: '县人民政府',
        post: '副县长',
        role: 'leader',
        active: true,
      },
      chief,
    );
    const replaced = await core.invoke(
      'roster.replace',
      { key: '2026-11-03', personId: by('赵志强'), withId: contact.id, reason: '参加市里会议' },
      chief,
    );
    expect(replaced.leader).toMatchObject({ name: '钱卫东', kind: 'contact', title: '县人民政府 副县长' });
    const changes = (await core.invoke('roster.get', { month: '2026-11' })).changes;
    expect(changes[0]).toMatchObject({
      kind: 'replace',
      shiftKey: '2026-11-03',
      before: { leader: '赵志强' },
      after: { leader: '钱卫东' },
      reason: '参加市里会议',
    });
    // A change that removes someone, with a reason, is a replacement too.
    await core.invoke(
      'roster.set',
      {
        key: '2026-11-04',
        leaderId: by('王建国'),
        chiefId: by('刘晓燕'),
        officerIds: [by('黄磊'), by('吴敏')],
        reason: '病假',
      },
      chief,
    );
    nov = (await core.invoke('roster.get', { month: '2026-11' })).shifts;
    expect(nov[3]).toMatchObject({ chief: { name: '刘晓燕' }, replacements: 1 });

    // Copy last month: December's k-th shift takes November's k-th crew.
    const copied = await core.invoke(
      'roster.copyMonth',
      { month: '2026-12', fromMonth: '2026-11', overwrite: false },
      chief,
    );
    expect(copied).toEqual({ filled: 31, skipped: 0 });
    const dec = (await core.invoke('roster.get', { month: '2026-12' })).shifts;
    expect(dec[0]!.officers.map((o) => o.name)).toEqual(['黄磊', '杨静']);
    expect(dec[30]!.chief?.name).toBe(nov[0]!.chief?.name); // 31st wraps to the 1st
  });

  it('answers who is on duty now and next, with phones, in one call', async () => {
    const { chief, by } = await setup();
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
    const d = await core.invoke('roster.onDuty', {});
    expect(d.now).toMatchObject({ key: '2026-11-29', chief: { name: '陈立新', phone: '13800002001' } });
    expect(d.next).toMatchObject({ key: '2026-11-30', leader: { name: '李红梅', phone: '13800001002' } });
    // 08:29 next morning is still this shift; 08:30 is the next.
    expect((await core.invoke('roster.onDuty', { at: sh('2026-11-30T08:29').toISOString() })).now.key).toBe(
      '2026-11-29',
    );
    expect((await core.invoke('roster.onDuty', { at: sh('2026-11-30T08:30').toISOString() })).now.key).toBe(
      '2026-11-30',
    );
  });

  it('imports a month through the shared importer and exports it back as XLSX', async () => {
    const { chief } = await setup();
    const csv = [
      '日期,班次,带班领导,值班长,值班员',
      '2026-12-01,,王建国,陈立新,张伟、杨静',
      '2026/12/2,全天,李红梅,刘晓燕,黄磊 吴敏',
      '2026年12月3日,,赵志强,周海涛,孙浩',
    ].join('\n');
    const base64 = Buffer.from(csv, 'utf8').toString('base64');
    const preview = await core.invoke('imports.preview', {
      target: 'roster',
      fileName: '值班表.csv',
      base64,
    });
    expect(preview).toMatchObject({ total: 3, valid: 3, errors: [] });
    expect(preview.mapping).toEqual({ date: 0, slot: 1, leader: 2, chief: 3, officers: 4 });
    const seen = events(core);
    expect(
      await core.invoke(
        'imports.commit',
        { target: 'roster', fileName: '值班表.csv', base64, mapping: preview.mapping },
        chief,
      ),
    ).toEqual({ created: 3, updated: 0 });
    expect(seen).toContain('roster.changed');
    const dec = (await core.invoke('roster.get', { month: '2026-12' })).shifts;
    expect(dec[1]).toMatchObject({
      leader: { name: '李红梅' },
      officers: [{ name: '黄磊' }, { name: '吴敏' }],
    });
    expect(dec[0]!.officers.map((o) => o.name)).toEqual(['张伟', '杨静']);

    // Row problems name the row and the field; nothing is written.
    const bad = Buffer.from(
      [
        '日期,班次,带班领导,值班长,值班员',
        '2026-12-05,,王建国,无名氏,张伟',
        '2026-12-05,,李红梅,陈立新,',
        '12月6日,,,,',
        '2026-12-07,夜班,,,',
        '9999-12-31,,,,',
        '1899年12月31日,,,,',
      ].join('\n'),
    ).toString('base64');
    const p2 = await core.invoke('imports.preview', { target: 'roster', fileName: 'bad.csv', base64: bad });
    expect(p2.errors.map((e) => [e.row, e.field, e.key])).toEqual([
      [2, 'chief', 'errors.import_roster_person'],
      [3, 'date', 'errors.import_roster_duplicate'],
      [4, 'date', 'errors.import_not_date'],
      [5, 'slot', 'errors.import_roster_shift'],
      // Beyond the app's calendar (its shift arithmetic would overflow at year 9999).
      [6, 'date', 'errors.field.calendar_range'],
      [7, 'date', 'errors.field.calendar_range'],
    ]);
    expect(p2.errors[4]!.message).toContain('1900-01-01 至 2199-12-31');
    await expect(
      core.invoke(
        'imports.commit',
        { target: 'roster', fileName: 'bad.csv', base64: bad, mapping: p2.mapping },
        chief,
      ),
    ).rejects.toMatchObject({ key: 'errors.import_has_errors' });

    // Export → the same file imports back unchanged (update, no change recorded).
    const x = await core.invoke('roster.export', { month: '2026-12' });
    expect(x).toMatchObject({ rows: 31, fileName: expect.stringMatching(/^值班表-2026-12-.*\.xlsx$/) });
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(x.base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).values).toEqual(
      expect.arrayContaining(['日期', '班次', '带班领导', '值班长', '值班员']),
    );
    expect(ws.getRow(2).getCell(5).value).toBe('张伟、杨静');
    const back = await core.invoke('imports.preview', {
      target: 'roster',
      fileName: '值班表.xlsx',
      base64: x.base64,
    });
    expect(back.errors).toEqual([]);
    expect(back.mapping).toMatchObject({ date: 0, slot: 1, leader: 2, chief: 3, officers: 4 });
  });
});

describe('demo roster', () => {
  it('covers three months back to next month, with its replacements, and the people the log was written by', async () => {
    const demo = await demoCoreWithAdmin({ clock: { now: () => clock } });
    core = demo.core;
    for (const m of ['2026-08', '2026-09', '2026-10', '2026-11', '2026-12']) {
      const r = await core.invoke('roster.get', { month: m });
      expect(
        r.shifts.every((s) => s.chief && s.leader && s.officers.length === 2),
        m,
      ).toBe(true);
    }
    const nov = await core.invoke('roster.get', { month: '2026-11' });
    expect(
      nov.changes.filter((c) => c.kind === 'swap' || c.kind === 'replace').length,
    ).toBeGreaterThanOrEqual(3);
    expect(await core.invoke('roster.contacts', {})).toHaveLength(3);
    const now = await core.invoke('roster.onDuty', {});
    // The chief who wrote this shift's log entries is the chief on the roster.
    const log = await core.invoke('logs.list', {
      filter: { shiftAt: clock.toISOString(), kinds: ['report'] },
      limit: 50,
    });
    const authors = new Set(log.items.map((i) => i.authorName));
    if (authors.size > 0) expect(authors).toContain(now.now.chief!.name);
  });
});
