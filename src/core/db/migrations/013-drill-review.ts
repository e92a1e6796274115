import type { Migration } from './index';

/**
 * Drill review (演练评估与整改): versioned evaluation templates per form (append-only, an
 * edit is a new version), one evaluation per drill (a draft row edited in place and
 * audited until it is submitted, then locked), observation records made during the
 * drill (append-only), and 整改 items (a projection row each) with their append-only
 * actions. A rectification closes only with evidence and who verified it: the schema
 * holds that too, so no path around the service can close one without them.
 */
export const m013DrillReview: Migration = {
  version: 13,
  name: 'drill-review',
  up(db) {
    db.exec(`
      CREATE TABLE evaluation_templates (
        form TEXT NOT NULL CHECK (form IN ('live','tabletop')),
        version INTEGER NOT NULL,
        items_json TEXT NOT NULL,
        partly_share REAL NOT NULL CHECK (partly_share > 0 AND partly_share < 1),
        created_at TEXT NOT NULL,
        author_id TEXT,
        author_name TEXT NOT NULL,
        PRIMARY KEY (form, version)
      ) STRICT;
      CREATE TRIGGER evaluation_templates_no_update BEFORE UPDATE ON evaluation_templates
        BEGIN SELECT RAISE(ABORT, 'evaluation template versions are append-only: save a new version'); END;
      CREATE TRIGGER evaluation_templates_no_delete BEFORE DELETE ON evaluation_templates
        BEGIN SELECT RAISE(ABORT, 'evaluation template versions are append-only: save a new version'); END;

      CREATE TABLE evaluations (
        id TEXT PRIMARY KEY,
        drill_id TEXT NOT NULL UNIQUE REFERENCES drills(id),
        template_form TEXT NOT NULL,
        template_version INTEGER NOT NULL,
        -- What the evaluation is scored against, as it was when it began.
        items_json TEXT NOT NULL,
        partly_share REAL NOT NULL,
        -- [{key, grade, points, note}] in item order.
        scores_json TEXT NOT NULL,
        -- [{name, unit, role}]
        evaluators_json TEXT NOT NULL,
        onsite_comment TEXT NOT NULL,
        self_assessment TEXT NOT NULL,
        -- {execution, plan, command, handling, equipment, suggestions}: the evaluators' words per heading.
        sections_json TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft','submitted')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        submitted_at TEXT,
        submitted_by_name TEXT,
        CHECK ((status = 'submitted') = (submitted_at IS NOT NULL)),
        FOREIGN KEY (template_form, template_version) REFERENCES evaluation_templates(form, version)
      ) STRICT;

      CREATE TABLE evaluation_observations (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        drill_id TEXT NOT NULL REFERENCES drills(id),
        observed_at TEXT NOT NULL,
        phase TEXT CHECK (phase IS NULL OR phase IN ('warning','activation','command','onsite','comms','supplies','publicity','safety','recovery')),
        text TEXT NOT NULL,
        observer_id TEXT,
        observer_name TEXT NOT NULL,
        entered_at TEXT NOT NULL,
        client_key TEXT UNIQUE
      ) STRICT;
      CREATE INDEX evaluation_observations_drill ON evaluation_observations(drill_id, observed_at);
      CREATE TRIGGER evaluation_observations_no_update BEFORE UPDATE ON evaluation_observations
        BEGIN SELECT RAISE(ABORT, 'observation records are append-only'); END;
      CREATE TRIGGER evaluation_observations_no_delete BEFORE DELETE ON evaluation_observations
        BEGIN SELECT RAISE(ABORT, 'observation records are append-only'); END;

      CREATE TABLE rectifications (
        id TEXT PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        drill_id TEXT NOT NULL REFERENCES drills(id),
        -- The evaluation item the finding came from, if any.
        item_key TEXT,
        category TEXT NOT NULL CHECK (category IN ('plan','organization','personnel','mechanism','support','equipment')),
        finding TEXT NOT NULL,
        measures TEXT NOT NULL,
        owner_unit TEXT NOT NULL,
        due_date TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open','in_progress','closed')),
        evidence TEXT NOT NULL,
        verified_by TEXT NOT NULL,
        closed_at TEXT,
        -- A 预案 finding: the plan, and the draft version its revision opened.
        plan_id TEXT,
        plan_version_id TEXT,
        opened_at TEXT NOT NULL,
        opened_by_id TEXT,
        opened_by_name TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((status = 'closed') = (closed_at IS NOT NULL)),
        CHECK (status <> 'closed' OR (length(trim(evidence)) > 0 AND length(trim(verified_by)) > 0))
      ) STRICT;
      CREATE INDEX rectifications_open ON rectifications(status, due_date);
      CREATE INDEX rectifications_drill ON rectifications(drill_id);

      CREATE TABLE rectification_actions (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        rectification_id TEXT NOT NULL REFERENCES rectifications(id),
        kind TEXT NOT NULL CHECK (kind IN ('opened','progress','due','closed')),
        at TEXT NOT NULL,
        data_json TEXT NOT NULL,
        author_id TEXT,
        author_name TEXT NOT NULL,
        client_key TEXT UNIQUE
      ) STRICT;
      CREATE INDEX rectification_actions_item ON rectification_actions(rectification_id, seq);
      CREATE TRIGGER rectification_actions_no_update BEFORE UPDATE ON rectification_actions
        BEGIN SELECT RAISE(ABORT, 'rectification actions are append-only'); END;
      CREATE TRIGGER rectification_actions_no_delete BEFORE DELETE ON rectification_actions
        BEGIN SELECT RAISE(ABORT, 'rectification actions are append-only'); END;
    `);
  },
};
