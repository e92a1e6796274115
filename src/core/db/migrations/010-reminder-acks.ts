import type { Migration } from './index';

/**
 * 到期提醒: who acknowledged which reminder, and when. The reminders themselves are not
 * stored: each area computes its due items from its records on every read. An
 * acknowledgement holds for one round (`cycle`) of one record; a new round is reminded
 * again. Append-only: acknowledging again adds a row, the newest counts.
 */
export const m010ReminderAcks: Migration = {
  version: 10,
  name: 'reminder-acks',
  up(db) {
    db.exec(`
      CREATE TABLE reminder_acks (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL CHECK (length(source) > 0),
        ref TEXT NOT NULL CHECK (length(ref) > 0),
        cycle TEXT NOT NULL,
        operator_id TEXT NOT NULL,
        operator_name TEXT NOT NULL,
        at TEXT NOT NULL,
        note TEXT NOT NULL
      ) STRICT;
      CREATE INDEX reminder_acks_of ON reminder_acks(source, ref, cycle);
    `);
  },
};
