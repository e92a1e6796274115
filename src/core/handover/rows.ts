/**
 * Rows of the handover tables (交接班): one sheet per shift and its append-only, hash-chained events.
 * Each type is the table as `SELECT *` reads it; rows.test.ts holds them to the schema.
 */

export interface HandoverRow {
  id: string;
  shift_key: string;
  shift_start: string;
  shift_end: string;
  status: 'draft' | 'signing' | 'signed';
  notes: string;
  explanations_json: string;
  received_json: string;
  created_at: string;
  updated_at: string;
  completed_at: string | null;
  signed_at: string | null;
  snapshot_json: string | null;
  snapshot_hash: string | null;
}

export interface HandoverEventRow {
  seq: number;
  id: string;
  handover_id: string;
  kind: 'freeze' | 'signature' | 'amendment';
  at: string;
  author_id: string | null;
  author_name: string;
  data_json: string;
  client_key: string | null;
  prev_hash: string;
  hash: string;
}

/** Table -> its row type (rows.test.ts compares each with the migrated schema). */
export interface Tables {
  handovers: HandoverRow;
  handover_events: HandoverEventRow;
}
