import type { Migration } from './index';

/**
 * Equipment checks and faults made while a drill runs are drill traffic (演练), like the
 * incidents logged under it (009): they carry the drill's id, so compliance statistics,
 * the handover sheet, reminders and an item's own state leave them out. Checks stay
 * append-only: the column is written once, with the row, and is part of its hash when set.
 */
export const m017DrillEquipment: Migration = {
  version: 17,
  name: 'drill-equipment',
  up(db) {
    db.exec(`
      ALTER TABLE checks ADD COLUMN drill_id TEXT REFERENCES drills(id);
      ALTER TABLE faults ADD COLUMN drill_id TEXT REFERENCES drills(id);
      CREATE INDEX checks_drill ON checks(drill_id) WHERE drill_id IS NOT NULL;
      CREATE INDEX faults_drill ON faults(drill_id) WHERE drill_id IS NOT NULL;
    `);
  },
};
