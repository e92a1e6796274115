import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';

describe('migration 004 equipment', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 3);
  db.prepare(
    `INSERT INTO towns (code, name, kind, seat_lon, seat_lat) VALUES ('990101001', '城关街道', '街道', 111.5, 27.4)`,
  ).run();
  migrate(db, 4);

  const addEquipment = db.prepare(
    `INSERT INTO equipment (id, kind, name, model, serial, location, lon, lat, custodian_a, custodian_b, interval_kind, interval_days, status, handover, notes, created_at, updated_at)
     VALUES (@id, @kind, '卫星电话1', '天通', @serial, '值班室', NULL, NULL, '张伟', '李娜', @ik, @days, @status, 1, '', 't', 't')`,
  );
  const eq = (over: Record<string, unknown>) =>
    addEquipment.run({
      id: 'eq1',
      kind: 'satellite_phone',
      serial: 'S1',
      ik: 'daily',
      days: null,
      status: 'in_use',
      ...over,
    });

  it('adds the tables, STRICT, keeping what was there', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    expect(db.prepare('SELECT name FROM towns').get()).toEqual({ name: '城关街道' });
    for (const t of ['equipment', 'check_templates', 'checks', 'faults', 'fault_actions']) {
      const sql = (db.prepare(`SELECT sql FROM sqlite_schema WHERE name = ?`).get(t) as { sql: string }).sql;
      expect(sql).toMatch(/STRICT$/);
    }
  });

  it('checks kinds, statuses, intervals and serial uniqueness per kind', () => {
    eq({});
    expect(() => eq({ id: 'eq2' })).toThrow(/UNIQUE/);
    eq({ id: 'eq3', kind: 'radio' }); // same number, other kind: fine
    expect(() => eq({ id: 'eq4', serial: '', kind: 'walkie' })).toThrow(/CHECK/);
    expect(() => eq({ id: 'eq5', serial: '', status: 'broken' })).toThrow(/CHECK/);
    expect(() => eq({ id: 'eq6', serial: '', ik: 'days', days: null })).toThrow(/CHECK/);
    expect(() => eq({ id: 'eq7', serial: '', ik: 'daily', days: 3 })).toThrow(/CHECK/);
    eq({ id: 'eq8', serial: '', ik: 'days', days: 3 });
    eq({ id: 'eq9', serial: '' }); // blank numbers may repeat
  });

  it('makes template versions, checks and fault actions append-only', () => {
    db.prepare(
      `INSERT INTO check_templates (kind, version, items_json, fault_hours, created_at, author_name) VALUES ('satellite_phone', 1, '[]', 72, 't', '系统')`,
    ).run();
    expect(() => db.prepare(`UPDATE check_templates SET items_json = '[1]'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM check_templates`).run()).toThrow(/append-only/);
    const ins = db.prepare(
      `INSERT INTO checks (id, equipment_id, template_kind, template_version, items_json, results_json, passed, checked_at, entered_at, checker_name, notes, client_key, prev_hash, hash)
       VALUES (?, 'eq1', 'satellite_phone', ?, '[]', '[]', 1, 't', 't', '张伟', '', ?, 'p', 'h')`,
    );
    ins.run('ck1', 1, 'key_00000001');
    expect(() => ins.run('ck2', 1, 'key_00000001')).toThrow(/UNIQUE/);
    expect(() => ins.run('ck3', 9, 'key_00000003')).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare(`UPDATE checks SET passed = 0`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM checks`).run()).toThrow(/append-only/);

    db.prepare(
      `INSERT INTO faults (id, number, equipment_id, opened_at, opened_by_check_id, description, reported_to, deadline_at, status, opened_by_name, updated_at)
       VALUES ('f1', 'GZ-2026-001', 'eq1', 't', 'ck1', '电量低', '', 't2', 'open', '张伟', 't')`,
    ).run();
    expect(() => db.prepare(`UPDATE faults SET status = 'closed'`).run()).toThrow(/CHECK/);
    db.prepare(
      `INSERT INTO fault_actions (id, fault_id, kind, at, data_json, author_name, prev_hash, hash) VALUES ('fa1', 'f1', 'opened', 't', '{}', '张伟', 'p', 'h')`,
    ).run();
    expect(() => db.prepare(`UPDATE fault_actions SET kind = 'note'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM fault_actions`).run()).toThrow(/append-only/);
  });
});
