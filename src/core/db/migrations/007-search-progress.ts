import type { Migration } from './index';

/**
 * The search index follows the entries in batches (logs/search-index.ts) instead of
 * inside each entry's transaction; `search_progress` marks how far it goes. Every
 * entry written so far was indexed with it, so the mark starts at the last entry.
 *
 * Two indexes go, each being one more page in every entry's commit for nothing:
 * (occurred_at, kind, incident_id) of 006, since a shift's handover reads a few hundred
 * entries at most through entries_time; and audit(method, seq), which the audit list's
 * optional method filter never used (it pages by seq).
 */
export const m007SearchProgress: Migration = {
  version: 7,
  name: 'search-progress',
  up(db) {
    db.exec(`
      CREATE TABLE search_progress (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        indexed_seq INTEGER NOT NULL
      ) STRICT;
      INSERT INTO search_progress (id, indexed_seq) VALUES (1, (SELECT coalesce(max(seq), 0) FROM entries));
      DROP INDEX IF EXISTS entries_time_kind_incident;
      DROP INDEX IF EXISTS audit_method;
    `);
  },
};
