import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';

describe('migration 007 search progress', () => {
  const db = new Database(':memory:');
  migrate(db, 6);
  const ins = db.prepare(
    `INSERT INTO entries (id, kind, occurred_at, entered_at, author_name, data_json, client_key, prev_hash, hash)
     VALUES (?, 'other', 't', 't', '甲', '{}', ?, 'p', 'h')`,
  );
  ins.run('en_1', 'key_00000001');
  ins.run('en_2', 'key_00000002');
  migrate(db, 7);

  it('marks every entry written so far as indexed, since they were indexed with their writes', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(db.prepare('SELECT indexed_seq FROM search_progress').all()).toEqual([{ indexed_seq: 2 }]);
    expect(() => db.prepare('INSERT INTO search_progress (id, indexed_seq) VALUES (2, 0)').run()).toThrow(
      /CHECK/,
    );
  });

  it('drops the two indexes no query needed, keeping entries_time', () => {
    const names = (
      db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'index'`).all() as { name: string }[]
    ).map((r) => r.name);
    expect(names).not.toContain('entries_time_kind_incident');
    expect(names).not.toContain('audit_method');
    expect(names).toContain('entries_time');
  });

  it('starts an empty database at zero', () => {
    const fresh = new Database(':memory:');
    migrate(fresh);
    expect(fresh.prepare('SELECT indexed_seq FROM search_progress').get()).toEqual({ indexed_seq: 0 });
  });
});
