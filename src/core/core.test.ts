import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../common/events';
import { anonymous } from './actor';
import { handlers } from './handlers';
import { demoCoreWithAdmin, fingerprint, signIn, tempCore } from './testing';

describe('createCore', () => {
  it('starts uninitialized and lets the first run choose demo data without signing in', async () => {
    const core = tempCore();
    expect((await core.invoke('system.info', {})).initialized).toBe(false);
    // Before setup, writes other than the first-run choice are refused.
    const refused = await core.call('settings.update', { countyName: '甲县' }, anonymous);
    expect(refused.ok).toBe(false);
    await core.invoke('system.setup', { mode: 'demo' });
    const info = await core.invoke('system.info', {});
    expect(info).toMatchObject({ initialized: true, dataMode: 'demo', countyName: '青岚示范县（演示数据）' });
    // Once set up, it cannot be set up again, not even by an anonymous caller.
    const again = await core.call('system.setup', { mode: 'demo' }, anonymous);
    expect(again.ok || again.error.code).toBe('unauthenticated');
    await core.close();
  });

  it('blank start creates the county and its first administrator', async () => {
    const core = tempCore();
    await core.invoke('system.setup', {
      mode: 'blank',
      countyName: '甲县',
      bureauName: '甲县应急管理局',
      admin: { name: '赵管理', pin: '2468' },
    });
    const ops = await core.invoke('operators.list', {});
    expect(ops).toEqual([expect.objectContaining({ name: '赵管理', role: 'admin', hasPin: true })]);
    expect((await core.invoke('settings.get', {})).bureauName).toBe('甲县应急管理局');
    await core.close();
  });

  it('enforces access levels: sessions read, operators write, admins administer, walls only read', async () => {
    const { core, admin } = await demoCoreWithAdmin();
    const officer = await signIn(core, 'duty_officer');
    const { token } = await core.invoke('wallTokens.create', { label: '大屏' }, admin);
    const wall = core.authenticate(token)!;
    expect(wall.kind).toBe('wall');

    // Code inside this process reads without a session; a caller over a transport may not.
    expect((await core.call('settings.get', {}, anonymous)).ok).toBe(true);
    const overHttp = await core.call('settings.get', {}, anonymous, { via: 'http' });
    expect(!overHttp.ok && overHttp.error).toMatchObject({ code: 'unauthenticated', message: '请先登录' });
    expect((await core.call('settings.get', {}, officer, { via: 'http' })).ok).toBe(true);
    const anon = await core.call('operators.setPin', { id: 'op_x', pin: '1234' }, anonymous);
    expect(!anon.ok && anon.error.code).toBe('unauthenticated');
    const notAdmin = await core.call('settings.update', { countyName: '乙县' }, officer);
    expect(!notAdmin.ok && notAdmin.error).toMatchObject({
      code: 'forbidden',
      message: '只有管理员可以执行此操作',
    });
    const before = fingerprint(core);
    const wallWrite = await core.call('settings.update', { countyName: '乙县' }, wall);
    expect(!wallWrite.ok && wallWrite.error.code).toBe('forbidden');
    expect(fingerprint(core)).toBe(before);
    expect((await core.call('settings.get', {}, wall)).ok).toBe(true);
    await core.close();
  });

  it.each(['http', 'ipc', 'lan'] as const)('reads need a session over %s', async (via) => {
    const { core } = await demoCoreWithAdmin({ lan: via === 'lan' });
    const res = await core.call('settings.get', {}, anonymous, { via });
    expect(!res.ok && res.error.code).toBe('unauthenticated');
    await core.close();
  });

  it('tells a caller without a session who can sign in: names and roles, no phones, no former operators', async () => {
    const { core, admin } = await demoCoreWithAdmin();
    const officer = await signIn(core, 'duty_officer');
    const gone = await core.invoke(
      'operators.create',
      { name: '离任人员', role: 'duty_officer', phone: '13900000001' },
      admin,
    );
    await core.invoke('operators.update', { id: gone.id, active: false }, admin);
    const full = await core.invoke('operators.list', { includeInactive: true }, officer);
    expect(full.some((o) => o.phone !== '')).toBe(true);
    expect(full.some((o) => o.id === gone.id)).toBe(true);
    for (const via of ['http', 'ipc', 'lan'] as const) {
      const res = await core.call('operators.list', { includeInactive: true }, anonymous, { via });
      if (!res.ok) throw new Error(res.error.message);
      const listed = res.value as typeof full;
      expect(listed.map((o) => o.id).sort(), via).toEqual(
        full
          .filter((o) => o.active)
          .map((o) => o.id)
          .sort(),
      );
      expect(
        listed.every((o) => o.phone === ''),
        via,
      ).toBe(true);
      const json = JSON.stringify(listed);
      for (const o of full) if (o.phone) expect(json, via).not.toContain(o.phone);
    }
    await core.close();
  });

  it('audits every write with actor, method and change, and emits events only after commit', async () => {
    const { core, admin } = await demoCoreWithAdmin();
    const events: AppEvent[] = [];
    core.subscribe((e) => events.push(e));
    await core.invoke('settings.update', { shiftChangeTime: '09:00' }, admin);
    const [last] = await core.invoke('audit.list', { limit: 1 }, admin);
    expect(last).toMatchObject({
      method: 'settings.update',
      actorName: '系统管理员',
      input: { shiftChangeTime: '09:00' },
    });
    expect(JSON.stringify(last!.changes)).toContain('"shiftChangeTime":"09:00"');
    expect(events.map((e) => e.type)).toContain('settings.changed');

    // A write that fails half-way rolls back: no row, no audit, no event.
    events.length = 0;
    const before = fingerprint(core);
    const adminOp = (await core.invoke('operators.list', {})).find((o) => o.role === 'admin')!;
    const res = await core.call('operators.update', { id: adminOp.id, active: false }, admin);
    expect(!res.ok && res.error).toMatchObject({ code: 'conflict', message: '至少需要保留一名启用的管理员' });
    expect(fingerprint(core)).toBe(before);
    expect(events).toEqual([]);
    await core.close();
  });

  it('records an entry write once: in the hash-chained entries with its author, not copied into the audit table', async () => {
    // Only methods whose whole effect is appending entries may skip the audit table.
    const byEntries = Object.entries(handlers)
      .filter(([, h]) => 'recordedBy' in h && h.recordedBy === 'entries')
      .map(([m]) => m)
      .sort();
    // A dispatch's projection (the dispatches table) can be rebuilt from its entries' data, like an incident's.
    expect(byEntries).toEqual([
      'dispatches.create',
      'dispatches.update',
      'findings.record',
      'incidents.activateResponse',
      'incidents.addEntry',
      'incidents.correctEntry',
      'incidents.create',
      'logs.add',
    ]);

    const { core, admin } = await demoCoreWithAdmin();
    const auditRows = () =>
      (core.db().read.prepare('SELECT count(*) AS n FROM audit').get() as { n: number }).n;
    const before = auditRows();
    const { entryId } = await core.invoke(
      'logs.add',
      { clientKey: 'k_core_test_0001', kind: 'other', data: { content: '县委办来电询问降雨情况' } },
      admin,
    );
    expect(auditRows()).toBe(before);
    const row = core
      .db()
      .read.prepare('SELECT author_name, entered_at, hash FROM entries WHERE id = ?')
      .get(entryId);
    expect(row).toMatchObject({ author_name: '系统管理员', hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(await core.invoke('logs.verifyChain', {}, admin)).toMatchObject({ ok: true });
    await core.close();
  });

  it('keeps PINs out of the audit trail and stores only scrypt hashes', async () => {
    const { core, admin } = await demoCoreWithAdmin();
    const op = await core.invoke(
      'operators.create',
      { name: '新人', role: 'duty_officer', pin: '97531' },
      admin,
    );
    const [last] = await core.invoke('audit.list', { limit: 1 }, admin);
    expect(JSON.stringify(last)).not.toContain('97531');
    const row = core.db().read.prepare('SELECT pin_hash FROM operators WHERE id = ?').get(op.id) as {
      pin_hash: string;
    };
    expect(row.pin_hash).toMatch(/^scrypt\$16384\$/);
    expect(row.pin_hash).not.toContain('97531');
    await core.close();
  });

  it('detects tampering with the audit trail', async () => {
    const { core, admin } = await demoCoreWithAdmin();
    await core.invoke('settings.update', { countyName: '丙县' }, admin);
    expect(await core.invoke('audit.verify', {}, admin)).toMatchObject({ ok: true, firstBrokenSeq: null });
    // Behind the app's back: drop the trigger, rewrite history.
    const raw = new Database(core.dbFile);
    raw.exec('DROP TRIGGER audit_no_update');
    raw
      .prepare(`UPDATE audit SET input_json = '{"countyName":"丁县"}' WHERE method = 'settings.update'`)
      .run();
    raw.close();
    const seq = (
      core.db().read.prepare(`SELECT seq FROM audit WHERE method='settings.update'`).get() as { seq: number }
    ).seq;
    expect(await core.invoke('audit.verify', {}, admin)).toMatchObject({ ok: false, firstBrokenSeq: seq });
    await core.close();
  });

  it('never throws out of call: an unknown method is not_found in Chinese', async () => {
    const core = tempCore();
    const res = await core.call('nope.nothing', {});
    expect(!res.ok && res.error).toMatchObject({ code: 'not_found', message: '未知的接口：nope.nothing' });
    await core.close();
  });

  it('answers in English when the locale is en-US', async () => {
    const { core, admin } = await demoCoreWithAdmin();
    await core.invoke('settings.update', { locale: 'en-US' }, admin);
    const res = await core.call('settings.update', { shiftChangeTime: '25:00' }, admin);
    expect(!res.ok && res.error.message).toBe('Invalid input: shiftChangeTime: Use HH:MM, e.g. 08:30');
    await core.close();
  });
});

describe('events', () => {
  it('a write announces each area once, with its ids merged', async () => {
    const core = tempCore();
    const events: AppEvent[] = [];
    core.subscribe((e) => events.push(e));
    await core.invoke('system.setup', { mode: 'demo' });
    // The load's progress is said as it goes (src/core/steps.test.ts); the changes once, after.
    const types = events.map((e) => e.type).filter((type) => type !== 'progress');
    expect(new Set(types).size).toBe(types.length);
    expect(types).toEqual(expect.arrayContaining(['system.changed', 'incidents.changed', 'logs.changed']));
    // Hundreds of incidents changed: the event says "everything" rather than list them.
    expect(events.find((e) => e.type === 'incidents.changed')?.ids).toBeUndefined();
    await core.close();
  });
});
