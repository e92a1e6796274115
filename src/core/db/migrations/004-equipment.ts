import type { Migration } from './index';

/**
 * Communication equipment: the register (an ordinary audited table), versioned check
 * templates (append-only: an edit is a new version), check results (append-only and
 * hash-chained, each with a snapshot of the items it was checked against), faults (a
 * projection row per fault) and their actions (append-only, hash-chained).
 */
export const m004Equipment: Migration = {
  version: 4,
  name: 'equipment',
  up(db) {
    db.exec(`
      CREATE TABLE equipment (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('satellite_phone','radio','base_station','machine_room','video_conf','phone_fax','comm_vehicle','other')),
        name TEXT NOT NULL,
        model TEXT NOT NULL,
        serial TEXT NOT NULL,
        location TEXT NOT NULL,
        lon REAL,
        lat REAL,
        custodian_a TEXT NOT NULL,
        custodian_b TEXT NOT NULL,
        interval_kind TEXT NOT NULL CHECK (interval_kind IN ('daily','weekly','monthly','days')),
        interval_days INTEGER CHECK (interval_days IS NULL OR interval_days BETWEEN 1 AND 366),
        status TEXT NOT NULL CHECK (status IN ('in_use','fault','repair','retired')),
        handover INTEGER NOT NULL CHECK (handover IN (0, 1)),
        notes TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        -- A cache of the checks table: the latest check by time checked.
        last_check_at TEXT,
        last_check_id TEXT,
        last_check_passed INTEGER,
        CHECK ((interval_kind = 'days') = (interval_days IS NOT NULL)),
        CHECK ((lon IS NULL) = (lat IS NULL))
      ) STRICT;
      CREATE UNIQUE INDEX equipment_serial ON equipment(kind, serial) WHERE serial <> '';
      CREATE INDEX equipment_status ON equipment(status, kind);

      CREATE TABLE check_templates (
        kind TEXT NOT NULL,
        version INTEGER NOT NULL,
        items_json TEXT NOT NULL,
        fault_hours INTEGER NOT NULL CHECK (fault_hours BETWEEN 1 AND 8760),
        created_at TEXT NOT NULL,
        author_id TEXT,
        author_name TEXT NOT NULL,
        PRIMARY KEY (kind, version)
      ) STRICT;
      CREATE TRIGGER check_templates_no_update BEFORE UPDATE ON check_templates
        BEGIN SELECT RAISE(ABORT, 'template versions are append-only: save a new version'); END;
      CREATE TRIGGER check_templates_no_delete BEFORE DELETE ON check_templates
        BEGIN SELECT RAISE(ABORT, 'template versions are append-only: save a new version'); END;

      CREATE TABLE checks (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        equipment_id TEXT NOT NULL REFERENCES equipment(id),
        template_kind TEXT NOT NULL,
        template_version INTEGER NOT NULL,
        -- What the check was made against, as it was: labels, bounds, options.
        items_json TEXT NOT NULL,
        -- [{key, value, ok}] in item order.
        results_json TEXT NOT NULL,
        passed INTEGER NOT NULL CHECK (passed IN (0, 1)),
        checked_at TEXT NOT NULL,
        entered_at TEXT NOT NULL,
        checker_id TEXT,
        checker_name TEXT NOT NULL,
        notes TEXT NOT NULL,
        round_id TEXT,
        client_key TEXT UNIQUE,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        FOREIGN KEY (template_kind, template_version) REFERENCES check_templates(kind, version)
      ) STRICT;
      CREATE INDEX checks_equipment ON checks(equipment_id, checked_at);
      CREATE INDEX checks_time ON checks(checked_at);
      CREATE TRIGGER checks_no_update BEFORE UPDATE ON checks
        BEGIN SELECT RAISE(ABORT, 'check results are append-only: record a new check'); END;
      CREATE TRIGGER checks_no_delete BEFORE DELETE ON checks
        BEGIN SELECT RAISE(ABORT, 'check results are append-only: record a new check'); END;

      CREATE TABLE faults (
        id TEXT PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        equipment_id TEXT NOT NULL REFERENCES equipment(id),
        opened_at TEXT NOT NULL,
        opened_by_check_id TEXT REFERENCES checks(id),
        description TEXT NOT NULL,
        reported_to TEXT NOT NULL,
        deadline_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open','in_progress','repaired','closed')),
        repaired_at TEXT,
        closed_at TEXT,
        closing_check_id TEXT REFERENCES checks(id),
        opened_by_id TEXT,
        opened_by_name TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((status = 'closed') = (closed_at IS NOT NULL))
      ) STRICT;
      CREATE INDEX faults_open ON faults(status, deadline_at);
      CREATE INDEX faults_equipment ON faults(equipment_id, opened_at);

      CREATE TABLE fault_actions (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        fault_id TEXT NOT NULL REFERENCES faults(id),
        kind TEXT NOT NULL CHECK (kind IN ('opened','status','note','deadline','reported','recheck_failed','closed')),
        at TEXT NOT NULL,
        data_json TEXT NOT NULL,
        author_id TEXT,
        author_name TEXT NOT NULL,
        client_key TEXT UNIQUE,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      CREATE INDEX fault_actions_fault ON fault_actions(fault_id, seq);
      CREATE TRIGGER fault_actions_no_update BEFORE UPDATE ON fault_actions
        BEGIN SELECT RAISE(ABORT, 'fault actions are append-only'); END;
      CREATE TRIGGER fault_actions_no_delete BEFORE DELETE ON fault_actions
        BEGIN SELECT RAISE(ABORT, 'fault actions are append-only'); END;
    `);
  },
};
