import type { Migration } from './index';

/**
 * 信息发布: a release per incident and kind; its versions (never edited: a revision or
 * a correction is a new version, each with the SHA-256 of its content); and the ledger
 * of what happened to them — internal review, submission to the 宣传部, its approval or
 * return, release, withdrawal — append-only and hash-chained, because whether the text
 * that went out is the text that was approved is what an inquiry will ask. An approval
 * and a release each carry the content hash of the version they were taken on.
 * The clock rules are versioned like the reporting deadlines; the 口径 templates are
 * plain reference data the administrator keeps.
 */
export const m023Releases: Migration = {
  version: 23,
  name: 'releases',
  up(db) {
    db.exec(`
      CREATE TABLE releases (
        id TEXT PRIMARY KEY,
        incident_id TEXT NOT NULL REFERENCES incidents(id),
        kind TEXT NOT NULL CHECK (kind IN ('brief','authoritative','followup','press','rumour','advice')),
        template_id TEXT REFERENCES release_templates(id),
        drill_id TEXT REFERENCES drills(id),
        client_key TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        created_by_id TEXT,
        created_by_name TEXT NOT NULL
      ) STRICT;
      CREATE INDEX releases_of ON releases(incident_id, created_at);
      CREATE TRIGGER releases_no_update BEFORE UPDATE ON releases
        BEGIN SELECT RAISE(ABORT, 'releases are append-only'); END;
      CREATE TRIGGER releases_no_delete BEFORE DELETE ON releases
        BEGIN SELECT RAISE(ABORT, 'releases are append-only'); END;

      CREATE TABLE release_versions (
        id TEXT PRIMARY KEY,
        release_id TEXT NOT NULL REFERENCES releases(id),
        n INTEGER NOT NULL CHECK (n >= 1),
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        facts TEXT NOT NULL,
        measures TEXT NOT NULL,
        advice TEXT NOT NULL,
        channels_json TEXT NOT NULL CHECK (json_valid(channels_json) AND json_array_length(channels_json) > 0),
        content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
        correction TEXT,
        created_at TEXT NOT NULL,
        author_id TEXT,
        author_name TEXT NOT NULL,
        UNIQUE (release_id, n)
      ) STRICT;
      CREATE TRIGGER release_versions_no_update BEFORE UPDATE ON release_versions
        BEGIN SELECT RAISE(ABORT, 'release versions are append-only: a revision is a new version'); END;
      CREATE TRIGGER release_versions_no_delete BEFORE DELETE ON release_versions
        BEGIN SELECT RAISE(ABORT, 'release versions are append-only: a revision is a new version'); END;

      CREATE TABLE release_events (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        release_id TEXT NOT NULL REFERENCES releases(id),
        version_id TEXT REFERENCES release_versions(id),
        step TEXT NOT NULL CHECK (step IN ('review','submit','approve','return','publish','withdraw')),
        content_hash TEXT,
        at TEXT NOT NULL,
        author_id TEXT,
        author_name TEXT NOT NULL,
        data_json TEXT NOT NULL CHECK (json_valid(data_json)),
        created_at TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        CHECK ((step = 'withdraw') = (version_id IS NULL)),
        -- An approval and a release name exactly the content they were taken on.
        CHECK (step NOT IN ('approve','publish') OR (content_hash IS NOT NULL AND length(content_hash) = 64))
      ) STRICT;
      CREATE INDEX release_events_of ON release_events(release_id, seq);
      -- A version is approved once and released once; a release is withdrawn once.
      CREATE UNIQUE INDEX release_events_one_approval ON release_events(version_id) WHERE step = 'approve';
      CREATE UNIQUE INDEX release_events_one_publish ON release_events(version_id) WHERE step = 'publish';
      CREATE UNIQUE INDEX release_events_one_withdraw ON release_events(release_id) WHERE step = 'withdraw';
      CREATE TRIGGER release_events_no_update BEFORE UPDATE ON release_events
        BEGIN SELECT RAISE(ABORT, 'release events are append-only'); END;
      CREATE TRIGGER release_events_no_delete BEFORE DELETE ON release_events
        BEGIN SELECT RAISE(ABORT, 'release events are append-only'); END;

      CREATE TABLE release_rules (
        version INTEGER PRIMARY KEY,
        effective_from TEXT NOT NULL,
        rules_json TEXT NOT NULL CHECK (json_valid(rules_json)),
        author_id TEXT,
        author_name TEXT
      ) STRICT;
      CREATE TRIGGER release_rules_no_update BEFORE UPDATE ON release_rules
        BEGIN SELECT RAISE(ABORT, 'rule versions are append-only'); END;
      CREATE TRIGGER release_rules_no_delete BEFORE DELETE ON release_rules
        BEGIN SELECT RAISE(ABORT, 'rule versions are append-only'); END;

      CREATE TABLE release_templates (
        id TEXT PRIMARY KEY,
        subtype TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('brief','authoritative','followup','press','rumour','advice')),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        facts TEXT NOT NULL,
        measures TEXT NOT NULL,
        advice TEXT NOT NULL,
        approved_ref TEXT NOT NULL,
        archived INTEGER NOT NULL CHECK (archived IN (0, 1)),
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX release_templates_of ON release_templates(subtype, kind);
    `);
  },
};
