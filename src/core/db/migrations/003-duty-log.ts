import type { Migration } from './index';

/**
 * The duty log: incidents and one append-only, hash-chained table of entries (every
 * step of every incident's closed loop, and log entries of no incident). The
 * incidents table is a projection of the entries, rebuilt on every append: the
 * entries are the record.
 */
export const m003DutyLog: Migration = {
  version: 3,
  name: 'duty-log',
  up(db) {
    db.exec(`
      CREATE TABLE incidents (
        id TEXT PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        title TEXT NOT NULL,
        category TEXT NOT NULL,
        subtype TEXT NOT NULL,
        grade TEXT NOT NULL CHECK (grade IN ('I','II','III','IV','unrated')),
        status TEXT NOT NULL CHECK (status IN ('pending','active','closed','withdrawn')),
        town_code TEXT,
        address TEXT NOT NULL,
        lon REAL,
        lat REAL,
        received_at TEXT NOT NULL,
        occurred_at TEXT,
        dead INTEGER NOT NULL,
        injured INTEGER NOT NULL,
        missing INTEGER NOT NULL,
        trapped INTEGER NOT NULL,
        losses TEXT NOT NULL,
        open_instructions INTEGER NOT NULL,
        next_due_at TEXT,
        next_due_kind TEXT,
        last_entry_at TEXT NOT NULL,
        closed_at TEXT,
        -- The fold of the timeline so far, so an append folds one entry (see projection.ts).
        state_json TEXT NOT NULL DEFAULT '{}'
      ) STRICT;
      CREATE INDEX incidents_open ON incidents(status, next_due_at);
      CREATE INDEX incidents_received ON incidents(received_at);
      CREATE INDEX incidents_town ON incidents(town_code, received_at);

      CREATE TABLE entries (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        incident_id TEXT REFERENCES incidents(id),
        kind TEXT NOT NULL,
        occurred_at TEXT NOT NULL,
        entered_at TEXT NOT NULL,
        author_id TEXT,
        author_name TEXT NOT NULL,
        data_json TEXT NOT NULL,
        corrects_id TEXT REFERENCES entries(id),
        reason TEXT,
        client_key TEXT UNIQUE,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      CREATE INDEX entries_incident ON entries(incident_id, seq);
      CREATE INDEX entries_time ON entries(occurred_at, seq);
      CREATE INDEX entries_corrects ON entries(corrects_id) WHERE corrects_id IS NOT NULL;
      CREATE INDEX entries_author ON entries(author_id, occurred_at);
      CREATE TRIGGER entries_no_update BEFORE UPDATE ON entries
        BEGIN SELECT RAISE(ABORT, 'entries are append-only: correct by a new entry'); END;
      CREATE TRIGGER entries_no_delete BEFORE DELETE ON entries
        BEGIN SELECT RAISE(ABORT, 'entries are append-only: correct by a new entry'); END;

      -- Chinese search: text is indexed as overlapping character bigrams (and whole
      -- Latin words), so two-character words like 滑坡 match as well as longer phrases.
      CREATE VIRTUAL TABLE entry_search USING fts5(tokens, content='', tokenize='unicode61 remove_diacritics 0');

      -- Rule table versions: a change applies to clocks that start after it.
      CREATE TABLE deadline_rules (
        version INTEGER PRIMARY KEY,
        effective_from TEXT NOT NULL,
        rules_json TEXT NOT NULL,
        author_id TEXT,
        author_name TEXT
      ) STRICT;
      CREATE TRIGGER deadline_rules_no_update BEFORE UPDATE ON deadline_rules
        BEGIN SELECT RAISE(ABORT, 'rule versions are append-only'); END;
    `);
  },
};
