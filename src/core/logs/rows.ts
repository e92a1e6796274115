/**
 * Rows of the duty log's own tables: the append-only, hash-chained entries and how far
 * the search index has read them.
 * Each type is the table as `SELECT *` reads it; rows.test.ts holds them to the schema.
 */

/** A row of the append-only entries table. */
export interface EntryRow {
  seq: number;
  id: string;
  incident_id: string | null;
  kind: string;
  occurred_at: string;
  entered_at: string;
  author_id: string | null;
  author_name: string;
  data_json: string;
  corrects_id: string | null;
  reason: string | null;
  client_key: string | null;
  prev_hash: string;
  hash: string;
}

/** The search index's progress: one row (id 1). */
export interface SearchProgressRow {
  id: number;
  indexed_seq: number;
}

/** Table -> its row type (rows.test.ts compares each with the migrated schema). */
export interface Tables {
  entries: EntryRow;
  search_progress: SearchProgressRow;
}
