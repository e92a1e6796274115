import type Database from 'better-sqlite3';
import type { Blocking, HandoverSheet } from '../../common/contract/handover';
import type { Person } from '../../common/contract/roster';
import type { EquipmentKind, EquipmentStatus, FaultStatus } from '../../common/domain/equipment';
import type { Grade, IncidentStatus } from '../../common/domain/incidents';
import { label } from '../../common/i18n/domain-labels';
import type { Locale } from '../../common/domain/roles';
import { nextShift, patternOn, type Shift } from '../../common/shifts';
import { stmt } from '../db/sql';
import { ruleVersions } from '../deadlines/repo';
import { finish, foldTimeline, type FoldState, type InstructionState } from '../incidents/projection';
import { foldStateOf, SELECT_INCIDENT, type IncidentRow } from '../incidents/repo';
import { timelineOf } from '../incidents/service';
import { SELECT_LOG, toLogItems, type LogRow } from '../logs/query';
import { crewAt, peopleIndex, type Crew } from '../roster/repo';
import { listViews } from '../equipment/repo';
import { readSettings } from '../settings/repo';
import { patternVersions } from '../shifts/repo';

/** What the outgoing chief writes on the sheet before it is frozen. */
export interface DraftFields {
  notes: string;
  explanations: Record<string, string>;
  received: Record<string, boolean>;
}
export const EMPTY_DRAFT: DraftFields = { notes: '', explanations: {}, received: {} };

// Bounded lists: a shift of a busy day has a few hundred entries; the sheet must stay
// fast to assemble however long the log grows (the time-range index does the rest).
export const MAX_ENTRIES = 500;
const MAX_INCIDENTS = 300;
const MAX_UNFINISHED = 300;
const MAX_INSTRUCTIONS = 300;
const MAX_CHECKS = 300;
const MAX_SPOT_CHECKS = 200;

type Sheet = HandoverSheet;

const personOf = (people: Map<string, Person>, id: string | null) => {
  if (!id) return null;
  const p = people.get(id);
  return p ? { id: p.id, name: p.name, phone: p.phone } : { id, name: id, phone: '' };
};
const crewView = (people: Map<string, Person>, c: Crew) => ({
  leader: personOf(people, c.leader),
  chief: personOf(people, c.chief),
  officers: c.officers.map((id) => personOf(people, id)!),
});

interface IncidentFacts {
  row: IncidentRow;
  status: IncidentStatus;
  grade: Grade;
  owed: { kind: 'phone' | 'written' | 'followup'; dueAt: string; overdue: boolean } | null;
  instructions: InstructionState[];
}

/**
 * An incident as the sheet sees it. Live (the shift being handed over now): the stored
 * fold, deadlines as of now. Historical (a past shift, for the demo's signed sheets):
 * the timeline folded up to that moment, so the sheet says what the room knew then.
 */
function factsOf(
  db: Database.Database,
  row: IncidentRow,
  asOf: Date,
  historical: boolean,
  tz: string,
): IncidentFacts | null {
  let state: FoldState | null = historical ? null : foldStateOf(db, row.id);
  if (!state) {
    const upTo = asOf.toISOString();
    const timeline = timelineOf(db, row.id).filter((e) => e.enteredAt <= upTo && e.occurredAt <= upTo);
    if (!timeline.some((e) => e.kind === 'intake')) return null;
    state = foldTimeline(timeline);
  }
  const p = finish(state, ruleVersions(db), tz, asOf);
  const next = p.deadlines.next;
  return {
    row,
    status: p.status,
    grade: p.grade,
    owed: next ? { kind: next.kind, dueAt: next.dueAt, overdue: next.dueAt <= asOf.toISOString() } : null,
    instructions: p.instructions,
  };
}

function incidentRows(db: Database.Database, ids: string[]): IncidentRow[] {
  const out: IncidentRow[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    if (chunk.length === 0) continue;
    out.push(
      ...(db
        .prepare(`${SELECT_INCIDENT} WHERE i.id IN (${chunk.map(() => '?').join(',')})`)
        .all(...chunk) as IncidentRow[]),
    );
  }
  return out;
}

/**
 * Assembles the handover sheet of a shift from the record: the duty log of the shift
 * (by the entries' time index), the incidents it touched, what is still open and owed,
 * leader instructions, equipment, items handed over, spot checks, and the draft's notes.
 */
export function assembleSheet(
  db: Database.Database,
  shift: Shift,
  asOf: Date,
  draft: DraftFields,
  opts: { historical?: boolean } = {},
): Sheet {
  const historical = opts.historical ?? false;
  const settings = readSettings(db);
  const tz = settings.timeZone;
  const versions = patternVersions(db);
  const people = peopleIndex(db);
  const next = nextShift(versions, tz, shift);
  const asOfIso = asOf.toISOString();
  const { start, end } = shift;
  // Entries of the shift so far: for a past shift its whole period, for the current one up to now.
  const upTo = historical && asOfIso < end ? asOfIso : end;

  // 1. The duty log of the shift, in time order.
  const total = stmt<[string, string], { n: number }>(
    db,
    'SELECT count(*) AS n FROM entries WHERE occurred_at >= ? AND occurred_at < ?',
  ).get(start, upTo)!.n;
  const logRows = stmt<[string, string, number], LogRow>(
    db,
    `${SELECT_LOG} WHERE e.occurred_at >= ? AND e.occurred_at < ? ORDER BY e.occurred_at, e.seq LIMIT ?`,
  ).all(start, upTo, MAX_ENTRIES);
  const items = toLogItems(db, logRows);
  const entries: Sheet['entries']['items'] = items.map((e) => ({
    id: e.id,
    at: e.occurredAt,
    kind: e.kind,
    stage: e.kind === 'report' && typeof e.data.stage === 'string' ? e.data.stage : null,
    summary: e.summary,
    authorName: e.authorName,
    incidentId: e.incidentId,
    incidentNumber: e.incidentNumber,
    corrected: e.corrections.length > 0,
  }));

  // 2. Incidents the shift touched (every entry counted, not only the listed ones): from
  // the listed entries when they are all of them, else from the time index alone.
  const complete = items.length === total;
  const touched = complete
    ? countBy(items.map((e) => e.incidentId))
    : stmt<[string, string], { incident_id: string; n: number }>(
        db,
        `SELECT incident_id, count(*) AS n FROM entries
          WHERE occurred_at >= ? AND occurred_at < ? AND incident_id IS NOT NULL GROUP BY incident_id`,
      ).all(start, upTo);
  const touchedCount = new Map(touched.map((t) => [t.incident_id, t.n]));
  const touchedRows = incidentRows(
    db,
    touched.map((t) => t.incident_id),
  )
    .sort((a, b) => a.received_at.localeCompare(b.received_at))
    .slice(0, MAX_INCIDENTS);

  // 3. Open incidents: live from the projection; for a past shift, those open then.
  const openRows = historical
    ? stmt<[string, string], IncidentRow>(
        db,
        `${SELECT_INCIDENT} WHERE i.received_at <= ? AND (i.closed_at IS NULL OR i.closed_at > ?)
          ORDER BY i.received_at LIMIT ${MAX_UNFINISHED * 2}`,
      ).all(upTo, upTo)
    : stmt<[], IncidentRow>(
        db,
        `${SELECT_INCIDENT} WHERE i.status IN ('pending','active')
          ORDER BY (i.next_due_at IS NULL), i.next_due_at, i.received_at LIMIT ${MAX_UNFINISHED}`,
      ).all();
  const facts = new Map<string, IncidentFacts>();
  const factOf = (row: IncidentRow) => {
    let f = facts.get(row.id);
    if (f === undefined) {
      const got = factsOf(db, row, historical ? new Date(upTo) : asOf, historical, tz);
      if (!got) return null;
      f = got;
      facts.set(row.id, f);
    }
    return f;
  };
  const open = openRows
    .map(factOf)
    .filter((f): f is IncidentFacts => f !== null && (f.status === 'pending' || f.status === 'active'))
    .sort(
      (a, b) =>
        Number(a.owed === null) - Number(b.owed === null) ||
        (a.owed?.dueAt ?? '').localeCompare(b.owed?.dueAt ?? '') ||
        a.row.received_at.localeCompare(b.row.received_at),
    );
  const unfinishedTotal = historical
    ? open.length
    : stmt<[], { n: number }>(
        db,
        `SELECT count(*) AS n FROM incidents WHERE status IN ('pending','active')`,
      ).get()!.n;
  const unfinished: Sheet['unfinished'] = open.slice(0, MAX_UNFINISHED).map((f) => ({
    key: `report:${f.row.id}`,
    incidentId: f.row.id,
    number: f.row.number,
    title: f.row.title,
    grade: f.grade,
    status: f.status,
    receivedAt: f.row.received_at,
    owed: f.owed,
    openInstructions: f.instructions.filter((i) => i.status !== 'done').length,
    explanation: f.owed?.overdue ? (draft.explanations[`report:${f.row.id}`] ?? '').trim() : '',
  }));

  const incidents: Sheet['incidents'] = touchedRows.map((row) => {
    const f = factOf(row);
    return {
      id: row.id,
      number: row.number,
      title: row.title,
      grade: f?.grade ?? row.grade,
      status: f?.status ?? row.status,
      receivedAt: row.received_at,
      entriesInShift: touchedCount.get(row.id) ?? 0,
      newInShift: row.received_at >= start && row.received_at < upTo,
    };
  });

  // 4. Leader instructions: still open on open incidents, or given or carried out in the shift.
  const doneInShift = new Set(
    items.filter((e) => e.kind === 'instruction_done').map((e) => String(e.data.instructionId)),
  );
  const instructions: Sheet['instructions'] = [];
  const seen = new Set<string>();
  for (const f of [
    ...open,
    ...touchedRows.map((r) => facts.get(r.id)).filter((x): x is IncidentFacts => !!x),
  ]) {
    const isOpen = f.status === 'pending' || f.status === 'active';
    for (const i of f.instructions) {
      if (seen.has(i.entryId)) continue;
      const inShift = i.at >= start && i.at < upTo;
      if ((isOpen && i.status !== 'done') || inShift || doneInShift.has(i.entryId)) {
        seen.add(i.entryId);
        instructions.push({
          entryId: i.entryId,
          incidentId: f.row.id,
          number: f.row.number,
          title: f.row.title,
          leader: i.leader,
          content: i.content,
          at: i.at,
          status: i.status,
          result: i.result,
        });
      }
    }
  }
  instructions.sort((a, b) => a.at.localeCompare(b.at));

  // 5. Equipment: the register's state, checks done in the shift, faults still open.
  const equipment = equipmentPart(db, start, upTo, historical ? new Date(upTo) : asOf, draft);

  // 6. Items handed over, each ticked as received (or explained).
  const itemRows = stmt<
    [],
    {
      id: string;
      name: string;
      kind: EquipmentKind;
      serial: string;
      status: EquipmentStatus;
      location: string;
    }
  >(
    db,
    `SELECT id, name, kind, serial, status, location FROM equipment
      WHERE handover = 1 AND status <> 'retired' ORDER BY kind, name, id`,
  ).all();
  const handed: Sheet['items'] = itemRows.map((r) => {
    const received = draft.received[r.id] === true;
    return {
      key: `item:${r.id}`,
      equipmentId: r.id,
      name: r.name,
      kind: r.kind,
      serial: r.serial,
      status: r.status,
      location: r.location,
      received,
      explanation: received ? '' : (draft.explanations[`item:${r.id}`] ?? '').trim(),
    };
  });

  // 7. Spot checks (查岗) of the shift.
  const spotItems = complete
    ? items.filter((e) => e.kind === 'spot_check').slice(0, MAX_SPOT_CHECKS)
    : toLogItems(
        db,
        stmt<[string, string, number], LogRow>(
          db,
          // The subquery reads the time index alone; only the spot checks' rows are fetched.
          `${SELECT_LOG} WHERE e.seq IN (SELECT seq FROM entries WHERE occurred_at >= ? AND occurred_at < ? AND kind = 'spot_check')
            ORDER BY e.occurred_at LIMIT ?`,
        ).all(start, upTo, MAX_SPOT_CHECKS),
      );
  const spotChecks: Sheet['spotChecks'] = spotItems.map((e) => ({
    id: e.id,
    at: e.occurredAt,
    callerUnit: String(e.data.callerUnit ?? ''),
    callerName: String(e.data.callerName ?? ''),
    answeredBy: String(e.data.answeredBy ?? ''),
    answerSeconds: Number(e.data.answerSeconds ?? 0),
    result: String(e.data.result ?? ''),
  }));

  return {
    format: 1,
    bureauName: settings.bureauName,
    countyName: settings.countyName,
    timeZone: tz,
    shift: { ...shift, kind: patternOn(versions, shift.date).kind },
    generatedAt: asOfIso,
    outgoing: crewView(people, crewAt(db, shift.key)),
    incoming: { ...crewView(people, crewAt(db, next.key)), shift: next },
    entries: { items: entries, total },
    incidents,
    unfinished,
    unfinishedTotal,
    instructions: instructions.slice(0, MAX_INSTRUCTIONS),
    equipment,
    items: handed,
    spotChecks,
    notes: draft.notes,
  };
}

function countBy(ids: (string | null)[]): { incident_id: string; n: number }[] {
  const m = new Map<string, number>();
  for (const id of ids) if (id) m.set(id, (m.get(id) ?? 0) + 1);
  return [...m].map(([incident_id, n]) => ({ incident_id, n }));
}

interface FaultLite {
  id: string;
  number: string;
  equipment_name: string;
  description: string;
  opened_at: string;
  deadline_at: string;
  status: FaultStatus;
  repaired_at: string | null;
  closed_at: string | null;
}

function equipmentPart(
  db: Database.Database,
  start: string,
  upTo: string,
  asOf: Date,
  draft: DraftFields,
): Sheet['equipment'] {
  const asOfIso = asOf.toISOString();
  const checksTotal = stmt<[string, string], { n: number }>(
    db,
    'SELECT count(*) AS n FROM checks WHERE checked_at >= ? AND checked_at < ?',
  ).get(start, upTo)!.n;
  const checks = stmt<
    [string, string, number],
    {
      id: string;
      equipment_name: string;
      equipment_kind: EquipmentKind;
      checked_at: string;
      passed: number;
      checker_name: string;
      notes: string;
    }
  >(
    db,
    `SELECT c.id, e.name AS equipment_name, e.kind AS equipment_kind, c.checked_at, c.passed, c.checker_name, c.notes
       FROM checks c JOIN equipment e ON e.id = c.equipment_id
      WHERE c.checked_at >= ? AND c.checked_at < ? ORDER BY c.checked_at LIMIT ?`,
  )
    .all(start, upTo, MAX_CHECKS)
    .map((c) => ({
      id: c.id,
      equipmentName: c.equipment_name,
      kind: c.equipment_kind,
      checkedAt: c.checked_at,
      passed: c.passed === 1,
      checkerName: c.checker_name,
      notes: c.notes,
    }));
  // Faults open at that moment (for the current shift: open now).
  const faults = stmt<[string, string], FaultLite>(
    db,
    `SELECT f.id, f.number, e.name AS equipment_name, f.description, f.opened_at, f.deadline_at, f.status, f.repaired_at, f.closed_at
       FROM faults f JOIN equipment e ON e.id = f.equipment_id
      WHERE f.opened_at <= ? AND (f.closed_at IS NULL OR f.closed_at > ?)
      ORDER BY f.deadline_at LIMIT 200`,
  )
    .all(asOfIso, asOfIso)
    .map((f) => {
      const overdue = f.deadline_at <= asOfIso;
      const status: FaultStatus =
        f.closed_at === null
          ? f.status
          : f.repaired_at && f.repaired_at <= asOfIso
            ? 'repaired'
            : 'in_progress';
      return {
        key: `fault:${f.id}`,
        id: f.id,
        number: f.number,
        equipmentName: f.equipment_name,
        description: f.description,
        openedAt: f.opened_at,
        deadlineAt: f.deadline_at,
        status,
        overdue,
        explanation: overdue ? (draft.explanations[`fault:${f.id}`] ?? '').trim() : '',
      };
    });
  const reg = stmt<[], { id: string; name: string; kind: EquipmentKind; status: EquipmentStatus }>(
    db,
    `SELECT id, name, kind, status FROM equipment WHERE status <> 'retired' ORDER BY kind, name`,
  ).all();
  const overdueIds = overdueEquipment(db, asOf);
  return {
    total: reg.length,
    due: overdueIds.due,
    overdue: reg
      .filter((e) => overdueIds.overdue.has(e.id))
      .map((e) => ({ id: e.id, name: e.name, kind: e.kind })),
    checks,
    checksTotal,
    faults,
  };
}

/** Equipment due and overdue for checks, as the equipment register computes it. */
function overdueEquipment(db: Database.Database, asOf: Date): { due: number; overdue: Set<string> } {
  const views = listViews(db, asOf);
  return {
    due: views.filter((v) => v.due.state === 'due').length,
    overdue: new Set(views.filter((v) => v.due.state === 'overdue').map((v) => v.id)),
  };
}

/** What must be explained before the outgoing chief can sign. */
export function blockingOf(sheet: Sheet, locale: Locale): Blocking[] {
  const out: Blocking[] = [];
  for (const u of sheet.unfinished) {
    if (!u.owed?.overdue) continue;
    out.push({
      key: u.key,
      kind: 'overdue_report',
      label: `${u.number} ${u.title}：${label(locale, `deadline.${u.owed.kind}`)}`,
      explained: u.explanation !== '',
    });
  }
  for (const i of sheet.items) {
    if (i.received) continue;
    out.push({ key: i.key, kind: 'unticked_item', label: i.name, explained: i.explanation !== '' });
  }
  for (const f of sheet.equipment.faults) {
    if (!f.overdue) continue;
    out.push({
      key: f.key,
      kind: 'overdue_fault',
      label: `${f.number} ${f.equipmentName}：${f.description}`,
      explained: f.explanation !== '',
    });
  }
  return out;
}
