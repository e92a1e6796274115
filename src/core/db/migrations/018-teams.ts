import type { Migration } from './index';

/**
 * Rescue teams (救援队伍): the register with its members and their certificates, each
 * 查岗 of a team's duty phone (append-only), and dispatches (调派): the current state of
 * each team sent to an incident. Every state change of a dispatch is also an entry of
 * the incident's timeline (kind `dispatch`, append-only and hash-chained); this table is
 * the projection the "who is where" panels read.
 */
export const m018Teams: Migration = {
  version: 18,
  name: 'teams',
  up(db) {
    db.exec(`
      CREATE TABLE teams (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
        kind TEXT NOT NULL CHECK (kind IN ('fire_rescue','mine','hazmat','flood','forest_fire','medical','power','telecom','geohazard','professional_other','enterprise_full','enterprise_part','social','red_cross')),
        specialities TEXT NOT NULL,
        leader TEXT NOT NULL,
        leader_phone TEXT NOT NULL,
        duty_phone TEXT NOT NULL CHECK (length(duty_phone) > 0),
        headcount INTEGER NOT NULL CHECK (headcount >= 0),
        equipment TEXT NOT NULL,
        base_address TEXT NOT NULL,
        lon REAL,
        lat REAL,
        town_code TEXT,
        assembly_minutes INTEGER NOT NULL CHECK (assembly_minutes BETWEEN 1 AND 1440),
        notes TEXT NOT NULL,
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((lon IS NULL) = (lat IS NULL))
      ) STRICT;
      CREATE INDEX teams_kind ON teams(kind, name);

      CREATE TABLE team_members (
        id TEXT PRIMARY KEY,
        team_id TEXT NOT NULL REFERENCES teams(id),
        position INTEGER NOT NULL,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        role TEXT NOT NULL,
        phone TEXT NOT NULL,
        certificate TEXT NOT NULL,
        cert_expires_on TEXT
      ) STRICT;
      CREATE INDEX team_members_team ON team_members(team_id, position);
      CREATE INDEX team_members_expiry ON team_members(cert_expires_on) WHERE cert_expires_on IS NOT NULL;

      CREATE TABLE team_spot_checks (
        id TEXT PRIMARY KEY,
        team_id TEXT NOT NULL REFERENCES teams(id),
        called_at TEXT NOT NULL,
        answered INTEGER NOT NULL CHECK (answered IN (0, 1)),
        answer_seconds INTEGER CHECK (answer_seconds IS NULL OR answer_seconds >= 0),
        answered_by TEXT NOT NULL,
        notes TEXT NOT NULL,
        author_id TEXT,
        author_name TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX team_spot_checks_team ON team_spot_checks(team_id, called_at);
      CREATE TRIGGER team_spot_checks_no_update BEFORE UPDATE ON team_spot_checks
        BEGIN SELECT RAISE(ABORT, 'team spot checks are append-only'); END;
      CREATE TRIGGER team_spot_checks_no_delete BEFORE DELETE ON team_spot_checks
        BEGIN SELECT RAISE(ABORT, 'team spot checks are append-only'); END;

      CREATE TABLE dispatches (
        id TEXT PRIMARY KEY,
        team_id TEXT NOT NULL REFERENCES teams(id),
        incident_id TEXT NOT NULL REFERENCES incidents(id),
        drill_id TEXT,
        state TEXT NOT NULL CHECK (state IN ('dispatched','accepted','departed','arrived','withdrawn','returned')),
        -- The team's 集结时限 when it was sent: arrival is measured against what was promised then.
        target_minutes INTEGER NOT NULL,
        headcount INTEGER NOT NULL CHECK (headcount >= 0),
        dispatched_at TEXT NOT NULL,
        accepted_at TEXT,
        departed_at TEXT,
        arrived_at TEXT,
        withdrawn_at TEXT,
        returned_at TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX dispatches_incident ON dispatches(incident_id, dispatched_at);
      CREATE INDEX dispatches_team ON dispatches(team_id, dispatched_at);
      -- One live dispatch per team: a team out on one incident is busy for every other.
      CREATE UNIQUE INDEX dispatches_active_team ON dispatches(team_id) WHERE state <> 'returned';
    `);
  },
};
