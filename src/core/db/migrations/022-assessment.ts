import type { Migration } from './index';

/**
 * Assessment (考核). Scheme versions are append-only like the deadline rules: the one in
 * force at a period's start governs it. A 通报 is a draft until issued; issuing freezes
 * its content (the scores as computed then, the free texts, who signed and when) under a
 * SHA-256, and the row no longer changes; later corrections are amendments, append-only
 * and chained from the issued hash. Findings (漏报/谎报/瞒报/脱岗) are duty-log entries
 * (kind `finding`), so they live in the hash-chained `entries`.
 */
export const m022Assessment: Migration = {
  version: 22,
  name: 'assessment',
  up(db) {
    db.exec(`
      CREATE TABLE assessment_schemes (
        version INTEGER PRIMARY KEY,
        effective_from TEXT NOT NULL,
        scheme_json TEXT NOT NULL,
        author_id TEXT,
        author_name TEXT
      ) STRICT;
      CREATE TRIGGER assessment_schemes_no_update BEFORE UPDATE ON assessment_schemes
        BEGIN SELECT RAISE(ABORT, 'assessment schemes are append-only'); END;
      CREATE TRIGGER assessment_schemes_no_delete BEFORE DELETE ON assessment_schemes
        BEGIN SELECT RAISE(ABORT, 'assessment schemes are append-only'); END;

      CREATE TABLE bulletins (
        id TEXT PRIMARY KEY,
        period TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft','issued')),
        number TEXT UNIQUE,
        good_practice TEXT NOT NULL,
        requirements TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by_id TEXT,
        created_by_name TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        issued_at TEXT,
        issued_by_id TEXT,
        issued_by_name TEXT,
        content_json TEXT,
        hash TEXT,
        CHECK ((status = 'issued') = (issued_at IS NOT NULL AND content_json IS NOT NULL AND hash IS NOT NULL AND number IS NOT NULL))
      ) STRICT;
      CREATE INDEX bulletins_period ON bulletins(period);
      CREATE TRIGGER bulletins_frozen BEFORE UPDATE ON bulletins WHEN OLD.status = 'issued'
        BEGIN SELECT RAISE(ABORT, 'an issued bulletin is frozen'); END;
      CREATE TRIGGER bulletins_no_delete BEFORE DELETE ON bulletins WHEN OLD.status = 'issued'
        BEGIN SELECT RAISE(ABORT, 'an issued bulletin is frozen'); END;

      CREATE TABLE bulletin_amendments (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        bulletin_id TEXT NOT NULL REFERENCES bulletins(id),
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        author_id TEXT,
        author_name TEXT NOT NULL,
        at TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      CREATE INDEX bulletin_amendments_bulletin ON bulletin_amendments(bulletin_id, seq);
      CREATE TRIGGER bulletin_amendments_no_update BEFORE UPDATE ON bulletin_amendments
        BEGIN SELECT RAISE(ABORT, 'bulletin amendments are append-only'); END;
      CREATE TRIGGER bulletin_amendments_no_delete BEFORE DELETE ON bulletin_amendments
        BEGIN SELECT RAISE(ABORT, 'bulletin amendments are append-only'); END;

      -- What the assessment reads by time: findings and 查岗 among the entries.
      CREATE INDEX entries_kind_time ON entries(kind, occurred_at);
    `);
  },
};
