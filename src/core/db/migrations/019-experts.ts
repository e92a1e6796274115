import type { Migration } from './index';

/**
 * The expert panel (专家库) and consultations (研判/会商/现场指导/预案评审/演练评估): who
 * took part, each expert's opinion, the conclusions and what followed. A consultation is
 * a record of what was said and decided: append-only, like the timeline.
 */
export const m019Experts: Migration = {
  version: 19,
  name: 'experts',
  up(db) {
    db.exec(`
      CREATE TABLE experts (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        field TEXT NOT NULL CHECK (field IN ('accident','natural','health','social','general')),
        speciality TEXT NOT NULL,
        title TEXT NOT NULL,
        unit TEXT NOT NULL,
        mobile TEXT NOT NULL,
        office_phone TEXT NOT NULL,
        term_start TEXT,
        term_end TEXT,
        available INTEGER NOT NULL DEFAULT 1 CHECK (available IN (0, 1)),
        availability_note TEXT NOT NULL,
        recusal_notes TEXT NOT NULL,
        notes TEXT NOT NULL,
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (term_start IS NULL OR term_end IS NULL OR term_start <= term_end),
        UNIQUE (name, unit)
      ) STRICT;
      CREATE INDEX experts_field ON experts(field, name);

      CREATE TABLE consultations (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('assessment','consultation','onsite','plan_review','drill_evaluation')),
        subject TEXT NOT NULL CHECK (length(trim(subject)) > 0),
        held_at TEXT NOT NULL,
        place TEXT NOT NULL,
        host TEXT NOT NULL,
        incident_id TEXT REFERENCES incidents(id),
        plan_id TEXT REFERENCES plans(id),
        drill_id TEXT REFERENCES drills(id),
        conclusions TEXT NOT NULL CHECK (length(trim(conclusions)) > 0),
        follow_up TEXT NOT NULL,
        -- The incident's timeline entries that carried out what was decided (批示, 跟踪…).
        follow_entry_ids_json TEXT NOT NULL DEFAULT '[]',
        author_id TEXT,
        author_name TEXT NOT NULL,
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX consultations_incident ON consultations(incident_id, held_at);
      CREATE INDEX consultations_held ON consultations(held_at);

      CREATE TABLE consultation_participants (
        consultation_id TEXT NOT NULL REFERENCES consultations(id),
        position INTEGER NOT NULL,
        expert_id TEXT REFERENCES experts(id),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        unit TEXT NOT NULL,
        title TEXT NOT NULL,
        opinion TEXT NOT NULL,
        PRIMARY KEY (consultation_id, position)
      ) STRICT;

      CREATE TRIGGER consultations_no_update BEFORE UPDATE ON consultations
        BEGIN SELECT RAISE(ABORT, 'consultations are append-only'); END;
      CREATE TRIGGER consultations_no_delete BEFORE DELETE ON consultations
        BEGIN SELECT RAISE(ABORT, 'consultations are append-only'); END;
      CREATE TRIGGER consultation_participants_no_update BEFORE UPDATE ON consultation_participants
        BEGIN SELECT RAISE(ABORT, 'consultations are append-only'); END;
      CREATE TRIGGER consultation_participants_no_delete BEFORE DELETE ON consultation_participants
        BEGIN SELECT RAISE(ABORT, 'consultations are append-only'); END;
    `);
  },
};
