import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';

describe('migration 011 villages', () => {
  const db = new Database(':memory:');
  migrate(db, 10);
  const ring = [
    [111.5, 27.4],
    [111.6, 27.4],
    [111.6, 27.5],
    [111.5, 27.4],
  ];
  db.prepare(
    `INSERT INTO towns (code, name, kind, seat_lon, seat_lat, boundary_json, population)
     VALUES ('990101100', '城关镇', '镇', 111.55, 27.45, ?, NULL), ('990101101', '青石镇', '镇', 111.7, 27.4, NULL, NULL)`,
  ).run(JSON.stringify(ring));
  migrate(db, 11);

  it('turns each stored outline into MultiPolygon coordinates and leaves towns without one alone', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(11);
    const rows = db.prepare('SELECT code, boundary_json FROM towns ORDER BY code').all() as {
      code: string;
      boundary_json: string | null;
    }[];
    expect(JSON.parse(rows[0]!.boundary_json!)).toEqual([[ring]]);
    expect(rows[1]!.boundary_json).toBeNull();
  });

  const add = (code: string, name: string, lon = 111.55) =>
    db
      .prepare(
        `INSERT INTO villages (code, name, town_code, lon, lat, boundary_json) VALUES (?, ?, '990101100', ?, 27.45, NULL)`,
      )
      .run(code, name, lon);

  it('keeps villages with 12-digit codes, and refuses a short code, an empty name or a longitude out of range', () => {
    add('990101100201', '石坝村');
    expect(db.prepare('SELECT name FROM villages').pluck().all()).toEqual(['石坝村']);
    expect(() => add('9901011002', '短码村')).toThrow(/CHECK/);
    expect(() => add('990101100202', '')).toThrow(/CHECK/);
    expect(() => add('990101100203', '远村', 200)).toThrow(/CHECK/);
    expect(() => add('990101100201', '重码村')).toThrow(/UNIQUE/);
  });
});
