import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';

describe('migration 001 foundation', () => {
  const db = new Database(':memory:');
  migrate(db, 1);

  it('creates settings, operators, sessions, wall tokens and the audit trail', () => {
    const names = (
      db.prepare(`SELECT name FROM sqlite_schema WHERE type='table' ORDER BY name`).all() as {
        name: string;
      }[]
    ).map((r) => r.name);
    expect(names).toEqual(['audit', 'operators', 'sessions', 'settings', 'wall_tokens']);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
  });

  it('constrains operator roles to the four of a duty room', () => {
    const ins = db.prepare(
      `INSERT INTO operators (id, name, role, created_at) VALUES (?, ?, ?, '2026-01-01T00:00:00Z')`,
    );
    ins.run('a', '甲', 'leader');
    expect(() => ins.run('b', '乙', 'boss')).toThrow(/CHECK/);
  });

  it('makes the audit trail append-only', () => {
    db.prepare(
      `INSERT INTO audit (at, method, input_json, changes_json, prev_hash, hash) VALUES ('t', 'm', '{}', '[]', 'p', 'h')`,
    ).run();
    expect(() => db.prepare(`UPDATE audit SET method = 'x'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM audit`).run()).toThrow(/append-only/);
  });

  it('rejects values of the wrong type (STRICT)', () => {
    expect(() =>
      db
        .prepare(
          `INSERT INTO operators (id, name, role, active, created_at) VALUES ('c', '丙', 'leader', 'yes', 't')`,
        )
        .run(),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
  });
});
