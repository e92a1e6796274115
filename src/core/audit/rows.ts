/**
 * The audit table's row: every write, hash-chained (see db/hashchain.ts).
 * Each type is the table as `SELECT *` reads it; rows.test.ts holds them to the schema.
 */

export interface AuditRow {
  seq: number;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  method: string;
  input_json: string;
  changes_json: string;
  prev_hash: string;
  hash: string;
}

/** Table -> its row type (rows.test.ts compares each with the migrated schema). */
export interface Tables {
  audit: AuditRow;
}
