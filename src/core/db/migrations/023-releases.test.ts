import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';

describe('migration 023 releases', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 22);
  db.prepare(
    `INSERT INTO incidents (id, number, created_at, title, category, subtype, grade, status, town_code, address,
       received_at, dead, injured, missing, trapped, losses, open_instructions, last_entry_at, state_json)
     VALUES ('inc_1', '2026-0001', 't', '滑坡', 'natural', 'landslide', 'II', 'active', NULL, '', 't', 0, 0, 0, 0, '', 0, 't', '{}')`,
  ).run();
  migrate(db, 23);

  const H = 'a'.repeat(64);
  const release = (id: string, kind = 'authoritative') =>
    db
      .prepare(
        `INSERT INTO releases (id, incident_id, kind, client_key, created_at, created_by_name)
         VALUES (?, 'inc_1', ?, ?, 't', '值班员')`,
      )
      .run(id, kind, `key_${id}`);
  const version = (id: string, n: number, channels = '["website"]') =>
    db
      .prepare(
        `INSERT INTO release_versions (id, release_id, n, title, facts, measures, advice, channels_json, content_hash,
           created_at, author_name)
         VALUES (?, 'rel_1', ?, '情况通报', '', '', '', ?, ?, 't', '值班员')`,
      )
      .run(id, n, channels, H);
  const event = (id: string, step: string, versionId: string | null, hash: string | null = H) =>
    db
      .prepare(
        `INSERT INTO release_events (id, release_id, version_id, step, content_hash, at, author_name, data_json,
           created_at, prev_hash, hash)
         VALUES (?, 'rel_1', ?, ?, ?, 't', '值班员', '{}', 't', 'p', 'h')`,
      )
      .run(id, versionId, step, hash);

  it('adds the tables with their checks', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(23);
    release('rel_1');
    expect(() => release('rel_2', 'tweet')).toThrow(/CHECK/);
    version('rlv_1', 1);
    expect(() => version('rlv_2', 1)).toThrow(/UNIQUE/);
    expect(() => version('rlv_3', 2, '[]')).toThrow(/CHECK/);
  });

  it('approves and releases a version once, each naming the content it was taken on', () => {
    event('rev_1', 'review', 'rlv_1', null);
    event('rev_2', 'approve', 'rlv_1');
    expect(() => event('rev_3', 'approve', 'rlv_1')).toThrow(/UNIQUE/);
    expect(() => event('rev_4', 'publish', 'rlv_1', null)).toThrow(/CHECK/);
    event('rev_5', 'publish', 'rlv_1');
    expect(() => event('rev_6', 'publish', 'rlv_1')).toThrow(/UNIQUE/);
    // A withdrawal is the whole release's, and names no version.
    expect(() => event('rev_7', 'withdraw', 'rlv_1')).toThrow(/CHECK/);
    event('rev_8', 'withdraw', null, null);
  });

  it('is append-only', () => {
    expect(() => db.prepare(`UPDATE releases SET kind = 'brief'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`UPDATE release_versions SET facts = 'x'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM release_versions`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`UPDATE release_events SET step = 'approve'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM release_events`).run()).toThrow(/append-only/);
    db.prepare(`INSERT INTO release_rules (effective_from, rules_json) VALUES ('t', '{}')`).run();
    expect(() => db.prepare(`DELETE FROM release_rules`).run()).toThrow(/append-only/);
  });
});
