import type { Migration } from './index';

/**
 * The facility kinds a county registers beyond the utilities: 避难场所 (shelter),
 * 危化企业/加油站 (hazmat), 地质灾害隐患点 (geohazard) and 水库/堤防 (reservoir), and the
 * households a hazard point threatens (persons go in `capacity`, as for every kind).
 * SQLite cannot change a CHECK in place, so the table is rebuilt with its rows, ids and
 * indexes; nothing references it by foreign key.
 */
export const m008FacilityKinds: Migration = {
  version: 8,
  name: 'facility-kinds',
  up(db) {
    db.exec(`
      CREATE TABLE facilities_new (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('school','hospital','water','power','gas','transport','shelter','hazmat','geohazard','reservoir','other')),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        address TEXT NOT NULL,
        town_code TEXT,
        lon REAL CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
        lat REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
        capacity INTEGER CHECK (capacity IS NULL OR capacity >= 0),
        households INTEGER CHECK (households IS NULL OR households >= 0),
        contact TEXT NOT NULL,
        phone TEXT NOT NULL,
        notes TEXT NOT NULL,
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((lon IS NULL) = (lat IS NULL))
      ) STRICT;
      INSERT INTO facilities_new (id, kind, name, address, town_code, lon, lat, capacity, households, contact, phone, notes, archived, created_at, updated_at)
        SELECT id, kind, name, address, town_code, lon, lat, capacity, NULL, contact, phone, notes, archived, created_at, updated_at FROM facilities;
      DROP TABLE facilities;
      ALTER TABLE facilities_new RENAME TO facilities;
      CREATE UNIQUE INDEX facilities_name ON facilities(kind, name);
      CREATE INDEX facilities_town ON facilities(town_code);
    `);
  },
};
