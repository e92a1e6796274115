import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';

describe('migration 025 warning responses', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 24);
  db.prepare(
    `INSERT INTO warnings (id, source, issuer, issuer_ref, hazard, level, headline, body, towns_json, polygon_json,
       effective_at, onset_at, expires_at, received_at, received_by_id, received_by_name, channel, drill_id,
       supersedes_id, cap_identifier, client_key, created_at)
     VALUES ('wrn_1', 'weather', '县气象台', '', 'rainstorm', 'II', '暴雨橙色预警', '', '["990101101"]', NULL,
       NULL, NULL, NULL, 't', NULL, '值班员', 'system', NULL, NULL, 'cap_1', 'k_1', 't')`,
  ).run();
  db.prepare(
    `INSERT INTO plans (id, name, kind, domain, hazard, owner_unit, level, last_drilled_on, notes, archived, created_at, updated_at)
     VALUES ('pln_1', '县防汛抗旱应急预案', 'special', 'natural', 'flood', '县防指', 'county', NULL, '', 0, 't', 't')`,
  ).run();
  migrate(db, 25);
  const add = (id: string, action: string, level: string | null, plan: string | null = 'pln_1') =>
    db
      .prepare(
        `INSERT INTO warning_responses (id, warning_id, action, plan_id, plan_name, level, decided_by, document, at,
           author_id, author_name, client_key, created_at, prev_hash, hash)
         VALUES (?, 'wrn_1', ?, ?, '县防汛抗旱应急预案', ?, '李县长', '', 't', NULL, '值班员', ?, 't', 'p', 'h')`,
      )
      .run(id, action, plan, level, `k_${id}`);

  it('keeps each decision with its level, an end with none, a start under a plan', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(25);
    add('wrs_1', 'start', 'IV');
    expect(() => add('wrs_2', 'start', null)).toThrow(/CHECK/);
    expect(() => add('wrs_3', 'end', 'IV')).toThrow(/CHECK/);
    expect(() => add('wrs_4', 'start', 'IV', null)).toThrow(/CHECK/);
    expect(() => add('wrs_5', 'adjust', 'V')).toThrow(/CHECK/);
    add('wrs_6', 'adjust', 'III', null);
    add('wrs_7', 'end', null, null);
  });

  it('is append-only', () => {
    expect(() => db.prepare(`UPDATE warning_responses SET level = 'I'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM warning_responses`).run()).toThrow(/append-only/);
  });
});
