import type { Migration } from './index';

/**
 * 预警叫应: warnings as received (never edited: an update is a new warning that points at
 * the one it replaces), the recipients each was sent to (a snapshot of the 通讯录 line,
 * so a later edit of the register does not rewrite who was told), and the ledger of what
 * happened to each — 叫应 calls, 回执, 解除, the incident it became — append-only and
 * hash-chained, because who answered and when is what a late town will dispute.
 */
export const m016Warnings: Migration = {
  version: 16,
  name: 'warnings',
  up(db) {
    db.exec(`
      CREATE TABLE warnings (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL CHECK (source IN ('weather','water','natural_resources','forestry','health','other')),
        issuer TEXT NOT NULL CHECK (length(trim(issuer)) > 0),
        issuer_ref TEXT NOT NULL,
        hazard TEXT NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('I','II','III','IV')),
        headline TEXT NOT NULL CHECK (length(trim(headline)) > 0),
        body TEXT NOT NULL,
        towns_json TEXT NOT NULL CHECK (json_valid(towns_json) AND json_array_length(towns_json) > 0),
        polygon_json TEXT CHECK (polygon_json IS NULL OR json_valid(polygon_json)),
        effective_at TEXT,
        onset_at TEXT,
        expires_at TEXT,
        received_at TEXT NOT NULL,
        received_by_id TEXT,
        received_by_name TEXT NOT NULL,
        channel TEXT NOT NULL,
        drill_id TEXT REFERENCES drills(id),
        supersedes_id TEXT UNIQUE REFERENCES warnings(id),
        cap_identifier TEXT NOT NULL UNIQUE,
        client_key TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX warnings_received ON warnings(received_at);
      CREATE TRIGGER warnings_no_update BEFORE UPDATE ON warnings
        BEGIN SELECT RAISE(ABORT, 'warnings are append-only: an update is a new warning'); END;
      CREATE TRIGGER warnings_no_delete BEFORE DELETE ON warnings
        BEGIN SELECT RAISE(ABORT, 'warnings are append-only: an update is a new warning'); END;

      CREATE TABLE warning_recipients (
        id TEXT PRIMARY KEY,
        warning_id TEXT NOT NULL REFERENCES warnings(id),
        contact_id TEXT REFERENCES contacts(id),
        unit TEXT NOT NULL CHECK (length(trim(unit)) > 0),
        person TEXT NOT NULL,
        post TEXT NOT NULL,
        phone TEXT NOT NULL,
        town_code TEXT,
        channel TEXT NOT NULL CHECK (channel IN ('phone','sms','fax','system')),
        needs_call INTEGER NOT NULL CHECK (needs_call IN (0, 1)),
        sent_at TEXT NOT NULL,
        sent_by_id TEXT,
        sent_by_name TEXT NOT NULL,
        escalated_from TEXT UNIQUE REFERENCES warning_recipients(id),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX warning_recipients_of ON warning_recipients(warning_id, sent_at);
      CREATE UNIQUE INDEX warning_recipients_once ON warning_recipients(warning_id, contact_id);
      CREATE TRIGGER warning_recipients_no_update BEFORE UPDATE ON warning_recipients
        BEGIN SELECT RAISE(ABORT, 'warning recipients are append-only'); END;
      CREATE TRIGGER warning_recipients_no_delete BEFORE DELETE ON warning_recipients
        BEGIN SELECT RAISE(ABORT, 'warning recipients are append-only'); END;

      CREATE TABLE warning_events (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        warning_id TEXT NOT NULL REFERENCES warnings(id),
        recipient_id TEXT REFERENCES warning_recipients(id),
        kind TEXT NOT NULL CHECK (kind IN ('call','ack','cancel','incident')),
        at TEXT NOT NULL,
        author_id TEXT,
        author_name TEXT NOT NULL,
        data_json TEXT NOT NULL CHECK (json_valid(data_json)),
        created_at TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        CHECK ((kind IN ('call','ack')) = (recipient_id IS NOT NULL))
      ) STRICT;
      CREATE INDEX warning_events_of ON warning_events(warning_id, seq);
      -- One 回执 per recipient, one 解除 per warning: a second is refused by the schema too.
      CREATE UNIQUE INDEX warning_events_one_ack ON warning_events(recipient_id) WHERE kind = 'ack';
      CREATE UNIQUE INDEX warning_events_one_cancel ON warning_events(warning_id) WHERE kind = 'cancel';
      CREATE TRIGGER warning_events_no_update BEFORE UPDATE ON warning_events
        BEGIN SELECT RAISE(ABORT, 'warning events are append-only'); END;
      CREATE TRIGGER warning_events_no_delete BEFORE DELETE ON warning_events
        BEGIN SELECT RAISE(ABORT, 'warning events are append-only'); END;
    `);
  },
};
