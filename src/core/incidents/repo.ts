import type { IncidentSummary, Traffic } from '../../common/contract/incidents';
import type { ResponseState } from '../../common/contract/response-data';
import type { Category, Grade, IncidentStatus } from '../../common/domain/incidents';
import { cached } from '../db/cache';
import { stmt } from '../db/sql';
import type { FoldState, Projection } from './projection';
import type { ReadDb, WriteDb } from '../db/handles';
import type { IncidentWithTown } from './rows';

export const SELECT_INCIDENT = `SELECT i.*, t.name AS town_name, d.number AS drill_number FROM incidents i
  LEFT JOIN towns t ON t.code = i.town_code LEFT JOIN drills d ON d.id = i.drill_id`;

/**
 * The SQL condition for a traffic choice (演练 or real work) over incidents aliased `alias`.
 * Real work is the default of every query that feeds statistics, boards and exports.
 */
export function trafficSql(traffic: Traffic | undefined, alias = 'i'): string {
  if (traffic === 'all') return '1';
  return traffic === 'exercise' ? `${alias}.drill_id IS NOT NULL` : `${alias}.drill_id IS NULL`;
}

export function toSummary(r: IncidentWithTown): IncidentSummary {
  return {
    id: r.id,
    number: r.number,
    title: r.title,
    category: r.category,
    subtype: r.subtype,
    grade: r.grade,
    status: r.status,
    townCode: r.town_code,
    townName: r.town_name ?? null,
    address: r.address,
    point: r.lon !== null && r.lat !== null ? [r.lon, r.lat] : null,
    receivedAt: r.received_at,
    occurredAt: r.occurred_at,
    casualties: { dead: r.dead, injured: r.injured, missing: r.missing, trapped: r.trapped },
    losses: r.losses,
    openInstructions: r.open_instructions,
    nextDue: r.next_due_at && r.next_due_kind ? { kind: r.next_due_kind, dueAt: r.next_due_at } : null,
    lastEntryAt: r.last_entry_at,
    closedAt: r.closed_at,
    drill: r.drill_id ? { id: r.drill_id, number: r.drill_number ?? '' } : null,
    response: responseOf(r.state_json),
  };
}

/** The running response from the stored fold; most incidents never had one, so most rows skip the parse. */
function responseOf(stateJson: string): ResponseState | null {
  if (!stateJson.includes('"response":{')) return null;
  return (JSON.parse(stateJson) as { response?: ResponseState | null }).response ?? null;
}

export function incidentRow(db: ReadDb, id: string): IncidentWithTown | undefined {
  return stmt<[string], IncidentWithTown>(db, `${SELECT_INCIDENT} WHERE i.id = ?`).get(id);
}

/** Next number in the local year: 2026-0001, 2026-0002, ... */
export function nextNumber(db: ReadDb, year: number): string {
  const last = stmt<[string], { number: string }>(
    db,
    `SELECT number FROM incidents WHERE number LIKE ? ORDER BY length(number) DESC, number DESC LIMIT 1`,
  ).get(`${year}-%`);
  const n = last ? Number(last.number.split('-')[1]) + 1 : 1;
  return `${year}-${String(n).padStart(4, '0')}`;
}

export function insertIncident(
  db: WriteDb,
  id: string,
  number: string,
  createdAt: string,
  state: FoldState,
  p: Projection,
): void {
  stmt(
    db,
    `INSERT INTO incidents (id, number, created_at, title, category, subtype, grade, status, town_code, address, lon, lat,
       received_at, occurred_at, dead, injured, missing, trapped, losses, open_instructions, next_due_at, next_due_kind, last_entry_at, closed_at)
     VALUES (@id, @number, @created_at, '', '', '', 'unrated', 'pending', NULL, '', NULL, NULL, @created_at, NULL, 0, 0, 0, 0, '', 0, NULL, NULL, @created_at, NULL)`,
  ).run({ id, number, created_at: createdAt });
  saveProjection(db, id, state, p);
}

/** The incident row's columns as the projection of its timeline gives them. */
function projectedColumns(state: FoldState, p: Projection) {
  const i = p.intake;
  return {
    title: p.title,
    category: i.category,
    subtype: i.subtype,
    grade: p.grade,
    status: p.status,
    town_code: i.place.townCode,
    address: i.place.address,
    lon: i.place.point?.[0] ?? null,
    lat: i.place.point?.[1] ?? null,
    received_at: i.receivedAt,
    occurred_at: i.occurredAt,
    dead: p.casualties.dead,
    injured: p.casualties.injured,
    missing: p.casualties.missing,
    trapped: p.casualties.trapped,
    losses: p.losses,
    open_instructions: p.instructions.filter((x) => x.status !== 'done').length,
    next_due_at: p.deadlines.next?.dueAt ?? null,
    next_due_kind: p.deadlines.next?.kind ?? null,
    last_entry_at: p.lastEntryAt,
    closed_at: p.closedAt,
    state_json: JSON.stringify(state),
  } satisfies Partial<IncidentWithTown>;
}

/** An incident row as the write path holds it, with its fold parsed. */
export interface HeldIncident {
  row: IncidentWithTown;
  state: FoldState | null;
}

const HELD_MAX = 500;

/**
 * The incident rows the write path has read or written, folds parsed. An append reads
 * its incident's row and fold and writes them back; the next append to the same
 * incident (the usual case while one is being handled) starts from here instead of
 * reading and parsing the row again. Only insertIncident and saveProjection write
 * incident rows, and they keep this current; a failed write or a restore drops it all
 * (db/cache.ts generations). Towns are only ever added, so a held town name stays true.
 */
function held(db: ReadDb): Map<string, HeldIncident> {
  return cached(db, 'incidents.held', () => new Map<string, HeldIncident>());
}

function hold(db: ReadDb, id: string, h: HeldIncident): void {
  const m = held(db);
  m.delete(id);
  if (m.size >= HELD_MAX) m.delete(m.keys().next().value!);
  m.set(id, h);
}

function townName(db: ReadDb, code: string | null): string | null {
  if (!code) return null;
  return (
    stmt<[string], { name: string }>(db, 'SELECT name FROM towns WHERE code = ?').get(code)?.name ?? null
  );
}

/** The incident's row and fold for a write in progress (on the write connection). */
export function incidentForWrite(db: ReadDb, id: string): HeldIncident | undefined {
  let h = held(db).get(id);
  if (!h) {
    const row = incidentRow(db, id);
    if (!row) return undefined;
    h = { row, state: foldStateOfRow(row) };
    hold(db, id, h);
  }
  return h;
}

/**
 * Writes the projection of the timeline onto the incident row (a cache of the entries)
 * and returns the row as it now stands. Given the row as it stood, only the columns
 * that changed are written: an UPDATE that names an indexed column rewrites that
 * index's entry even when the value is the same, and every page it touches is
 * another page in the commit.
 */
export function saveProjection(
  db: WriteDb,
  id: string,
  state: FoldState,
  p: Projection,
  before?: IncidentWithTown,
): IncidentWithTown | undefined {
  const cols = projectedColumns(state, p);
  const names = (Object.keys(cols) as (keyof typeof cols)[]).filter((k) => !before || before[k] !== cols[k]);
  if (names.length > 0) {
    const values: Record<string, unknown> = { id };
    for (const k of names) values[k] = cols[k];
    stmt(db, `UPDATE incidents SET ${names.map((k) => `${k}=@${k}`).join(', ')} WHERE id=@id`).run(values);
  }
  if (!before) {
    held(db).delete(id);
    return undefined;
  }
  const row: IncidentWithTown = {
    ...before,
    ...cols,
    town_name: names.includes('town_code') ? townName(db, cols.town_code) : before.town_name,
  };
  hold(db, id, { row, state });
  return row;
}

/** The stored fold of an incident row, if it has one. */
export function foldStateOfRow(row: Pick<IncidentWithTown, 'state_json'>): FoldState | null {
  const s = JSON.parse(row.state_json) as Partial<FoldState>;
  return s.intake && typeof s.lastSeq === 'number' ? (s as FoldState) : null;
}

export function foldStateOf(db: ReadDb, id: string): FoldState | null {
  const row = stmt<[string], { state_json: string }>(db, 'SELECT state_json FROM incidents WHERE id = ?').get(
    id,
  );
  return row ? foldStateOfRow(row) : null;
}

export interface ListFilter {
  status?: IncidentStatus[];
  open?: boolean;
  grade?: Grade[];
  category?: Category;
  townCode?: string;
  from?: string;
  to?: string;
  traffic?: Traffic;
}

export function whereIncidents(f: ListFilter, alias = 'i'): { sql: string; params: unknown[] } {
  const w: string[] = [trafficSql(f.traffic, alias)];
  const params: unknown[] = [];
  const statuses = f.open ? ['pending', 'active'] : f.status;
  if (statuses?.length) {
    w.push(`${alias}.status IN (${statuses.map(() => '?').join(',')})`);
    params.push(...statuses);
  }
  if (f.grade?.length) {
    w.push(`${alias}.grade IN (${f.grade.map(() => '?').join(',')})`);
    params.push(...f.grade);
  }
  if (f.category) {
    w.push(`${alias}.category = ?`);
    params.push(f.category);
  }
  if (f.townCode) {
    w.push(`${alias}.town_code = ?`);
    params.push(f.townCode);
  }
  if (f.from) {
    w.push(`${alias}.received_at >= ?`);
    params.push(f.from);
  }
  if (f.to) {
    w.push(`${alias}.received_at < ?`);
    params.push(f.to);
  }
  return { sql: w.join(' AND '), params };
}

const GRADE_ORDER = `CASE i.grade WHEN 'I' THEN 0 WHEN 'II' THEN 1 WHEN 'III' THEN 2 WHEN 'IV' THEN 3 ELSE 4 END`;

export function listIncidents(
  db: ReadDb,
  f: ListFilter,
  sort: 'urgency' | 'gravity' | 'received',
  limit: number,
  offset: number,
): { rows: IncidentWithTown[]; total: number } {
  const { sql, params } = whereIncidents(f);
  const urgency = '(i.next_due_at IS NULL), i.next_due_at';
  const order =
    sort === 'urgency'
      ? `${urgency}, ${GRADE_ORDER}, i.received_at DESC`
      : sort === 'gravity'
        ? `${GRADE_ORDER}, ${urgency}, i.received_at DESC`
        : 'i.received_at DESC, i.id';
  const rows = db
    .prepare(`${SELECT_INCIDENT} WHERE ${sql} ORDER BY ${order} LIMIT ? OFFSET ?`)
    .all(...params, limit, offset) as IncidentWithTown[];
  const total = (
    db.prepare(`SELECT count(*) AS n FROM incidents i WHERE ${sql}`).get(...params) as { n: number }
  ).n;
  return { rows, total };
}
