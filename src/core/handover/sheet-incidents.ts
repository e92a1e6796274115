import type { HandoverSheet } from '../../common/contract/handover';
import type { ResponseState } from '../../common/contract/response-data';
import type { Grade, IncidentStatus } from '../../common/domain/incidents';
import { stmt } from '../db/sql';
import { ruleVersions } from '../deadlines/repo';
import { finish, foldTimeline, type FoldState, type InstructionState } from '../incidents/projection';
import { foldStateOf, SELECT_INCIDENT } from '../incidents/repo';
import { timelineOf } from '../incidents/service';
import type { DraftFields } from './draft';
import { countBy, type ShiftLog } from './sheet-log';
import type { ReadDb } from '../db/handles';
import type { IncidentWithTown } from '../incidents/rows';

type Sheet = HandoverSheet;

const MAX_INCIDENTS = 300;
const MAX_UNFINISHED = 300;
const MAX_INSTRUCTIONS = 300;

interface IncidentFacts {
  row: IncidentWithTown;
  status: IncidentStatus;
  grade: Grade;
  owed: { kind: 'phone' | 'written' | 'followup'; dueAt: string; overdue: boolean } | null;
  instructions: InstructionState[];
  response: ResponseState | null;
}

/**
 * An incident as the sheet sees it. Live (the shift being handed over now): the stored
 * fold, deadlines as of now. Historical (a past shift, for the demo's signed sheets):
 * the timeline folded up to that moment, so the sheet says what the room knew then.
 */
function factsOf(
  db: ReadDb,
  row: IncidentWithTown,
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
    response: state.response ?? null,
  };
}

function incidentRows(db: ReadDb, ids: string[]): IncidentWithTown[] {
  const out: IncidentWithTown[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    if (chunk.length === 0) continue;
    out.push(
      ...(db
        .prepare(`${SELECT_INCIDENT} WHERE i.id IN (${chunk.map(() => '?').join(',')})`)
        .all(...chunk) as IncidentWithTown[]),
    );
  }
  return out;
}

/** The incident parts of a sheet: what the shift touched, what is still open, leader instructions. */
export function incidentParts(
  db: ReadDb,
  p: {
    start: string;
    upTo: string;
    asOf: Date;
    historical: boolean;
    tz: string;
    log: ShiftLog;
    draft: DraftFields;
  },
): Pick<Sheet, 'incidents' | 'unfinished' | 'unfinishedTotal' | 'instructions' | 'responses'> {
  const { start, upTo, asOf, historical, tz, draft } = p;
  const { items, complete } = p.log;
  // Incidents the shift touched (every entry counted, not only the listed ones): from
  // the listed entries when they are all of them, else from the time index alone.
  const touched = complete
    ? countBy(items.map((e) => e.incidentId))
    : stmt<[string, string], { incident_id: string; n: number }>(
        db,
        `SELECT e.incident_id, count(*) AS n FROM entries e JOIN incidents i ON i.id = e.incident_id
          WHERE e.occurred_at >= ? AND e.occurred_at < ? AND i.drill_id IS NULL GROUP BY e.incident_id`,
      ).all(start, upTo);
  const touchedCount = new Map(touched.map((t) => [t.incident_id, t.n]));
  const touchedRows = incidentRows(
    db,
    touched.map((t) => t.incident_id),
  )
    .sort((a, b) => a.received_at.localeCompare(b.received_at))
    .slice(0, MAX_INCIDENTS);

  // Open incidents: live from the projection; for a past shift, those open then.
  const openRows = historical
    ? stmt<[string, string], IncidentWithTown>(
        db,
        `${SELECT_INCIDENT} WHERE i.received_at <= ? AND (i.closed_at IS NULL OR i.closed_at > ?) AND i.drill_id IS NULL
          ORDER BY i.received_at LIMIT ${MAX_UNFINISHED * 2}`,
      ).all(upTo, upTo)
    : stmt<[], IncidentWithTown>(
        db,
        `${SELECT_INCIDENT} WHERE i.status IN ('pending','active') AND i.drill_id IS NULL
          ORDER BY (i.next_due_at IS NULL), i.next_due_at, i.received_at LIMIT ${MAX_UNFINISHED}`,
      ).all();
  const facts = new Map<string, IncidentFacts>();
  const factOf = (row: IncidentWithTown) => {
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
        `SELECT count(*) AS n FROM incidents WHERE status IN ('pending','active') AND drill_id IS NULL`,
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

  // Leader instructions: still open on open incidents, or given or carried out in the shift.
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

  // 应急响应 in force: what the next shift takes over first. Drill traffic is not in `open`.
  const responses: NonNullable<Sheet['responses']> = open
    .filter((f) => f.response)
    .map((f) => ({
      incidentId: f.row.id,
      number: f.row.number,
      title: f.row.title,
      planName: f.response!.planName,
      level: f.response!.level,
      decidedBy: f.response!.decidedBy,
      document: f.response!.document,
      since: f.response!.since,
      adjustedAt: f.response!.adjustedAt,
    }))
    .sort((a, b) => a.since.localeCompare(b.since));

  return {
    incidents,
    unfinished,
    unfinishedTotal,
    instructions: instructions.slice(0, MAX_INSTRUCTIONS),
    responses,
  };
}
