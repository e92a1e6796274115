import type { Contact, Person, RosterChange, RosterShift } from '../../common/contract/roster';
import type { Shift } from '../../common/shifts';
import { stmt } from '../db/sql';
import type { ReadDb, WriteDb } from '../db/handles';
import type { ContactRow, RosterChangeRow, RosterShiftRow } from './rows';

/** Who is on a shift, by person id (an operator `op_…` or a contact `ct_…`). */
export interface Crew {
  leader: string | null;
  chief: string | null;
  officers: string[];
}
export const EMPTY_CREW: Crew = { leader: null, chief: null, officers: [] };

export const toContact = (r: ContactRow): Contact => ({
  id: r.id,
  name: r.name,
  phone: r.phone,
  unit: r.unit,
  post: r.post,
  role: r.role,
  active: r.active === 1,
  createdAt: r.created_at,
});

export function contactRow(db: ReadDb, id: string): ContactRow | undefined {
  return stmt<[string], ContactRow>(db, 'SELECT * FROM roster_contacts WHERE id = ?').get(id);
}

export function listContacts(db: ReadDb, includeInactive: boolean): Contact[] {
  return stmt<[], ContactRow>(
    db,
    `SELECT * FROM roster_contacts ${includeInactive ? '' : 'WHERE active = 1'}
       ORDER BY CASE role WHEN 'leader' THEN 0 WHEN 'shift_chief' THEN 1 ELSE 2 END, created_at, rowid`,
  )
    .all()
    .map(toContact);
}

/** Everyone who is or was on a roster: operators and contacts, inactive ones included. */
export function peopleIndex(db: ReadDb): Map<string, Person> {
  const m = new Map<string, Person>();
  const ops = stmt<[], { id: string; name: string; phone: string; role: Person['role']; active: number }>(
    db,
    `SELECT id, name, phone, role, active FROM operators
       ORDER BY CASE role WHEN 'leader' THEN 0 WHEN 'shift_chief' THEN 1 WHEN 'duty_officer' THEN 2 ELSE 3 END, created_at, rowid`,
  ).all();
  for (const o of ops)
    m.set(o.id, {
      id: o.id,
      name: o.name,
      phone: o.phone,
      kind: 'operator',
      role: o.role,
      title: '',
      active: o.active === 1,
    });
  for (const c of listContacts(db, true))
    m.set(c.id, {
      id: c.id,
      name: c.name,
      phone: c.phone,
      kind: 'contact',
      role: c.role,
      title: [c.unit, c.post].filter(Boolean).join(' '),
      active: c.active,
    });
  return m;
}

const crewOf = (r: RosterShiftRow | undefined): Crew =>
  r
    ? { leader: r.leader_id, chief: r.chief_id, officers: JSON.parse(r.officers_json) as string[] }
    : { ...EMPTY_CREW };

export function crewAt(db: ReadDb, key: string): Crew {
  return crewOf(
    stmt<[string], RosterShiftRow>(db, 'SELECT * FROM roster_shifts WHERE shift_key = ?').get(key),
  );
}

/** Crews of the duty dates from..to (inclusive), by shift key. */
export function crewsBetween(db: ReadDb, fromDate: string, toDate: string): Map<string, Crew> {
  const rows = stmt<[string, string], RosterShiftRow>(
    db,
    'SELECT * FROM roster_shifts WHERE duty_date >= ? AND duty_date <= ?',
  ).all(fromDate, toDate);
  return new Map(rows.map((r) => [r.shift_key, crewOf(r)]));
}

export function saveCrew(db: WriteDb, s: Shift, crew: Crew, at: string, by: string | null): void {
  stmt(
    db,
    `INSERT INTO roster_shifts (shift_key, duty_date, slot, leader_id, chief_id, officers_json, updated_at, updated_by)
     VALUES (@key, @date, @slot, @leader, @chief, @officers, @at, @by)
     ON CONFLICT(shift_key) DO UPDATE SET leader_id = excluded.leader_id, chief_id = excluded.chief_id,
       officers_json = excluded.officers_json, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run({
    key: s.key,
    date: s.date,
    slot: s.slot,
    leader: crew.leader,
    chief: crew.chief,
    officers: JSON.stringify(crew.officers),
    at,
    by,
  });
}

export interface NamedCrew {
  leader: string;
  chief: string;
  officers: string[];
}

export function namesOf(people: Map<string, Person>, c: Crew): NamedCrew {
  const n = (id: string | null) => (id ? (people.get(id)?.name ?? id) : '');
  return { leader: n(c.leader), chief: n(c.chief), officers: c.officers.map(n) };
}

export function insertChange(
  db: WriteDb,
  c: {
    at: string;
    shiftKey: string;
    kind: RosterChange['kind'];
    before: NamedCrew;
    after: NamedCrew;
    reason: string;
    authorId: string | null;
    authorName: string;
  },
): void {
  stmt(
    db,
    `INSERT INTO roster_changes (at, shift_key, kind, before_json, after_json, reason, author_id, author_name)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    c.at,
    c.shiftKey,
    c.kind,
    JSON.stringify(c.before),
    JSON.stringify(c.after),
    c.reason,
    c.authorId,
    c.authorName,
  );
}

/** Changes of the shifts whose keys start with the month (YYYY-MM), newest first. */
export function changesOfMonth(db: ReadDb, month: string, limit = 500): RosterChange[] {
  return stmt<[string, string, number], RosterChangeRow>(
    db,
    `SELECT * FROM roster_changes WHERE shift_key >= ? AND shift_key < ? ORDER BY seq DESC LIMIT ?`,
  )
    .all(`${month}-01`, `${month}-99`, limit)
    .map((r) => ({
      seq: r.seq,
      at: r.at,
      shiftKey: r.shift_key,
      kind: r.kind,
      before: JSON.parse(r.before_json) as NamedCrew,
      after: JSON.parse(r.after_json) as NamedCrew,
      reason: r.reason,
      authorName: r.author_name,
    }));
}

/** How many replacements and swaps each shift of the date range has had. */
export function replacementCounts(db: ReadDb, fromDate: string, toDate: string): Map<string, number> {
  const rows = stmt<[string, string], { shift_key: string; n: number }>(
    db,
    `SELECT shift_key, count(*) AS n FROM roster_changes
      WHERE shift_key >= ? AND shift_key < ? AND kind IN ('replace','swap') GROUP BY shift_key`,
  ).all(fromDate, `${toDate}-z`);
  return new Map(rows.map((r) => [r.shift_key, r.n]));
}

export function toRosterShift(
  s: Shift,
  crew: Crew,
  people: Map<string, Person>,
  replacements: number,
): RosterShift {
  const p = (id: string | null) => (id ? (people.get(id) ?? null) : null);
  return {
    key: s.key,
    date: s.date,
    slot: s.slot,
    start: s.start,
    end: s.end,
    leader: p(crew.leader),
    chief: p(crew.chief),
    officers: crew.officers.map((id) => people.get(id)).filter((x): x is Person => x !== undefined),
    replacements,
  };
}
