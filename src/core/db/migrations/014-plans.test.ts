import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';

describe('migration 014 plans', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 13);
  migrate(db, 14);

  const plan = (id: string, kind = 'special', name = `预案 ${id}`) =>
    db
      .prepare(
        `INSERT INTO plans (id, name, kind, domain, hazard, owner_unit, level, notes, created_at, updated_at)
         VALUES (?, ?, ?, 'natural', '防汛抗旱', '县应急管理局', 'county', '', 't', 't')`,
      )
      .run(id, name, kind);
  const version = (id: string, planId: string, label: string, status = 'drafting') =>
    db
      .prepare(
        `INSERT INTO plan_versions (id, plan_id, label, status, doc_no, issuer, notes, created_at, updated_at)
         VALUES (?, ?, ?, ?, '', '', '', 't', 't')`,
      )
      .run(id, planId, label, status);

  it('holds plans to their kinds and one name each', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(14);
    plan('pln_1');
    for (const k of [
      'overall',
      'department',
      'grassroots',
      'enterprise',
      'catastrophe',
      'joint',
      'manual',
      'action',
    ])
      plan(`pln_${k}`, k);
    expect(() => plan('pln_x', 'castle')).toThrow(/CHECK/);
    expect(() => plan('pln_dup', 'special', '预案 pln_1')).toThrow(/UNIQUE/);
  });

  it('holds versions to a known plan, the life-cycle statuses and one label per plan', () => {
    version('plv_1', 'pln_1', '2024年版', 'in_force');
    expect(() => version('plv_2', 'pln_1', '2024年版')).toThrow(/UNIQUE/);
    expect(() => version('plv_3', 'pln_1', '2026年版', 'approved')).toThrow(/CHECK/);
    expect(() => version('plv_4', 'pln_nowhere', '2026年版')).toThrow(/FOREIGN KEY/);
  });

  it('keeps status changes append-only', () => {
    db.prepare(
      `INSERT INTO plan_status_log (version_id, from_status, to_status, on_date, author_id, author_name, at)
       VALUES ('plv_1', NULL, 'drafting', '2024-01-01', NULL, '系统', 't')`,
    ).run();
    expect(() => db.prepare(`UPDATE plan_status_log SET to_status = 'filed'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM plan_status_log`).run()).toThrow(/append-only/);
  });

  it('stores a document per version, PDF or DOCX only, and parts on their way', () => {
    const file = (mime: string) =>
      db
        .prepare(
          `INSERT INTO plan_files (version_id, file_name, mime, size, sha256, content, uploaded_at, uploaded_by)
           VALUES ('plv_1', 'a', ?, 4, 'h', ?, 't', '张三')`,
        )
        .run(mime, Buffer.from('%PDF'));
    expect(() => file('text/html')).toThrow(/CHECK/);
    file('application/pdf');
    expect(
      (db.prepare('SELECT content FROM plan_files').get() as { content: Buffer }).content.toString(),
    ).toBe('%PDF');
    db.prepare(
      `INSERT INTO plan_upload_parts (upload_id, idx, data, author_id, at) VALUES ('u', 0, ?, NULL, 't')`,
    ).run(Buffer.from('x'));
    expect(() =>
      db
        .prepare(
          `INSERT INTO plan_upload_parts (upload_id, idx, data, author_id, at) VALUES ('u', -1, ?, NULL, 't')`,
        )
        .run(Buffer.from('x')),
    ).toThrow(/CHECK/);
  });
});
