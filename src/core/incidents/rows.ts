import type { Category, Grade, IncidentStatus, Subtype } from '../../common/domain/incidents';

/**
 * The incidents table's row: the projection of an incident's entries (see projection.ts).
 * Each type is the table as `SELECT *` reads it; rows.test.ts holds them to the schema.
 */

export interface IncidentRow {
  id: string;
  number: string;
  created_at: string;
  title: string;
  category: Category;
  subtype: Subtype;
  grade: Grade;
  status: IncidentStatus;
  town_code: string | null;
  address: string;
  lon: number | null;
  lat: number | null;
  received_at: string;
  occurred_at: string | null;
  dead: number;
  injured: number;
  missing: number;
  trapped: number;
  losses: string;
  open_instructions: number;
  next_due_at: string | null;
  next_due_kind: 'phone' | 'written' | 'followup' | null;
  last_entry_at: string;
  closed_at: string | null;
  state_json: string;
  /** The drill it was logged under (演练 traffic), or null for real work. */
  drill_id: string | null;
}

/** An incident as SELECT_INCIDENT reads it: with its town's name (LEFT JOIN towns). */
export type IncidentWithTown = IncidentRow & { town_name?: string | null; drill_number?: string | null };

/** Table -> its row type (rows.test.ts compares each with the migrated schema). */
export interface Tables {
  incidents: IncidentRow;
}
