import type { Migration } from './index';

/**
 * Shift patterns (versions from a duty date on), the roster (值班表) with its contacts
 * and an append-only record of every change, and the shift handover (交接班): a draft
 * that is completed, frozen as a hashed snapshot at the outgoing chief's signature,
 * locked when all three have signed, and amended only by appending.
 */
export const m006RosterHandover: Migration = {
  version: 6,
  name: 'roster-handover',
  up(db) {
    db.exec(`
      -- The handover sheet reads a shift's log by time: which incidents it touched and its
      -- spot checks come from this index alone, however long the log grows.
      CREATE INDEX entries_time_kind_incident ON entries(occurred_at, kind, incident_id);

      CREATE TABLE shift_patterns (
        version INTEGER PRIMARY KEY,
        effective_date TEXT NOT NULL
          CHECK (effective_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        kind TEXT NOT NULL CHECK (kind IN ('day24','dayNight')),
        change_time TEXT NOT NULL CHECK (change_time GLOB '[0-2][0-9]:[0-5][0-9]'),
        night_time TEXT CHECK (night_time GLOB '[0-2][0-9]:[0-5][0-9]'),
        created_at TEXT NOT NULL,
        author_id TEXT,
        author_name TEXT,
        CHECK ((kind = 'day24' AND night_time IS NULL)
            OR (kind = 'dayNight' AND night_time IS NOT NULL AND night_time > change_time))
      ) STRICT;
      CREATE TRIGGER shift_patterns_no_update BEFORE UPDATE ON shift_patterns
        BEGIN SELECT RAISE(ABORT, 'shift pattern versions are append-only'); END;
      CREATE TRIGGER shift_patterns_no_delete BEFORE DELETE ON shift_patterns
        BEGIN SELECT RAISE(ABORT, 'shift pattern versions are append-only'); END;

      -- People on the roster who do not sign in (a county leader, say), with their phones.
      CREATE TABLE roster_contacts (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        phone TEXT NOT NULL DEFAULT '',
        unit TEXT NOT NULL DEFAULT '',
        post TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL CHECK (role IN ('leader','shift_chief','duty_officer')),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- The plan: who is on each shift. A plan changes; every change is in roster_changes.
      CREATE TABLE roster_shifts (
        shift_key TEXT PRIMARY KEY,
        duty_date TEXT NOT NULL,
        slot TEXT NOT NULL CHECK (slot IN ('full','day','night')),
        leader_id TEXT,
        chief_id TEXT,
        officers_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(officers_json)),
        updated_at TEXT NOT NULL,
        updated_by TEXT
      ) STRICT;
      CREATE INDEX roster_shifts_date ON roster_shifts(duty_date);

      CREATE TABLE roster_changes (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        shift_key TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('set','fill','copy','swap','replace','import')),
        before_json TEXT NOT NULL,
        after_json TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        author_id TEXT,
        author_name TEXT NOT NULL
      ) STRICT;
      CREATE INDEX roster_changes_shift ON roster_changes(shift_key, seq);
      CREATE TRIGGER roster_changes_no_update BEFORE UPDATE ON roster_changes
        BEGIN SELECT RAISE(ABORT, 'roster changes are append-only'); END;
      CREATE TRIGGER roster_changes_no_delete BEFORE DELETE ON roster_changes
        BEGIN SELECT RAISE(ABORT, 'roster changes are append-only'); END;

      CREATE TABLE handovers (
        id TEXT PRIMARY KEY,
        shift_key TEXT NOT NULL UNIQUE,
        shift_start TEXT NOT NULL,
        shift_end TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft','signing','signed')),
        notes TEXT NOT NULL DEFAULT '',
        explanations_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(explanations_json)),
        received_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(received_json)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        completed_at TEXT,
        signed_at TEXT,
        -- Everything the sheet shows, frozen at the outgoing chief's signature.
        snapshot_json TEXT,
        snapshot_hash TEXT,
        CHECK ((status = 'draft') = (snapshot_json IS NULL)),
        CHECK ((snapshot_json IS NULL) = (snapshot_hash IS NULL)),
        CHECK ((status = 'signed') = (signed_at IS NOT NULL))
      ) STRICT;
      CREATE INDEX handovers_start ON handovers(shift_start);
      CREATE TRIGGER handovers_no_delete BEFORE DELETE ON handovers
        BEGIN SELECT RAISE(ABORT, 'handovers are never deleted'); END;
      CREATE TRIGGER handovers_locked BEFORE UPDATE ON handovers WHEN OLD.status = 'signed'
        BEGIN SELECT RAISE(ABORT, 'signed handovers are locked: append an amendment'); END;
      CREATE TRIGGER handovers_frozen BEFORE UPDATE ON handovers
        WHEN OLD.status = 'signing' AND (
          NEW.status NOT IN ('signing','signed')
          OR NEW.id IS NOT OLD.id OR NEW.shift_key IS NOT OLD.shift_key
          OR NEW.shift_start IS NOT OLD.shift_start OR NEW.shift_end IS NOT OLD.shift_end
          OR NEW.notes IS NOT OLD.notes OR NEW.explanations_json IS NOT OLD.explanations_json
          OR NEW.received_json IS NOT OLD.received_json OR NEW.completed_at IS NOT OLD.completed_at
          OR NEW.snapshot_json IS NOT OLD.snapshot_json OR NEW.snapshot_hash IS NOT OLD.snapshot_hash)
        BEGIN SELECT RAISE(ABORT, 'the handover sheet is frozen: only signatures may follow'); END;

      -- Freezing, each signature, each amendment: append-only and hash-chained.
      CREATE TABLE handover_events (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        handover_id TEXT NOT NULL REFERENCES handovers(id),
        kind TEXT NOT NULL CHECK (kind IN ('freeze','signature','amendment')),
        at TEXT NOT NULL,
        author_id TEXT,
        author_name TEXT NOT NULL,
        data_json TEXT NOT NULL CHECK (json_valid(data_json)),
        client_key TEXT UNIQUE,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      CREATE INDEX handover_events_of ON handover_events(handover_id, seq);
      CREATE UNIQUE INDEX handover_one_signature_per_role
        ON handover_events(handover_id, json_extract(data_json, '$.role')) WHERE kind = 'signature';
      CREATE TRIGGER handover_events_no_update BEFORE UPDATE ON handover_events
        BEGIN SELECT RAISE(ABORT, 'handover events are append-only'); END;
      CREATE TRIGGER handover_events_no_delete BEFORE DELETE ON handover_events
        BEGIN SELECT RAISE(ABORT, 'handover events are append-only'); END;
    `);
  },
};
