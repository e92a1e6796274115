import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { coreMigrations } from '../../areas';
import { migrate } from '../migrate';
import { m017DrillEquipment } from './017-drill-equipment';

describe('migration 017 drill equipment', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, m017DrillEquipment.version - 1, coreMigrations);
  // A check and a fault from before: they stay, real traffic.
  db.prepare(
    `INSERT INTO equipment (id, kind, name, model, serial, location, custodian_a, custodian_b, interval_kind, status, handover, notes, created_at, updated_at)
     VALUES ('eq1', 'satellite_phone', '卫星电话1', '天通', 'S1', '值班室', '张伟', '李娜', 'daily', 'in_use', 1, '', 't', 't')`,
  ).run();
  db.prepare(
    `INSERT INTO check_templates (kind, version, items_json, fault_hours, created_at, author_name) VALUES ('satellite_phone', 1, '[]', 72, 't', '系统')`,
  ).run();
  const check = (id: string, drill: string | null) =>
    db
      .prepare(
        `INSERT INTO checks (id, equipment_id, template_kind, template_version, items_json, results_json, passed, checked_at,
           entered_at, checker_name, notes, prev_hash, hash, drill_id)
         VALUES (?, 'eq1', 'satellite_phone', 1, '[]', '[]', 1, 't', 't', '张伟', '', 'p', 'h', ?)`,
      )
      .run(id, drill);
  db.prepare(
    `INSERT INTO checks (id, equipment_id, template_kind, template_version, items_json, results_json, passed, checked_at,
       entered_at, checker_name, notes, prev_hash, hash)
     VALUES ('ck_old', 'eq1', 'satellite_phone', 1, '[]', '[]', 1, 't', 't', '张伟', '', 'p', 'h')`,
  ).run();
  db.prepare(
    `INSERT INTO faults (id, number, equipment_id, opened_at, description, reported_to, deadline_at, status, opened_by_name, updated_at)
     VALUES ('f_old', 'GZ2026-001', 'eq1', 't', '电量低', '', 't2', 'open', '张伟', 't')`,
  ).run();
  migrate(db, m017DrillEquipment.version, coreMigrations);

  it('keeps what was there as real traffic, and tags new rows with a drill that exists', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(17);
    expect(db.prepare(`SELECT drill_id FROM checks WHERE id = 'ck_old'`).get()).toEqual({ drill_id: null });
    expect(db.prepare(`SELECT drill_id FROM faults WHERE id = 'f_old'`).get()).toEqual({ drill_id: null });
    db.prepare(
      `INSERT INTO drills (id, number, title, form, content, purpose, announce, state, place, scenario, plan_ids_json,
         units_json, created_at, updated_at)
       VALUES ('drl_1', 'YL-2026-001', '通信保障演练', 'live', 'single', 'test', 'announced', 'started', '', '', '[]', '[]', 't', 't')`,
    ).run();
    check('ck_drill', 'drl_1');
    expect(db.prepare(`SELECT drill_id FROM checks WHERE id = 'ck_drill'`).get()).toEqual({
      drill_id: 'drl_1',
    });
    expect(() => check('ck_nowhere', 'drl_none')).toThrow(/FOREIGN KEY/);
    // Still append-only.
    expect(() => db.prepare(`UPDATE checks SET drill_id = NULL WHERE id = 'ck_drill'`).run()).toThrow(
      /append-only/,
    );
  });
});
