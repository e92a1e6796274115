import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { coreMigrations } from '../../areas';
import { migrate } from '../migrate';
import { m013DrillReview } from './013-drill-review';

describe('migration 013 drill review', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, m013DrillReview.version, coreMigrations);

  for (const id of ['drl_1', 'drl_2'])
    db.prepare(
      `INSERT INTO drills (id, number, title, form, content, purpose, announce, state, place, scenario, plan_ids_json,
         units_json, created_at, updated_at)
       VALUES (?, ?, '山洪转移避险演练', 'live', 'combined', 'test', 'announced', 'ended', '', '', '[]', '[]', 't', 't')`,
    ).run(id, id);

  const template = (version: number) =>
    db
      .prepare(
        `INSERT INTO evaluation_templates (form, version, items_json, partly_share, created_at, author_name)
         VALUES ('live', ?, '[]', 0.6, 't', '系统默认')`,
      )
      .run(version);
  const rect = (id: string, status: string, evidence = '', verified = '', closedAt: string | null = null) =>
    db
      .prepare(
        `INSERT INTO rectifications (id, number, drill_id, category, finding, measures, owner_unit, due_date, status,
           evidence, verified_by, closed_at, opened_at, opened_by_name, updated_at)
         VALUES (?, ?, 'drl_1', 'plan', '预案响应分级不清', '', '县应急管理局', '2026-06-30', ?, ?, ?, ?, 't', '张伟', 't')`,
      )
      .run(id, `ZG2026-${id}`, status, evidence, verified, closedAt);

  it('keeps template versions append-only', () => {
    template(1);
    expect(() => db.prepare(`UPDATE evaluation_templates SET partly_share = 0.5`).run()).toThrow(
      /append-only/,
    );
    expect(() => db.prepare(`DELETE FROM evaluation_templates`).run()).toThrow(/append-only/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO evaluation_templates (form, version, items_json, partly_share, created_at, author_name)
           VALUES ('live', 2, '[]', 1.5, 't', 'x')`,
        )
        .run(),
    ).toThrow(/CHECK/);
  });

  it('holds one evaluation per drill, scored against a stored template version', () => {
    const ev = (id: string, drill: string, version: number) =>
      db
        .prepare(
          `INSERT INTO evaluations (id, drill_id, template_form, template_version, items_json, partly_share, scores_json,
             evaluators_json, onsite_comment, self_assessment, sections_json, status, created_at, updated_at)
           VALUES (?, ?, 'live', ?, '[]', 0.6, '[]', '[]', '', '', '{}', 'draft', 't', 't')`,
        )
        .run(id, drill, version);
    ev('evl_1', 'drl_1', 1);
    expect(() => ev('evl_2', 'drl_1', 1)).toThrow(/UNIQUE/);
    expect(() => ev('evl_3', 'drl_2', 9)).toThrow(/FOREIGN KEY/);
    expect(() => ev('evl_4', 'drl_none', 1)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare(`UPDATE evaluations SET status = 'submitted' WHERE id = 'evl_1'`).run()).toThrow(
      /CHECK/,
    );
  });

  it('closes a rectification only with evidence and who verified it; its actions are append-only', () => {
    expect(() => rect('001', 'closed', '', '', 't')).toThrow(/CHECK/);
    expect(() => rect('002', 'closed', '已修订', '', 't')).toThrow(/CHECK/);
    expect(() => rect('003', 'closed', '已修订', '李局长', null)).toThrow(/CHECK/);
    rect('004', 'closed', '已修订', '李局长', 't');
    rect('005', 'open');
    db.prepare(
      `INSERT INTO rectification_actions (id, rectification_id, kind, at, data_json, author_name) VALUES ('a1', '005', 'opened', 't', '{}', '张伟')`,
    ).run();
    expect(() => db.prepare(`DELETE FROM rectification_actions`).run()).toThrow(/append-only/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});
