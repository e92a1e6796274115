import type { Contact, RosterChange } from '../../common/contract/roster';

/**
 * Rows of the roster (值班表): one row per shift, the contacts, and the append-only change log.
 * Each type is the table as `SELECT *` reads it; rows.test.ts holds them to the schema.
 */

export interface RosterShiftRow {
  shift_key: string;
  duty_date: string;
  slot: string;
  leader_id: string | null;
  chief_id: string | null;
  officers_json: string;
  updated_at: string;
  updated_by: string | null;
}

export interface ContactRow {
  id: string;
  name: string;
  phone: string;
  unit: string;
  post: string;
  role: Contact['role'];
  active: 0 | 1;
  created_at: string;
  updated_at: string;
}

export interface RosterChangeRow {
  seq: number;
  at: string;
  shift_key: string;
  kind: RosterChange['kind'];
  before_json: string;
  after_json: string;
  reason: string;
  author_id: string | null;
  author_name: string;
}

/** Table -> its row type (rows.test.ts compares each with the migrated schema). */
export interface Tables {
  roster_shifts: RosterShiftRow;
  roster_contacts: ContactRow;
  roster_changes: RosterChangeRow;
}
