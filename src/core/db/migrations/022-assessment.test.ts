import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';

describe('migration 022 assessment', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 22);
  const bulletin = db.prepare(
    `INSERT INTO bulletins (id, period, status, number, good_practice, requirements, created_at, created_by_id, created_by_name, updated_at, issued_at, issued_by_id, issued_by_name, content_json, hash)
     VALUES (?, '2026-11', ?, ?, '', '', 't', NULL, '张伟', 't', ?, NULL, ?, ?, ?)`,
  );

  it('adds schemes, bulletins and amendments, STRICT', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(22);
    for (const t of ['assessment_schemes', 'bulletins', 'bulletin_amendments']) {
      const sql = (db.prepare(`SELECT sql FROM sqlite_schema WHERE name = ?`).get(t) as { sql: string }).sql;
      expect(sql).toMatch(/STRICT$/);
    }
  });

  it('keeps scheme versions append-only', () => {
    db.prepare(`INSERT INTO assessment_schemes (effective_from, scheme_json, author_id, author_name) VALUES ('t', '{}', NULL, NULL)`).run();
    expect(() => db.prepare(`UPDATE assessment_schemes SET scheme_json = '[]'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM assessment_schemes`).run()).toThrow(/append-only/);
  });

  it('lets a draft change but freezes an issued bulletin; an issued one needs its content, hash and number', () => {
    bulletin.run('b1', 'draft', null, null, null, null, null);
    db.prepare(`UPDATE bulletins SET good_practice = '叫应及时' WHERE id = 'b1'`).run();
    expect(() => bulletin.run('b2', 'issued', null, 't', '李', '{}', 'h')).toThrow(/CHECK/);
    db.prepare(
      `UPDATE bulletins SET status = 'issued', number = '2026-1', issued_at = 't', issued_by_name = '李', content_json = '{}', hash = 'h' WHERE id = 'b1'`,
    ).run();
    expect(() => db.prepare(`UPDATE bulletins SET good_practice = '' WHERE id = 'b1'`).run()).toThrow(/frozen/);
    expect(() => db.prepare(`DELETE FROM bulletins WHERE id = 'b1'`).run()).toThrow(/frozen/);
    const amend = db.prepare(
      `INSERT INTO bulletin_amendments (id, bulletin_id, text, author_id, author_name, at, prev_hash, hash) VALUES (?, 'b1', ?, NULL, '李', 't', 'h', 'h2')`,
    );
    amend.run('a1', '更正');
    expect(() => amend.run('a2', '  ')).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE bulletin_amendments SET text = 'x'`).run()).toThrow(/append-only/);
  });
});
