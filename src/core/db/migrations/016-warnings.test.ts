import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';

describe('migration 016 warnings', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 15);
  db.prepare(
    `INSERT INTO contacts (id, category, unit, person, post, duty_phone, mobile, office_phone, town_code, call_list, notes, created_at, updated_at)
     VALUES ('con_1', 'town', '青石镇人民政府', '', '应急值班室', '0812-1', '', '', NULL, 0, '', 't', 't')`,
  ).run();
  migrate(db, 16);

  const warning = (id: string, level = 'II', towns = '["990101101"]') =>
    db
      .prepare(
        `INSERT INTO warnings (id, source, issuer, issuer_ref, hazard, level, headline, body, towns_json, received_at,
           received_by_name, channel, cap_identifier, client_key, created_at)
         VALUES (?, 'weather', '县气象台', '', 'rainstorm', ?, '暴雨预警', '', ?, 't', '值班长', 'system', ?, ?, 't')`,
      )
      .run(id, level, towns, `cap_${id}`, `key_${id}`);
  const recipient = (id: string, warningId: string) =>
    db
      .prepare(
        `INSERT INTO warning_recipients (id, warning_id, contact_id, unit, person, post, phone, channel, needs_call, sent_at, sent_by_name, created_at)
         VALUES (?, ?, 'con_1', '青石镇人民政府', '', '', '0812-1', 'phone', 1, 't', '值班长', 't')`,
      )
      .run(id, warningId);
  const event = (id: string, kind: string, recipientId: string | null) =>
    db
      .prepare(
        `INSERT INTO warning_events (id, warning_id, recipient_id, kind, at, author_name, data_json, created_at, prev_hash, hash)
         VALUES (?, 'wrn_1', ?, ?, 't', '值班长', '{}', 't', 'p', 'h')`,
      )
      .run(id, recipientId, kind);

  it('adds the tables and leaves 通讯录 as it was', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(16);
    expect(db.prepare('SELECT count(*) AS n FROM contacts').get()).toEqual({ n: 1 });
    warning('wrn_1');
    expect(() => warning('wrn_2', 'V')).toThrow(/CHECK/);
    expect(() => warning('wrn_3', 'II', '[]')).toThrow(/CHECK/);
  });

  it('sends a warning to a contact once, and takes one 回执 per recipient', () => {
    recipient('wrc_1', 'wrn_1');
    expect(() => recipient('wrc_2', 'wrn_1')).toThrow(/UNIQUE/);
    event('wev_1', 'call', 'wrc_1');
    event('wev_2', 'call', 'wrc_1');
    event('wev_3', 'ack', 'wrc_1');
    expect(() => event('wev_4', 'ack', 'wrc_1')).toThrow(/UNIQUE/);
    // A call or 回执 names its recipient; a 解除 names none.
    expect(() => event('wev_5', 'call', null)).toThrow(/CHECK/);
    expect(() => event('wev_6', 'cancel', 'wrc_1')).toThrow(/CHECK/);
  });

  it('is append-only', () => {
    expect(() => db.prepare(`UPDATE warnings SET level = 'I'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM warning_recipients`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM warning_events`).run()).toThrow(/append-only/);
  });
});
