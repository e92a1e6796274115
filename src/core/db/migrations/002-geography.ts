import type { Migration } from './index';

/** Towns (GB/T 2260 codes) and the basemap's vector features (boundary, rivers, roads). */
export const m002Geography: Migration = {
  version: 2,
  name: 'geography',
  up(db) {
    db.exec(`
      CREATE TABLE towns (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('街道','镇','乡')),
        seat_lon REAL NOT NULL CHECK (seat_lon BETWEEN -180 AND 180),
        seat_lat REAL NOT NULL CHECK (seat_lat BETWEEN -90 AND 90),
        boundary_json TEXT,
        population INTEGER
      ) STRICT;

      CREATE TABLE basemap_features (
        id INTEGER PRIMARY KEY,
        layer TEXT NOT NULL CHECK (layer IN ('boundary','river','road')),
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        geometry_json TEXT NOT NULL
      ) STRICT;
    `);
  },
};
