import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';

describe('migration 003 duty log', () => {
  const db = new Database(':memory:');
  migrate(db, 2);
  db.prepare(
    `INSERT INTO towns (code, name, kind, seat_lon, seat_lat) VALUES ('990101001', '城关街道', '街道', 111.5, 27.4)`,
  ).run();
  migrate(db, 3);

  it('adds incidents, the entry chain, the search index and rule versions, keeping towns', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(db.prepare('SELECT name FROM towns').get()).toEqual({ name: '城关街道' });
    for (const t of ['incidents', 'entries', 'entry_search', 'deadline_rules']) {
      expect(db.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE name = ?`).get(t)).toEqual({ n: 1 });
    }
  });

  it('makes entries append-only and client keys unique', () => {
    const ins = db.prepare(
      `INSERT INTO entries (id, kind, occurred_at, entered_at, author_name, data_json, client_key, prev_hash, hash)
       VALUES (?, 'other', 't', 't', '甲', '{}', ?, 'p', 'h')`,
    );
    ins.run('en_1', 'key_00000001');
    expect(() => ins.run('en_2', 'key_00000001')).toThrow(/UNIQUE/);
    expect(() => db.prepare(`UPDATE entries SET data_json = '{"x":1}'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM entries`).run()).toThrow(/append-only/);
  });

  it('refuses an incident with an unknown grade or status', () => {
    const ins = db.prepare(
      `INSERT INTO incidents (id, number, created_at, title, category, subtype, grade, status, address, received_at, dead, injured, missing, trapped, losses, open_instructions, last_entry_at)
       VALUES (?, ?, 't', 'x', 'natural', 'flood', ?, ?, '', 't', 0, 0, 0, 0, '', 0, 't')`,
    );
    expect(() => ins.run('i1', 'n1', 'V', 'pending')).toThrow(/CHECK/);
    expect(() => ins.run('i2', 'n2', 'I', 'done')).toThrow(/CHECK/);
  });
});
