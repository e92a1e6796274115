import type { ConsultationKind, ExpertField } from '../../common/domain/teams';

/** An expert of the panel as `SELECT *` reads it (row-types.test.ts holds it to the schema). */
export interface ExpertRow {
  id: string;
  name: string;
  field: ExpertField;
  speciality: string;
  title: string;
  unit: string;
  mobile: string;
  office_phone: string;
  term_start: string | null;
  term_end: string | null;
  available: 0 | 1;
  availability_note: string;
  recusal_notes: string;
  notes: string;
  archived: 0 | 1;
  created_at: string;
  updated_at: string;
}

export interface ConsultationRow {
  id: string;
  kind: ConsultationKind;
  subject: string;
  held_at: string;
  place: string;
  host: string;
  incident_id: string | null;
  plan_id: string | null;
  drill_id: string | null;
  conclusions: string;
  follow_up: string;
  follow_entry_ids_json: string;
  author_id: string | null;
  author_name: string;
  recorded_at: string;
}

export interface ConsultationParticipantRow {
  consultation_id: string;
  position: number;
  expert_id: string | null;
  name: string;
  unit: string;
  title: string;
  opinion: string;
}

/** Table -> its row type (src/core/db/row-types.test.ts compares each with the migrated schema). */
export interface Tables {
  experts: ExpertRow;
  consultations: ConsultationRow;
  consultation_participants: ConsultationParticipantRow;
}
