import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { DEFAULT_TEMPLATE_REF, DEFAULT_TEMPLATES, m024ReleaseTemplates } from './024-release-templates';

const count = (db: Database.Database) =>
  (db.prepare('SELECT count(*) AS n FROM release_templates').get() as { n: number }).n;

describe('migration 024 release templates', () => {
  it('gives every county the default 口径 per hazard, marked as still to be approved', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 24);
    expect(db.pragma('user_version', { simple: true })).toBe(24);
    expect(count(db)).toBe(DEFAULT_TEMPLATES.length);
    const rows = db.prepare('SELECT * FROM release_templates').all() as {
      subtype: string;
      approved_ref: string;
      archived: number;
    }[];
    for (const h of [
      'rainstorm',
      'flood',
      'landslide',
      'debris_flow',
      'forest_fire',
      'road_traffic',
      'hazmat',
    ])
      expect(rows.map((r) => r.subtype)).toContain(h);
    for (const r of rows) {
      expect(r.approved_ref).toBe(DEFAULT_TEMPLATE_REF);
      expect(r.archived).toBe(0);
    }
  });

  it('adds no double of a template the county already keeps under that hazard, kind and name', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 23);
    const first = DEFAULT_TEMPLATES[0]!;
    db.prepare(
      `INSERT INTO release_templates (id, subtype, kind, name, facts, measures, advice, approved_ref, archived, updated_at)
       VALUES ('rtp_own', ?, ?, ?, '本县的', '', '', '县委宣传部 2026-04-01 审定', 0, 't')`,
    ).run(first.subtype, first.kind, first.name);
    migrate(db, 24);
    expect(count(db)).toBe(DEFAULT_TEMPLATES.length);
    const kept = db.prepare('SELECT id, facts FROM release_templates WHERE name = ?').all(first.name);
    expect(kept).toEqual([{ id: 'rtp_own', facts: '本县的' }]);
  });

  it('is numbered 24', () => expect(m024ReleaseTemplates.version).toBe(24));
});
