import type { Migration } from './index';

/**
 * Drill campaigns (演练工作方案) with their domains and named leads, the drills under
 * them, each drill's controllers (导调), its scenario injects (情景注入) and its
 * append-only timeline; and the drill an incident was logged under (演练 traffic: real
 * statistics, deadline boards and exports leave those incidents out).
 *
 * A drill's plans under test are a list of plan ids (`plan_ids_json`): the plans
 * register is read through its contract only.
 */
export const m009Drills: Migration = {
  version: 9,
  name: 'drills',
  up(db) {
    db.exec(`
      CREATE TABLE drill_campaigns (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        document_no TEXT NOT NULL,
        issued_by TEXT NOT NULL,
        deadline TEXT NOT NULL,
        requirements_json TEXT NOT NULL,
        notes TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE drill_campaign_domains (
        id TEXT PRIMARY KEY,
        campaign_id TEXT NOT NULL REFERENCES drill_campaigns(id),
        domain TEXT NOT NULL CHECK (domain IN ('public_health','natural_disaster','production_safety','social_security','cyber_security','other')),
        name TEXT NOT NULL,
        lead_leader TEXT NOT NULL CHECK (length(trim(lead_leader)) > 0),
        lead_unit TEXT NOT NULL,
        position INTEGER NOT NULL,
        UNIQUE (campaign_id, domain, name)
      ) STRICT;
      CREATE INDEX drill_campaign_domains_campaign ON drill_campaign_domains(campaign_id, position);

      CREATE TABLE drills (
        id TEXT PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        campaign_id TEXT REFERENCES drill_campaigns(id),
        domain_id TEXT REFERENCES drill_campaign_domains(id),
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        form TEXT NOT NULL CHECK (form IN ('tabletop','live')),
        content TEXT NOT NULL CHECK (content IN ('single','combined')),
        purpose TEXT NOT NULL CHECK (purpose IN ('test','demo','research')),
        announce TEXT NOT NULL CHECK (announce IN ('announced','unannounced','double_blind')),
        state TEXT NOT NULL CHECK (state IN ('planned','started','ended','evaluating','evaluated','rectifying','closed')),
        scheduled_at TEXT,
        place TEXT NOT NULL,
        scenario TEXT NOT NULL,
        plan_ids_json TEXT NOT NULL,
        units_json TEXT NOT NULL,
        started_at TEXT,
        ended_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (domain_id IS NULL OR campaign_id IS NOT NULL)
      ) STRICT;
      CREATE INDEX drills_campaign ON drills(campaign_id, domain_id);
      CREATE INDEX drills_state ON drills(state);

      CREATE TABLE drill_controllers (
        drill_id TEXT NOT NULL REFERENCES drills(id),
        operator_id TEXT NOT NULL REFERENCES operators(id),
        PRIMARY KEY (drill_id, operator_id)
      ) STRICT;
      CREATE INDEX drill_controllers_operator ON drill_controllers(operator_id);

      -- The controller's script: each inject at a set minute after the start, or none
      -- (sent on the spot); sent_at once it went out.
      CREATE TABLE drill_injects (
        id TEXT PRIMARY KEY,
        drill_id TEXT NOT NULL REFERENCES drills(id),
        position INTEGER NOT NULL,
        offset_minutes INTEGER CHECK (offset_minutes IS NULL OR offset_minutes BETWEEN 0 AND 10080),
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        sent_at TEXT,
        sent_by TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX drill_injects_drill ON drill_injects(drill_id, position);

      -- What happened to the drill, in order: state changes and injects sent.
      CREATE TABLE drill_events (
        seq INTEGER PRIMARY KEY,
        drill_id TEXT NOT NULL REFERENCES drills(id),
        kind TEXT NOT NULL CHECK (kind IN ('state','inject')),
        at TEXT NOT NULL,
        author_id TEXT,
        author_name TEXT NOT NULL,
        data_json TEXT NOT NULL
      ) STRICT;
      CREATE INDEX drill_events_drill ON drill_events(drill_id, seq);
      CREATE TRIGGER drill_events_no_update BEFORE UPDATE ON drill_events
        BEGIN SELECT RAISE(ABORT, 'drill events are append-only'); END;
      CREATE TRIGGER drill_events_no_delete BEFORE DELETE ON drill_events
        BEGIN SELECT RAISE(ABORT, 'drill events are append-only'); END;

      ALTER TABLE incidents ADD COLUMN drill_id TEXT REFERENCES drills(id);
      CREATE INDEX incidents_drill ON incidents(drill_id) WHERE drill_id IS NOT NULL;
    `);
  },
};
