import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';

describe('migration 005 facilities', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 4);
  db.prepare(
    `INSERT INTO towns (code, name, kind, seat_lon, seat_lat) VALUES ('990101001', '城关街道', '街道', 111.5, 27.4)`,
  ).run();
  migrate(db, 5);

  const fac = db.prepare(
    `INSERT INTO facilities (id, kind, name, address, town_code, lon, lat, capacity, contact, phone, notes, created_at, updated_at)
     VALUES (@id, @kind, @name, '', NULL, @lon, @lat, @capacity, '', '', '', 't', 't')`,
  );
  const addFacility = (over: Record<string, unknown>) =>
    fac.run({ id: 'f1', kind: 'school', name: '一中', lon: 111.5, lat: 27.4, capacity: 100, ...over });
  const dep = db.prepare(
    `INSERT INTO depots (id, name, address, town_code, lon, lat, keeper, phone, notes, created_at, updated_at)
     VALUES (?, ?, '', NULL, ?, ?, '', '', '', 't', 't')`,
  );
  const stock = db.prepare(
    `INSERT INTO depot_stock (depot_id, item, unit, quantity, minimum, position) VALUES (?, ?, '顶', ?, ?, 0)`,
  );

  it('adds the tables, STRICT, keeping what was there', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    expect(db.prepare('SELECT name FROM towns').get()).toEqual({ name: '城关街道' });
    for (const t of ['facilities', 'depots', 'depot_stock']) {
      const sql = (db.prepare(`SELECT sql FROM sqlite_schema WHERE name = ?`).get(t) as { sql: string }).sql;
      expect(sql).toMatch(/STRICT$/);
    }
  });

  it('checks kinds, points, capacity and one name per kind', () => {
    addFacility({});
    expect(() => addFacility({ id: 'f2' })).toThrow(/UNIQUE/);
    addFacility({ id: 'f3', kind: 'hospital' }); // same name, other kind: fine
    expect(() => addFacility({ id: 'f4', name: '二中', kind: 'mall' })).toThrow(/CHECK/);
    expect(() => addFacility({ id: 'f5', name: '三中', lon: null })).toThrow(/CHECK/);
    expect(() => addFacility({ id: 'f6', name: '四中', lat: 95 })).toThrow(/CHECK/);
    expect(() => addFacility({ id: 'f7', name: '五中', capacity: -1 })).toThrow(/CHECK/);
    expect(() => addFacility({ id: 'f8', name: '  ' })).toThrow(/CHECK/);
    expect(() => addFacility({ id: 'f9', name: '六中', capacity: 1.5 })).toThrow(/INTEGER|datatype/);
    addFacility({ id: 'f10', name: '七中', lon: null, lat: null, capacity: null });
  });

  it('keeps depot names unique and stock per item, tied to its depot', () => {
    dep.run('d1', '县储备库', 111.5, 27.4);
    expect(() => dep.run('d2', '县储备库', 111.5, 27.4)).toThrow(/UNIQUE/);
    stock.run('d1', '帐篷', 10, 5);
    stock.run('d1', '棉被', 12.5, 0);
    expect(() => stock.run('d1', '帐篷', 1, 1)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => stock.run('d1', '雨衣', -1, 0)).toThrow(/CHECK/);
    expect(() => stock.run('nope', '雨衣', 1, 0)).toThrow(/FOREIGN KEY/);
  });
});
