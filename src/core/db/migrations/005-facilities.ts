import type { Migration } from './index';

/**
 * Key facilities and supply depots: ordinary registers (an edit is an audited update,
 * archiving hides a row without deleting it), and each depot's stock by item as it
 * stands. Points are WGS-84, both or neither.
 */
export const m005Facilities: Migration = {
  version: 5,
  name: 'facilities',
  up(db) {
    db.exec(`
      CREATE TABLE facilities (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('school','hospital','water','power','gas','transport','other')),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        address TEXT NOT NULL,
        town_code TEXT,
        lon REAL CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
        lat REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
        capacity INTEGER CHECK (capacity IS NULL OR capacity >= 0),
        contact TEXT NOT NULL,
        phone TEXT NOT NULL,
        notes TEXT NOT NULL,
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((lon IS NULL) = (lat IS NULL))
      ) STRICT;
      -- One register line per named unit of a kind: imports update it by that name.
      CREATE UNIQUE INDEX facilities_name ON facilities(kind, name);
      CREATE INDEX facilities_town ON facilities(town_code);

      CREATE TABLE depots (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
        address TEXT NOT NULL,
        town_code TEXT,
        lon REAL CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
        lat REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
        keeper TEXT NOT NULL,
        phone TEXT NOT NULL,
        notes TEXT NOT NULL,
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((lon IS NULL) = (lat IS NULL))
      ) STRICT;

      CREATE TABLE depot_stock (
        depot_id TEXT NOT NULL REFERENCES depots(id),
        item TEXT NOT NULL CHECK (length(trim(item)) > 0),
        unit TEXT NOT NULL,
        quantity REAL NOT NULL CHECK (quantity >= 0),
        minimum REAL NOT NULL CHECK (minimum >= 0),
        -- Order of the depot's list, as the keeper keeps it.
        position INTEGER NOT NULL,
        PRIMARY KEY (depot_id, item)
      ) STRICT;
    `);
  },
};
