import type { Migration } from './index';

/**
 * 预警响应 (预警行动): a response started under a registered plan on a warning, before
 * anything has happened — 启动, 调整 to another level, 终止 — like an incident's response
 * (its timeline entries of kind `response`). Each decision is a row, append-only and
 * hash-chained (one chain for all warnings' responses): who decided, under which plan
 * and document, when, and who recorded it. A warning's running response is the fold of
 * its rows in order; a drill's warning carries the drill, and so does its response.
 */
export const m025WarningResponses: Migration = {
  version: 25,
  name: 'warning-responses',
  up(db) {
    db.exec(`
      CREATE TABLE warning_responses (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        warning_id TEXT NOT NULL REFERENCES warnings(id),
        action TEXT NOT NULL CHECK (action IN ('start','adjust','end')),
        plan_id TEXT REFERENCES plans(id),
        plan_name TEXT NOT NULL,
        level TEXT CHECK (level IS NULL OR level IN ('I','II','III','IV')),
        decided_by TEXT NOT NULL CHECK (length(trim(decided_by)) > 0),
        document TEXT NOT NULL,
        at TEXT NOT NULL,
        author_id TEXT,
        author_name TEXT NOT NULL,
        client_key TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        -- An end names no level; a start or an adjustment always does.
        CHECK ((action = 'end') = (level IS NULL)),
        -- A response starts under a plan.
        CHECK (action <> 'start' OR plan_id IS NOT NULL)
      ) STRICT;
      CREATE INDEX warning_responses_of ON warning_responses(warning_id, seq);
      CREATE TRIGGER warning_responses_no_update BEFORE UPDATE ON warning_responses
        BEGIN SELECT RAISE(ABORT, 'warning responses are append-only'); END;
      CREATE TRIGGER warning_responses_no_delete BEFORE DELETE ON warning_responses
        BEGIN SELECT RAISE(ABORT, 'warning responses are append-only'); END;
    `);
  },
};
