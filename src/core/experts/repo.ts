import type { ConsultationView, ExpertInput, ExpertView } from '../../common/contract/experts';
import { EXPERT_FIELDS, type ExpertField } from '../../common/domain/teams';
import type { ReadDb, WriteDb } from '../db/handles';
import { stmt } from '../db/sql';
import { words } from '../../common/search-words';
import { summaryOf } from '../incidents/views';
import type { ConsultationParticipantRow, ConsultationRow, ExpertRow } from './rows';

type ExpertWithCount = ExpertRow & { consultations: number };

const SELECT_EXPERT = `SELECT e.*, (SELECT count(*) FROM consultation_participants p WHERE p.expert_id = e.id) AS consultations
  FROM experts e`;
const FIELD_ORDER = `CASE e.field ${EXPERT_FIELDS.map((k, i) => `WHEN '${k}' THEN ${i}`).join(' ')} END`;

export function toExpertView(r: ExpertWithCount): ExpertView {
  return {
    id: r.id,
    name: r.name,
    field: r.field,
    speciality: r.speciality,
    title: r.title,
    unit: r.unit,
    mobile: r.mobile,
    officePhone: r.office_phone,
    termStart: r.term_start,
    termEnd: r.term_end,
    available: r.available === 1,
    availabilityNote: r.availability_note,
    recusalNotes: r.recusal_notes,
    notes: r.notes,
    archived: r.archived === 1,
    consultations: r.consultations,
    updatedAt: r.updated_at,
  };
}

export function expertInputOf(r: ExpertWithCount): ExpertInput {
  const { id: _i, archived: _a, consultations: _c, updatedAt: _u, ...input } = toExpertView(r);
  return input;
}

export function expertRow(db: ReadDb, id: string): ExpertWithCount | undefined {
  return stmt<[string], ExpertWithCount>(db, `${SELECT_EXPERT} WHERE e.id = ?`).get(id);
}

export function expertByNameUnit(db: ReadDb, name: string, unit: string): ExpertWithCount | undefined {
  return stmt<[string, string], ExpertWithCount>(db, `${SELECT_EXPERT} WHERE e.name = ? AND e.unit = ?`).get(
    name,
    unit,
  );
}

export function listExperts(
  db: ReadDb,
  f: { field?: ExpertField; q?: string; includeArchived?: boolean } = {},
): ExpertView[] {
  const rows = stmt<[{ field: string | null; archived: number }], ExpertWithCount>(
    db,
    `${SELECT_EXPERT}
      WHERE (@archived = 1 OR e.archived = 0) AND (@field IS NULL OR e.field = @field)
      ORDER BY e.archived, ${FIELD_ORDER}, e.speciality, e.name`,
  ).all({ field: f.field ?? null, archived: f.includeArchived ? 1 : 0 });
  const ws = words(f.q);
  const hit = (r: ExpertRow) => {
    const hay = `${r.name} ${r.speciality} ${r.title} ${r.unit} ${r.mobile} ${r.office_phone}`.toLowerCase();
    return ws.every((w) => hay.includes(w));
  };
  return (ws.length ? rows.filter(hit) : rows).map(toExpertView);
}

function columns(e: ExpertInput) {
  return {
    name: e.name.trim(),
    field: e.field,
    speciality: e.speciality.trim(),
    title: e.title.trim(),
    unit: e.unit.trim(),
    mobile: e.mobile.trim(),
    office_phone: e.officePhone.trim(),
    term_start: e.termStart,
    term_end: e.termEnd,
    available: e.available ? 1 : 0,
    availability_note: e.availabilityNote.trim(),
    recusal_notes: e.recusalNotes,
    notes: e.notes,
  };
}

export function insertExpert(db: WriteDb, id: string, e: ExpertInput, at: string): void {
  stmt(
    db,
    `INSERT INTO experts (id, name, field, speciality, title, unit, mobile, office_phone, term_start, term_end, available, availability_note, recusal_notes, notes, created_at, updated_at)
     VALUES (@id, @name, @field, @speciality, @title, @unit, @mobile, @office_phone, @term_start, @term_end, @available, @availability_note, @recusal_notes, @notes, @at, @at)`,
  ).run({ id, at, ...columns(e) });
}

export function updateExpert(db: WriteDb, id: string, e: ExpertInput, at: string): void {
  stmt(
    db,
    `UPDATE experts SET name = @name, field = @field, speciality = @speciality, title = @title, unit = @unit, mobile = @mobile,
       office_phone = @office_phone, term_start = @term_start, term_end = @term_end, available = @available,
       availability_note = @availability_note, recusal_notes = @recusal_notes, notes = @notes, updated_at = @at
     WHERE id = @id`,
  ).run({ id, at, ...columns(e) });
}

export function setExpertArchived(db: WriteDb, id: string, archived: boolean, at: string): void {
  stmt(db, 'UPDATE experts SET archived = ?, updated_at = ? WHERE id = ?').run(archived ? 1 : 0, at, id);
}

// ---------------------------------------------------------------- consultations

type ConsultationWithLinks = ConsultationRow & {
  incident_number: string | null;
  incident_title: string | null;
  plan_name: string | null;
  drill_number: string | null;
};

const SELECT_CONSULTATION = `SELECT c.*, i.number AS incident_number, i.title AS incident_title, p.name AS plan_name, d.number AS drill_number
  FROM consultations c
  LEFT JOIN incidents i ON i.id = c.incident_id
  LEFT JOIN plans p ON p.id = c.plan_id
  LEFT JOIN drills d ON d.id = c.drill_id`;

function toConsultationView(db: ReadDb, r: ConsultationWithLinks): ConsultationView {
  const participants = stmt<[string], ConsultationParticipantRow>(
    db,
    'SELECT * FROM consultation_participants WHERE consultation_id = ? ORDER BY position',
  ).all(r.id);
  const entryIds = JSON.parse(r.follow_entry_ids_json) as string[];
  const followEntries = entryIds.flatMap((eid) => {
    const e = stmt<[string], { id: string; kind: string; occurred_at: string; data_json: string }>(
      db,
      'SELECT id, kind, occurred_at, data_json FROM entries WHERE id = ?',
    ).get(eid);
    return e
      ? [
          {
            id: e.id,
            kind: e.kind,
            occurredAt: e.occurred_at,
            summary: summaryOf(e.kind, JSON.parse(e.data_json) as Record<string, unknown>),
          },
        ]
      : [];
  });
  return {
    id: r.id,
    kind: r.kind,
    subject: r.subject,
    heldAt: r.held_at,
    place: r.place,
    host: r.host,
    incident: r.incident_id
      ? { id: r.incident_id, number: r.incident_number ?? '', title: r.incident_title ?? '' }
      : null,
    plan: r.plan_id ? { id: r.plan_id, name: r.plan_name ?? '' } : null,
    drill: r.drill_id ? { id: r.drill_id, number: r.drill_number ?? '' } : null,
    participants: participants.map((p) => ({
      expertId: p.expert_id,
      name: p.name,
      unit: p.unit,
      title: p.title,
      opinion: p.opinion,
    })),
    conclusions: r.conclusions,
    followUp: r.follow_up,
    followEntries,
    recordedBy: r.author_name,
    recordedAt: r.recorded_at,
  };
}

export function consultationView(db: ReadDb, id: string): ConsultationView | undefined {
  const r = stmt<[string], ConsultationWithLinks>(db, `${SELECT_CONSULTATION} WHERE c.id = ?`).get(id);
  return r ? toConsultationView(db, r) : undefined;
}

export function listConsultations(
  db: ReadDb,
  f: { incidentId?: string; limit?: number },
): ConsultationView[] {
  return stmt<[{ incident: string | null; limit: number }], ConsultationWithLinks>(
    db,
    `${SELECT_CONSULTATION} WHERE (@incident IS NULL OR c.incident_id = @incident)
      ORDER BY c.held_at DESC, c.recorded_at DESC LIMIT @limit`,
  )
    .all({ incident: f.incidentId ?? null, limit: f.limit ?? 200 })
    .map((r) => toConsultationView(db, r));
}

export function insertConsultation(
  db: WriteDb,
  r: ConsultationRow,
  participants: ConsultationParticipantRow[],
): void {
  stmt(
    db,
    `INSERT INTO consultations (id, kind, subject, held_at, place, host, incident_id, plan_id, drill_id, conclusions, follow_up, follow_entry_ids_json, author_id, author_name, recorded_at)
     VALUES (@id, @kind, @subject, @held_at, @place, @host, @incident_id, @plan_id, @drill_id, @conclusions, @follow_up, @follow_entry_ids_json, @author_id, @author_name, @recorded_at)`,
  ).run(r);
  for (const p of participants)
    stmt(
      db,
      `INSERT INTO consultation_participants (consultation_id, position, expert_id, name, unit, title, opinion)
       VALUES (@consultation_id, @position, @expert_id, @name, @unit, @title, @opinion)`,
    ).run(p);
}
