import type { Migration } from './index';

/**
 * The plans register (应急预案): plans, their versions through the life cycle, each
 * status change as an append-only record of who moved it and on which date, and the
 * version's document (PDF/DOCX) kept in the data file so a backup carries it.
 */
export const m014Plans: Migration = {
  version: 14,
  name: 'plans',
  up(db) {
    db.exec(`
      CREATE TABLE plans (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
        kind TEXT NOT NULL CHECK (kind IN ('overall','special','department','grassroots','enterprise','catastrophe','joint','manual','action')),
        domain TEXT NOT NULL CHECK (domain IN ('natural','accident','health','social','general')),
        hazard TEXT NOT NULL,
        owner_unit TEXT NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('county','town','village','unit')),
        -- The last drill of the plan recorded by hand (drills made in the app count as well).
        last_drilled_on TEXT,
        notes TEXT NOT NULL,
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX plans_kind ON plans(kind, domain);

      CREATE TABLE plan_versions (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans(id),
        label TEXT NOT NULL CHECK (length(trim(label)) > 0),
        status TEXT NOT NULL CHECK (status IN ('drafting','consultation','review','approval','issued','filed','in_force','evaluation','revision','repealed')),
        doc_no TEXT NOT NULL,
        issuer TEXT NOT NULL,
        issued_on TEXT,
        filed_on TEXT,
        evaluated_on TEXT,
        repealed_on TEXT,
        -- [{ level: 'I'..'IV', condition, measures }]: the plan's response levels in this version.
        levels_json TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (plan_id, label)
      ) STRICT;
      CREATE INDEX plan_versions_plan ON plan_versions(plan_id, created_at);

      CREATE TABLE plan_status_log (
        seq INTEGER PRIMARY KEY,
        version_id TEXT NOT NULL REFERENCES plan_versions(id),
        from_status TEXT,
        to_status TEXT NOT NULL,
        on_date TEXT NOT NULL,
        author_id TEXT,
        author_name TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX plan_status_log_version ON plan_status_log(version_id, seq);
      CREATE TRIGGER plan_status_log_no_update BEFORE UPDATE ON plan_status_log
        BEGIN SELECT RAISE(ABORT, 'plan status changes are append-only'); END;
      CREATE TRIGGER plan_status_log_no_delete BEFORE DELETE ON plan_status_log
        BEGIN SELECT RAISE(ABORT, 'plan status changes are append-only'); END;

      CREATE TABLE plan_files (
        version_id TEXT PRIMARY KEY REFERENCES plan_versions(id),
        file_name TEXT NOT NULL,
        mime TEXT NOT NULL CHECK (mime IN ('application/pdf','application/vnd.openxmlformats-officedocument.wordprocessingml.document')),
        size INTEGER NOT NULL CHECK (size > 0),
        sha256 TEXT NOT NULL,
        content BLOB NOT NULL,
        uploaded_at TEXT NOT NULL,
        uploaded_by TEXT NOT NULL
      ) STRICT;

      -- A document arrives in parts (each call stays under the transport's body limit);
      -- attaching it joins them into plan_files and removes them.
      CREATE TABLE plan_upload_parts (
        upload_id TEXT NOT NULL,
        idx INTEGER NOT NULL CHECK (idx >= 0),
        data BLOB NOT NULL,
        author_id TEXT,
        at TEXT NOT NULL,
        PRIMARY KEY (upload_id, idx)
      ) STRICT;
    `);
  },
};
