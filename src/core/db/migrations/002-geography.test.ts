import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';

describe('migration 002 geography', () => {
  const db = new Database(':memory:');
  migrate(db, 1);
  db.prepare(`INSERT INTO settings (key, value) VALUES ('countyName', '"甲县"')`).run();
  migrate(db, 2);

  it('adds towns and basemap features and keeps earlier data', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare(`SELECT value FROM settings WHERE key='countyName'`).get()).toEqual({
      value: '"甲县"',
    });
    const ins = db.prepare(`INSERT INTO towns (code, name, kind, seat_lon, seat_lat) VALUES (?, ?, ?, ?, ?)`);
    ins.run('990101001', '城关街道', '街道', 111.5, 27.4);
    expect(() => ins.run('990101002', '某镇', '村', 111.5, 27.4)).toThrow(/CHECK/);
    expect(() => ins.run('990101003', '远镇', '镇', 200, 27.4)).toThrow(/CHECK/);
    expect(() => ins.run('990101004', '城关街道', '街道', 111.5, 27.4)).toThrow(/UNIQUE/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO basemap_features (layer, kind, name, geometry_json) VALUES ('lake', 'x', 'y', '{}')`,
        )
        .run(),
    ).toThrow(/CHECK/);
  });
});
