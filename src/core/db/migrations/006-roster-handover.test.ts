import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';

describe('migration 006 roster and handover', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 5);
  db.prepare(`INSERT INTO settings (key, value) VALUES ('shiftChangeTime', '"08:30"')`).run();
  migrate(db, 6);

  it('adds the tables, STRICT, keeping what was there', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(6);
    expect(db.prepare(`SELECT value FROM settings WHERE key = 'shiftChangeTime'`).get()).toEqual({
      value: '"08:30"',
    });
    for (const t of [
      'shift_patterns',
      'roster_contacts',
      'roster_shifts',
      'roster_changes',
      'handovers',
      'handover_events',
    ]) {
      const sql = (db.prepare(`SELECT sql FROM sqlite_schema WHERE name = ?`).get(t) as { sql: string }).sql;
      expect(sql).toMatch(/STRICT$/);
    }
    // The handover reads a shift's log from the time index alone.
    expect(
      db.prepare(`SELECT tbl_name FROM sqlite_schema WHERE name = 'entries_time_kind_incident'`).get(),
    ).toEqual({
      tbl_name: 'entries',
    });
  });

  it('keeps pattern versions and roster changes append-only, and patterns well-formed', () => {
    const ins = db.prepare(
      `INSERT INTO shift_patterns (effective_date, kind, change_time, night_time, created_at) VALUES (?, ?, ?, ?, 't')`,
    );
    ins.run('2026-12-01', 'day24', '08:30', null);
    ins.run('2026-12-10', 'dayNight', '08:30', '20:30');
    expect(() => ins.run('2026-12-11', 'dayNight', '20:30', '08:30')).toThrow(/CHECK/);
    expect(() => ins.run('2026-12-11', 'day24', '08:30', '20:30')).toThrow(/CHECK/);
    expect(() => ins.run('26-12-11', 'day24', '08:30', null)).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE shift_patterns SET change_time = '09:00'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM shift_patterns`).run()).toThrow(/append-only/);

    db.prepare(
      `INSERT INTO roster_changes (at, shift_key, kind, before_json, after_json, author_name) VALUES ('t', '2026-12-01', 'replace', '{}', '{}', '陈立新')`,
    ).run();
    expect(() => db.prepare(`UPDATE roster_changes SET reason = 'x'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM roster_changes`).run()).toThrow(/append-only/);
    // The plan itself may change (each change recorded above).
    db.prepare(
      `INSERT INTO roster_shifts (shift_key, duty_date, slot, officers_json, updated_at) VALUES ('2026-12-01', '2026-12-01', 'full', '[]', 't')`,
    ).run();
    db.prepare(`UPDATE roster_shifts SET chief_id = 'op_1' WHERE shift_key = '2026-12-01'`).run();
    expect(() =>
      db.prepare(`UPDATE roster_shifts SET officers_json = 'not json' WHERE shift_key = '2026-12-01'`).run(),
    ).toThrow(/CHECK/);
  });

  it('locks a handover once frozen and signed; events are append-only, one signature per role', () => {
    db.prepare(
      `INSERT INTO handovers (id, shift_key, shift_start, shift_end, status, created_at, updated_at) VALUES ('ho1', '2026-12-01', 's', 'e', 'draft', 't', 't')`,
    ).run();
    expect(() => db.prepare(`DELETE FROM handovers`).run()).toThrow(/never deleted/);
    // A draft changes freely; a frozen sheet needs its snapshot.
    db.prepare(`UPDATE handovers SET notes = '草稿' WHERE id = 'ho1'`).run();
    expect(() => db.prepare(`UPDATE handovers SET status = 'signing' WHERE id = 'ho1'`).run()).toThrow(
      /CHECK/,
    );
    db.prepare(
      `UPDATE handovers SET status = 'signing', snapshot_json = '{}', snapshot_hash = 'h', completed_at = 't' WHERE id = 'ho1'`,
    ).run();
    expect(() => db.prepare(`UPDATE handovers SET notes = '改' WHERE id = 'ho1'`).run()).toThrow(/frozen/);
    expect(() => db.prepare(`UPDATE handovers SET snapshot_json = '[]' WHERE id = 'ho1'`).run()).toThrow(
      /frozen/,
    );
    expect(() => db.prepare(`UPDATE handovers SET status = 'draft' WHERE id = 'ho1'`).run()).toThrow(
      /frozen/,
    );
    db.prepare(`UPDATE handovers SET status = 'signed', signed_at = 't2' WHERE id = 'ho1'`).run();
    expect(() => db.prepare(`UPDATE handovers SET updated_at = 'x' WHERE id = 'ho1'`).run()).toThrow(
      /locked/,
    );

    const ev = db.prepare(
      `INSERT INTO handover_events (id, handover_id, kind, at, author_name, data_json, prev_hash, hash) VALUES (?, 'ho1', ?, 't', '陈立新', ?, 'p', 'h')`,
    );
    ev.run('e1', 'signature', '{"role":"outgoing"}');
    ev.run('e2', 'signature', '{"role":"incoming"}');
    expect(() => ev.run('e3', 'signature', '{"role":"outgoing"}')).toThrow(/UNIQUE/);
    ev.run('e4', 'amendment', '{"text":"补充"}');
    ev.run('e5', 'amendment', '{"text":"再补充"}');
    expect(() => ev.run('e6', 'note', '{}')).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE handover_events SET data_json = '{}'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM handover_events`).run()).toThrow(/append-only/);
  });
});
