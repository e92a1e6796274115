/** Rows of the reminders' table: acknowledgements only (the due items are computed). */
export interface ReminderAckRow {
  id: number;
  source: string;
  ref: string;
  cycle: string;
  operator_id: string;
  operator_name: string;
  at: string;
  note: string;
}

/** Table -> its row type (src/core/db/row-types.test.ts compares each with the migrated schema). */
export interface Tables {
  reminder_acks: ReminderAckRow;
}
