import { EntryDataByKind, IntakeData, type EntryView } from '../../common/contract/incidents';
import { LogOnlyDataByKind } from '../../common/contract/logs';
import { isoTime } from '../../common/contract/shared';
import { closeProblem, type CloseClaim } from '../../common/closing';
import { isBelow, suggestForIncident } from '../../common/domain/accidentGrade';
import { describeIssues } from '../../common/i18n/issues';
import { localParts } from '../../common/time/zone';
import { type z } from '../../common/zod-setup';
import type { Actor } from '../actor';
import { newId } from '../auth/secrets';
import { ruleVersions } from '../deadlines/repo';
import { DomainError } from '../errors';
import type { ReadCtx, WriteCtx } from '../handler';
import { appendEntry, correctionsOf, entriesOfIncident, entryByClientKey, entryById } from '../logs/entries';
import { readSettings } from '../settings/repo';
import { finish, foldEntry, foldTimeline, startFold, type Projection } from './projection';
import {
  foldStateOf,
  foldStateOfRow,
  incidentForWrite,
  insertIncident,
  type HeldIncident,
  nextNumber,
  saveProjection,
} from './repo';
import { byTarget, toEntryView } from './views';
import type { ReadDb } from '../db/handles';
import type { IncidentWithTown } from './rows';
import type { EntryRow } from '../logs/rows';

/** Clock skew we tolerate between the PC and the time typed in, before calling a time "future". */
const FUTURE_SLACK_MS = 5 * 60_000;

export function authorOf(actor: Actor): { id: string | null; name: string } {
  if (actor.kind === 'operator') return { id: actor.operatorId, name: actor.name };
  if (actor.kind === 'system') return { id: null, name: actor.name };
  return { id: null, name: actor.kind };
}

/** Which time a refusal names: the catalog has each one's label (timeField.*). */
export type TimeField = 'received' | 'occurred' | 'entry' | 'check';

export function assertNotFuture(iso: string, now: Date, field: TimeField): void {
  if (new Date(iso).getTime() > now.getTime() + FUTURE_SLACK_MS) {
    throw new DomainError('invalid_input', 'errors.time_in_future', { field });
  }
}

/** The timeline of an incident, corrections applied. */
export function timelineOf(db: ReadDb, incidentId: string): EntryView[] {
  const rows = entriesOfIncident(db, incidentId);
  const corr = byTarget(rows.filter((r) => r.corrects_id));
  return rows.map((r) => toEntryView(r, corr.get(r.id) ?? []));
}

/** The incident as of now, from its stored fold (or the timeline, if there is none). */
export function projectIncident(
  db: ReadDb,
  incidentId: string,
  now: Date,
  row?: IncidentWithTown,
): Projection {
  const tz = readSettings(db).timeZone;
  const stored = row ? foldStateOfRow(row) : foldStateOf(db, incidentId);
  const state = stored ?? foldTimeline(timelineOf(db, incidentId));
  return finish(state, ruleVersions(db), tz, now);
}

/**
 * Brings the incident row up to date after an append and returns it: one more entry is
 * folded into the stored state; anything else (a correction, a first fold) re-folds the
 * timeline. `before` is the incident as this write read it, when the caller has it.
 */
export function refresh(
  ctx: WriteCtx,
  incidentId: string,
  appended?: EntryView,
  before?: HeldIncident,
): IncidentWithTown {
  const inc = before ?? incidentForWrite(ctx.db, incidentId);
  if (!inc) throw new DomainError('not_found', 'errors.incident_missing');
  const stored = appended && appended.kind !== 'correction' ? inc.state : null;
  const state =
    stored && appended && appended.seq > stored.lastSeq
      ? foldEntry(stored, appended)
      : foldTimeline(timelineOf(ctx.db, incidentId));
  const p = finish(state, ruleVersions(ctx.db), readSettings(ctx.db).timeZone, ctx.now());
  return saveProjection(ctx.db, incidentId, state, p, inc.row)!;
}

export function appendFor(
  ctx: WriteCtx,
  e: {
    incidentId: string | null;
    kind: string;
    occurredAt: string;
    data: unknown;
    clientKey: string | null;
    correctsId?: string;
    reason?: string;
  },
): EntryView {
  const id = newId('en');
  const author = authorOf(ctx.actor);
  const row = {
    id,
    incident_id: e.incidentId,
    kind: e.kind,
    occurred_at: e.occurredAt,
    entered_at: ctx.nowIso(),
    author_id: author.id,
    author_name: author.name,
    data_json: JSON.stringify(e.data),
    corrects_id: e.correctsId ?? null,
    reason: e.reason ?? null,
    client_key: e.clientKey,
  };
  const seq = appendEntry(ctx.db, row);
  ctx.changed('entry', id, undefined, {
    kind: e.kind,
    incidentId: e.incidentId,
    correctsId: row.corrects_id,
  });
  ctx.emit('logs.changed', [id]);
  if (e.incidentId) ctx.emit('incidents.changed', [e.incidentId]);
  return toEntryView({ ...row, seq, prev_hash: '', hash: '' }, []);
}

/**
 * A repeated submit (double click, a retry after a lost response) carries the same
 * client key: answer with what the first one did instead of saving twice.
 */
export function replayOf(db: ReadDb, clientKey: string, kind: string): EntryRow | undefined {
  const prior = entryByClientKey(db, clientKey);
  if (prior && prior.kind !== kind) throw new DomainError('conflict', 'errors.client_key_reused');
  return prior;
}

export function createIncident(
  ctx: WriteCtx,
  intake: IntakeData,
  clientKey: string,
): { incidentId: string; entryId: string } {
  const tz = readSettings(ctx.db).timeZone;
  const id = newId('inc');
  const number = nextNumber(ctx.db, localParts(new Date(intake.receivedAt), tz).year);
  const entryId = newId('en');
  const author = authorOf(ctx.actor);
  // The incident row must exist before its first entry references it.
  const entryView: EntryView = {
    id: entryId,
    seq: 0,
    incidentId: id,
    kind: 'intake',
    occurredAt: intake.receivedAt,
    enteredAt: ctx.nowIso(),
    authorId: author.id,
    authorName: author.name,
    data: intake as unknown as Record<string, unknown>,
    original: intake as unknown as Record<string, unknown>,
    corrections: [],
    correctsId: null,
    reason: null,
  };
  const state = startFold(entryView);
  insertIncident(ctx.db, id, number, ctx.nowIso(), state, finish(state, ruleVersions(ctx.db), tz, ctx.now()));
  const appended = appendFor(ctx, {
    incidentId: id,
    kind: 'intake',
    occurredAt: intake.receivedAt,
    data: intake,
    clientKey,
  });
  refresh(ctx, id, appended);
  return { incidentId: id, entryId: appended.id };
}

/**
 * An accident graded below what its own figures call for (the thresholds in settings)
 * carries the reason: the wall's alarm and the reporting clocks follow the grade.
 */
export function checkGradeReason(ctx: WriteCtx, intake: IntakeData): void {
  const suggested = suggestForIncident(
    {
      category: intake.category,
      dead: intake.casualties.dead,
      injured: intake.casualties.injured,
      lossWan: intake.directLossWan ?? null,
    },
    readSettings(ctx.db).accidentThresholds,
  );
  if (isBelow(intake.grade, suggested) && !(intake.gradeReason ?? '').trim()) {
    throw new DomainError('invalid_input', 'errors.grade_below_suggestion', {}, { suggested });
  }
}

const OPEN = new Set(['pending', 'active']);

/**
 * Core's own checks of the closed loop: which step may follow which. `inc` is the
 * incident's row as read in this transaction.
 */
export function checkTransition(
  ctx: WriteCtx | ReadCtx,
  inc: IncidentWithTown | undefined,
  kind: string,
  data: Record<string, unknown>,
): asserts inc is IncidentWithTown {
  if (!inc) throw new DomainError('not_found', 'errors.incident_missing');
  const open = OPEN.has(inc.status);
  if (kind === 'reopen') {
    if (open) throw new DomainError('conflict', 'errors.incident_not_closed');
    return;
  }
  if (!open) throw new DomainError('conflict', 'errors.incident_closed', { number: inc.number });
  if (kind === 'instruction_done') {
    const target = entryById(ctx.db, String(data.instructionId));
    if (!target || target.incident_id !== inc.id || target.kind !== 'instruction') {
      throw new DomainError('invalid_input', 'errors.instruction_unknown');
    }
    const p = projectIncident(ctx.db, inc.id, ctx.now(), inc);
    if (p.instructions.find((i) => i.entryId === target.id)?.status === 'done') {
      throw new DomainError('conflict', 'errors.instruction_done_already');
    }
  }
  if (kind === 'close') {
    const p = projectIncident(ctx.db, inc.id, ctx.now(), inc);
    const open = p.instructions.filter((i) => i.status !== 'done').length;
    if (open > 0) throw new DomainError('conflict', 'errors.close_open_instructions', { count: open });
    const problem = closeProblem(
      {
        reports: p.facts.reports,
        openClocks: p.deadlines.items.filter((d) => d.doneAt === null).map((d) => d.kind),
      },
      data as CloseClaim,
    );
    if (problem) {
      const clocks = problem.code === 'close_clocks_unconfirmed' ? problem.clocks : [];
      throw new DomainError('conflict', `errors.${problem.code}`, { count: clocks.length }, { clocks });
    }
  }
}

/** The schema a correction of an entry of this kind is checked against. */
export function correctionSchema(kind: string): z.ZodType | null {
  const base =
    kind === 'intake'
      ? IntakeData
      : ((EntryDataByKind as Record<string, z.ZodObject>)[kind] ??
        (LogOnlyDataByKind as Record<string, z.ZodObject>)[kind]);
  if (!base) return null;
  if (kind === 'intake') return (base as z.ZodObject).partial().strict();
  return (base as z.ZodObject).partial().extend({ occurredAt: isoTime.optional() }).strict();
}

export function validateChanges(
  ctx: WriteCtx,
  kind: string,
  changes: Record<string, unknown>,
): Record<string, unknown> {
  // A dispatch step is put right by the next step, not edited: the who-is-where projection follows the steps.
  if (kind === 'dispatch') throw new DomainError('conflict', 'errors.dispatch_no_correction');
  const schema = correctionSchema(kind);
  if (!schema) throw new DomainError('conflict', 'errors.correction_of_correction');
  const parsed = schema.safeParse(changes);
  if (!parsed.success) {
    const issues = describeIssues(parsed.error.issues, ctx.locale());
    const fields = issues.map((i) => `changes.${i.path}：${i.message}`).join('；');
    throw new DomainError('invalid_input', 'errors.invalid_input', { fields }, { issues });
  }
  return parsed.data as Record<string, unknown>;
}

export { correctionsOf };
