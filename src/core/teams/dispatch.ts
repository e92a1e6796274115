import type { DispatchData, DispatchView } from '../../common/contract/dispatches';
import type { dispatchMethods } from '../../common/contract/dispatches';
import type { ParsedInputOf } from '../../common/contract';
import {
  DISPATCH_STATES,
  arrivalMinutes,
  nextDispatchState,
  type DispatchState,
  type TeamKind,
} from '../../common/domain/teams';
import { newId } from '../auth/secrets';
import type { ReadDb, WriteDb } from '../db/handles';
import { stmt } from '../db/sql';
import { notBeforeByMinute } from '../clock';
import { DomainError } from '../errors';
import type { HandlersOf, WriteCtx } from '../handler';
import { incidentForWrite } from '../incidents/repo';
import { appendFor, assertNotFuture, refresh, replayOf } from '../incidents/service';
import type { DispatchRow } from './rows';
import { busyTeams, teamRow } from './repo';

type DispatchWithNames = DispatchRow & {
  team_name: string;
  team_kind: TeamKind;
  leader: string;
  duty_phone: string;
  number: string;
  title: string;
};

const SELECT_DISPATCH = `SELECT d.*, t.name AS team_name, t.kind AS team_kind, t.leader, t.duty_phone, i.number, i.title
  FROM dispatches d JOIN teams t ON t.id = d.team_id JOIN incidents i ON i.id = d.incident_id`;

/** The column holding each state's time. */
const TIME_COLUMN: Record<DispatchState, keyof DispatchRow> = {
  dispatched: 'dispatched_at',
  accepted: 'accepted_at',
  departed: 'departed_at',
  arrived: 'arrived_at',
  withdrawn: 'withdrawn_at',
  returned: 'returned_at',
};

function toView(r: DispatchWithNames): DispatchView {
  const minutes = arrivalMinutes(r.dispatched_at, r.arrived_at);
  return {
    id: r.id,
    teamId: r.team_id,
    teamName: r.team_name,
    teamKind: r.team_kind,
    leader: r.leader,
    dutyPhone: r.duty_phone,
    headcount: r.headcount,
    incidentId: r.incident_id,
    incidentNumber: r.number,
    incidentTitle: r.title,
    drill: r.drill_id !== null,
    state: r.state,
    times: Object.fromEntries(
      DISPATCH_STATES.map((s) => [s, r[TIME_COLUMN[s]] as string | null]),
    ) as DispatchView['times'],
    targetMinutes: r.target_minutes,
    arrivalMinutes: minutes,
    late: minutes === null ? null : minutes > r.target_minutes,
    updatedAt: r.updated_at,
  };
}

export function dispatchRow(db: ReadDb, id: string): DispatchWithNames | undefined {
  return stmt<[string], DispatchWithNames>(db, `${SELECT_DISPATCH} WHERE d.id = ?`).get(id);
}

/** One incident's dispatches in the order they were sent, or every team out now (not back yet). */
export function listDispatches(db: ReadDb, incidentId?: string): DispatchView[] {
  const rows = incidentId
    ? stmt<[string], DispatchWithNames>(
        db,
        `${SELECT_DISPATCH} WHERE d.incident_id = ? ORDER BY d.dispatched_at, d.id`,
      ).all(incidentId)
    : stmt<[], DispatchWithNames>(
        db,
        `${SELECT_DISPATCH} WHERE d.state <> 'returned' ORDER BY d.dispatched_at, d.id`,
      ).all();
  return rows.map(toView);
}

function setState(db: WriteDb, id: string, state: DispatchState, at: string, now: string): void {
  // The column name comes from TIME_COLUMN, never from input.
  stmt(db, `UPDATE dispatches SET state = ?, ${TIME_COLUMN[state]} = ?, updated_at = ? WHERE id = ?`).run(
    state,
    at,
    now,
    id,
  );
}

/** The instant a step happened: given (not in the future, not before what it follows) or now. */
function stepTime(ctx: WriteCtx, at: string | undefined, notBefore: string): string {
  const t = at ? new Date(at).toISOString() : ctx.nowIso();
  assertNotFuture(t, ctx.now(), 'entry');
  // Compared as instants (an intake's time may be stored with its offset), to the typed minute.
  const taken = notBeforeByMinute(t, notBefore);
  if (!taken) throw new DomainError('invalid_input', 'errors.dispatch_time_order');
  return taken;
}

/** Appends the timeline entry of a state and folds it into the incident. */
function record(ctx: WriteCtx, incidentId: string, at: string, data: DispatchData, clientKey: string): void {
  const held = incidentForWrite(ctx.db, incidentId);
  const appended = appendFor(ctx, { incidentId, kind: 'dispatch', occurredAt: at, data, clientKey });
  refresh(ctx, incidentId, appended, held);
  ctx.emit('dispatches.changed', [data.dispatchId]);
  ctx.emit('teams.changed', [data.teamId]);
}

function replayed(ctx: WriteCtx, clientKey: string): DispatchView | null {
  const prior = replayOf(ctx.db, clientKey, 'dispatch');
  if (!prior) return null;
  const d = JSON.parse(prior.data_json) as DispatchData;
  return toView(dispatchRow(ctx.db, d.dispatchId)!);
}

const OPEN = new Set(['pending', 'active']);

/** The drill an incident was logged under, read from the table (the write path's held row may predate it). */
const drillOf = (db: ReadDb, incidentId: string): string | null =>
  stmt<[string], { drill_id: string | null }>(db, 'SELECT drill_id FROM incidents WHERE id = ?').get(
    incidentId,
  )?.drill_id ?? null;

export const dispatchHandlers: HandlersOf<typeof dispatchMethods> = {
  'dispatches.list': { kind: 'read', run: (input, ctx) => listDispatches(ctx.db, input.incidentId) },

  'dispatches.create': {
    kind: 'write',
    recordedBy: 'entries',
    run: (input, ctx) => createDispatch(input, ctx),
  },
  'dispatches.update': {
    kind: 'write',
    recordedBy: 'entries',
    run: (input, ctx) => stepDispatch(input, ctx),
  },
};

/** 调派: a team sent to an open incident (the demo loader sends its own this way too). */
export function createDispatch(input: ParsedInputOf<'dispatches.create'>, ctx: WriteCtx): DispatchView {
  const again = replayed(ctx, input.clientKey);
  if (again) return again;
  const inc = incidentForWrite(ctx.db, input.incidentId)?.row;
  if (!inc) throw new DomainError('not_found', 'errors.incident_missing');
  if (!OPEN.has(inc.status))
    throw new DomainError('conflict', 'errors.incident_closed', { number: inc.number });
  const team = teamRow(ctx.db, input.teamId);
  if (!team || team.archived === 1) throw new DomainError('not_found', 'errors.team_missing');
  const busy = busyTeams(ctx.db).get(team.id);
  if (busy)
    throw new DomainError('conflict', 'errors.team_busy', {
      name: team.name,
      number: busy.incidentNumber,
      state: busy.state,
    });
  const at = stepTime(ctx, input.at, inc.received_at);
  const id = newId('dsp');
  const headcount = input.headcount ?? team.headcount;
  stmt(
    ctx.db,
    `INSERT INTO dispatches (id, team_id, incident_id, drill_id, state, target_minutes, headcount, dispatched_at, updated_at)
         VALUES (?, ?, ?, ?, 'dispatched', ?, ?, ?, ?)`,
  ).run(id, team.id, inc.id, drillOf(ctx.db, inc.id), team.assembly_minutes, headcount, at, ctx.nowIso());
  record(
    ctx,
    inc.id,
    at,
    {
      dispatchId: id,
      teamId: team.id,
      teamName: team.name,
      state: 'dispatched',
      headcount,
      note: input.note,
      targetMinutes: team.assembly_minutes,
    },
    input.clientKey,
  );
  return toView(dispatchRow(ctx.db, id)!);
}

/** The next step of a dispatch, in order, never back in time. */
export function stepDispatch(input: ParsedInputOf<'dispatches.update'>, ctx: WriteCtx): DispatchView {
  const again = replayed(ctx, input.clientKey);
  if (again) return again;
  const d = dispatchRow(ctx.db, input.dispatchId);
  if (!d) throw new DomainError('not_found', 'errors.dispatch_missing');
  const next = nextDispatchState(d.state);
  if (!next) throw new DomainError('conflict', 'errors.dispatch_done', { team: d.team_name });
  if (input.state !== next)
    throw new DomainError('conflict', 'errors.dispatch_out_of_order', {
      team: d.team_name,
      state: d.state,
      next,
    });
  const inc = incidentForWrite(ctx.db, d.incident_id)!.row;
  // A closed incident takes no new steps, except the team coming away and home.
  if (!OPEN.has(inc.status) && input.state !== 'withdrawn' && input.state !== 'returned')
    throw new DomainError('conflict', 'errors.incident_closed', { number: inc.number });
  const at = stepTime(ctx, input.at, d[TIME_COLUMN[d.state]] as string);
  setState(ctx.db, d.id, input.state, at, ctx.nowIso());
  const arrived = input.state === 'arrived';
  record(
    ctx,
    d.incident_id,
    at,
    {
      dispatchId: d.id,
      teamId: d.team_id,
      teamName: d.team_name,
      state: input.state,
      headcount: d.headcount,
      note: input.note,
      ...(arrived
        ? { arrivalMinutes: arrivalMinutes(d.dispatched_at, at)!, targetMinutes: d.target_minutes }
        : {}),
    },
    input.clientKey,
  );
  return toView(dispatchRow(ctx.db, d.id)!);
}
