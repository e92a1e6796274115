import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';

describe('migration 026 equipment retired_at', () => {
  it('gives an item retired before it the time of its last change, and others none', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 25);
    const add = db.prepare(
      `INSERT INTO equipment (id, kind, name, model, serial, location, lon, lat, custodian_a, custodian_b,
         interval_kind, interval_days, status, handover, notes, created_at, updated_at)
       VALUES (?, 'radio', ?, '', ?, '值班室', NULL, NULL, '张伟', '李娜', 'daily', NULL, ?, 1, '', '2026-01-01T00:00:00.000Z', ?)`,
    );
    add.run('eq1', '对讲机1', 'S1', 'retired', '2026-03-05T02:00:00.000Z');
    add.run('eq2', '对讲机2', 'S2', 'in_use', '2026-03-06T02:00:00.000Z');
    migrate(db, 26);
    expect(db.pragma('user_version', { simple: true })).toBe(26);
    const at = (id: string) =>
      (db.prepare('SELECT retired_at FROM equipment WHERE id = ?').get(id) as { retired_at: string | null })
        .retired_at;
    expect(at('eq1')).toBe('2026-03-05T02:00:00.000Z');
    expect(at('eq2')).toBeNull();
  });
});
