import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';

describe('migration 008 facility kinds', () => {
  const db = new Database(':memory:');
  migrate(db, 7);
  db.prepare(
    `INSERT INTO facilities (id, kind, name, address, town_code, lon, lat, capacity, contact, phone, notes, archived, created_at, updated_at)
     VALUES ('fac_1', 'school', '青石镇中心小学', '石坝村', '990101101', 111.6, 27.5, 860, '刘校长', '0812-5551234', '', 1, 't1', 't2')`,
  ).run();
  migrate(db, 8);

  it('keeps every facility as it was, with no households', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(8);
    expect(db.prepare('SELECT * FROM facilities').all()).toEqual([
      {
        id: 'fac_1',
        kind: 'school',
        name: '青石镇中心小学',
        address: '石坝村',
        town_code: '990101101',
        lon: 111.6,
        lat: 27.5,
        capacity: 860,
        households: null,
        contact: '刘校长',
        phone: '0812-5551234',
        notes: '',
        archived: 1,
        created_at: 't1',
        updated_at: 't2',
      },
    ]);
  });

  const add = (id: string, kind: string, name: string, households: number | null = null) =>
    db
      .prepare(
        `INSERT INTO facilities (id, kind, name, address, contact, phone, notes, households, created_at, updated_at)
         VALUES (?, ?, ?, '', '', '', '', ?, 't', 't')`,
      )
      .run(id, kind, name, households);

  it('accepts the new kinds and households, and still refuses an unknown kind or negative households', () => {
    for (const k of ['shelter', 'hazmat', 'geohazard', 'reservoir']) add(`fac_${k}`, k, `${k} 1`);
    add('fac_g2', 'geohazard', '滑坡点', 12);
    expect(() => add('fac_x', 'castle', '城堡')).toThrow(/CHECK/);
    expect(() => add('fac_y', 'geohazard', '负户数', -1)).toThrow(/CHECK/);
  });

  it('keeps the indexes: one name per kind, and by town', () => {
    expect(() => add('fac_dup', 'school', '青石镇中心小学')).toThrow(/UNIQUE/);
    const names = (
      db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'facilities'`).all() as {
        name: string;
      }[]
    ).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['facilities_name', 'facilities_town']));
  });
});
