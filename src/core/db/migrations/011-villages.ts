import type { Migration } from './index';

/**
 * Villages and communities (行政村/社区) as their own layer of the county geography, each
 * under its town; and a town's outline as every part of it (an enclave, an island), not
 * only its largest ring: `boundary_json` now holds MultiPolygon coordinates.
 */
export const m011Villages: Migration = {
  version: 11,
  name: 'villages',
  up(db) {
    db.exec(`
      CREATE TABLE villages (
        code TEXT PRIMARY KEY CHECK (length(code) = 12),
        name TEXT NOT NULL CHECK (length(name) > 0),
        town_code TEXT NOT NULL,
        lon REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
        lat REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
        boundary_json TEXT
      ) STRICT;
      CREATE INDEX villages_town ON villages (town_code);

      UPDATE towns SET boundary_json = '[[' || boundary_json || ']]' WHERE boundary_json IS NOT NULL;
    `);
  },
};
