import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';

describe('migration 009 drills', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 8);
  db.prepare(
    `INSERT INTO incidents (id, number, created_at, title, category, subtype, grade, status, address, received_at,
       dead, injured, missing, trapped, losses, open_instructions, last_entry_at)
     VALUES ('inc_1', '2026-0001', 't', '旧事件', 'natural', 'flood', 'IV', 'active', '', 't', 0, 0, 0, 0, '', 0, 't')`,
  ).run();
  migrate(db, 9);

  const campaign = () =>
    db
      .prepare(
        `INSERT INTO drill_campaigns VALUES ('c1', '2026年重点领域应急演练', '县应急委〔2026〕3号', '县应急委', '2026-06-20', '[]', '', 't', 't')`,
      )
      .run();
  const domain = (id: string, d: string, lead = '王副县长') =>
    db
      .prepare(`INSERT INTO drill_campaign_domains VALUES (?, 'c1', ?, '', ?, '县卫健局', 1)`)
      .run(id, d, lead);
  const drill = (id: string, number: string, state = 'planned', announce = 'double_blind') =>
    db
      .prepare(
        `INSERT INTO drills (id, number, campaign_id, domain_id, title, form, content, purpose, announce, state, scheduled_at,
           place, scenario, plan_ids_json, units_json, created_at, updated_at)
         VALUES (?, ?, 'c1', 'd1', '演练', 'live', 'single', 'test', ?, ?, NULL, '', '', '[]', '[]', 't', 't')`,
      )
      .run(id, number, announce, state);

  it('keeps the incidents, none of them under a drill', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(9);
    expect(db.prepare('SELECT id, drill_id FROM incidents').all()).toEqual([{ id: 'inc_1', drill_id: null }]);
  });

  it('holds campaigns, domains with a named lead, and drills with their codes', () => {
    campaign();
    domain('d1', 'public_health');
    expect(() => domain('d2', 'astrology')).toThrow(/CHECK/);
    expect(() => domain('d3', 'natural_disaster', ' ')).toThrow(/CHECK/);
    expect(() => domain('d4', 'public_health')).toThrow(/UNIQUE/);
    drill('dr1', 'YL-2026-001');
    expect(() => drill('dr2', 'YL-2026-001')).toThrow(/UNIQUE/);
    expect(() => drill('dr3', 'YL-2026-003', 'paused')).toThrow(/CHECK/);
    expect(() => drill('dr4', 'YL-2026-004', 'planned', 'whisper')).toThrow(/CHECK/);
  });

  it('ties an incident to an existing drill only', () => {
    db.prepare(`UPDATE incidents SET drill_id = 'dr1' WHERE id = 'inc_1'`).run();
    expect(() => db.prepare(`UPDATE incidents SET drill_id = 'nope' WHERE id = 'inc_1'`).run()).toThrow(/FOREIGN/);
  });

  it('keeps the drill timeline append-only', () => {
    db.prepare(
      `INSERT INTO drill_events (drill_id, kind, at, author_id, author_name, data_json) VALUES ('dr1', 'state', 't', NULL, '导调', '{}')`,
    ).run();
    expect(() => db.prepare(`UPDATE drill_events SET at = 'x'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM drill_events`).run()).toThrow(/append-only/);
  });

  it('refuses an inject without text or at a negative minute', () => {
    const inject = (id: string, offset: number | null, text: string) =>
      db
        .prepare(`INSERT INTO drill_injects VALUES (?, 'dr1', 1, ?, ?, NULL, NULL, 't')`)
        .run(id, offset, text);
    inject('i1', 5, '某镇报告山体滑坡');
    inject('i2', null, '现场追加：道路中断');
    expect(() => inject('i3', -1, 'x')).toThrow(/CHECK/);
    expect(() => inject('i4', 0, '  ')).toThrow(/CHECK/);
  });
});
