import type { Migration } from './index';

/**
 * 通讯录: the 24-hour contacts of the units the room deals with. A unit may have several
 * lines (its duty line, its head, its deputy), one per person; a line is archived, never
 * deleted, so what a past report was sent to still reads.
 */
export const m012Contacts: Migration = {
  version: 12,
  name: 'contacts',
  up(db) {
    db.exec(`
      CREATE TABLE contacts (
        id TEXT PRIMARY KEY,
        category TEXT NOT NULL CHECK (category IN ('superior','county_leader','department','town','village','team','enterprise','other')),
        unit TEXT NOT NULL CHECK (length(trim(unit)) > 0),
        person TEXT NOT NULL,
        post TEXT NOT NULL,
        duty_phone TEXT NOT NULL,
        mobile TEXT NOT NULL,
        office_phone TEXT NOT NULL,
        town_code TEXT,
        call_list INTEGER NOT NULL DEFAULT 0 CHECK (call_list IN (0, 1)),
        notes TEXT NOT NULL,
        reviewed_on TEXT,
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (length(duty_phone) + length(mobile) + length(office_phone) > 0)
      ) STRICT;
      CREATE UNIQUE INDEX contacts_unit_person ON contacts(unit, person);
      CREATE INDEX contacts_category ON contacts(category, unit);
    `);
  },
};
