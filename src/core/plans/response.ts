import type { ParsedInputOf } from '../../common/contract';
import type { ResponseData, ResponseState } from '../../common/contract/response-data';
import type { ResponseAction, ResponseLevel } from '../../common/domain/plans';
import type { ReadDb } from '../db/handles';
import { DomainError } from '../errors';
import type { AreaHandlers, WriteCtx } from '../handler';
import { incidentForWrite, toSummary } from '../incidents/repo';
import {
  appendFor,
  assertNotFuture,
  checkTransition,
  projectIncident,
  refresh,
  replayOf,
} from '../incidents/service';
import { currentOf, planRow, versionsOf } from './repo';

/**
 * 启动 / 调整 / 终止 a response on an open incident: a timeline entry of kind `response`.
 * A response starts under a registered plan at one of the levels its version in force
 * defines (any level when it defines none), is adjusted to another level while it runs,
 * and ends once; the incident's projection carries the running one (ResponseState).
 */
export function activate(input: ParsedInputOf<'incidents.activateResponse'>, ctx: WriteCtx) {
  const prior = replayOf(ctx.db, input.clientKey, 'response');
  if (prior) {
    const inc = incidentForWrite(ctx.db, prior.incident_id!);
    return { entryId: prior.id, incident: toSummary(inc!.row), replayed: true };
  }
  // Stored in UTC like every instant, so it compares with the intake's time as text.
  const occurredAt = input.decidedAt ? new Date(input.decidedAt).toISOString() : ctx.nowIso();
  assertNotFuture(occurredAt, ctx.now(), 'entry');
  const inc = incidentForWrite(ctx.db, input.incidentId);
  checkTransition(ctx, inc?.row, 'response', {});
  if (occurredAt < inc!.row.received_at) throw new DomainError('invalid_input', 'errors.entry_before_intake');
  const running = projectIncident(ctx.db, input.incidentId, ctx.now(), inc!.row).response ?? null;

  if (input.action === 'start' && running)
    throw new DomainError('conflict', 'errors.response_running', {
      level: running.level,
      plan: running.planName,
    });
  if (input.action !== 'start' && !running) throw new DomainError('conflict', 'errors.response_not_running');
  const { planId, planName } = decisionPlan(ctx.db, input, running);
  const data: ResponseData = {
    action: input.action,
    planId,
    planName,
    level: input.action === 'end' ? null : input.level,
    decidedBy: input.decidedBy.trim(),
    document: input.document.trim(),
  };
  const appended = appendFor(ctx, {
    incidentId: input.incidentId,
    kind: 'response',
    occurredAt,
    data,
    clientKey: input.clientKey,
  });
  const after = refresh(ctx, input.incidentId, appended, inc);
  return { entryId: appended.id, incident: toSummary(after), replayed: false };
}

/**
 * What every response decision must pass, on an incident or a warning, once the caller
 * has checked that a response runs (or not) as the action needs: a level to start or
 * adjust, an adjustment that changes something, a start under a plan, and a plan that is
 * registered, not archived, whose version in force defines the level (any level when it
 * defines none). Gives the plan the decision is under: the running one unless another is given.
 */
export function decisionPlan(
  db: ReadDb,
  input: { action: ResponseAction; planId: string | null; level: ResponseLevel | null },
  running: ResponseState | null,
): { planId: string | null; planName: string } {
  if (input.action !== 'end' && input.level === null)
    throw new DomainError('invalid_input', 'errors.response_level_required');
  if (
    input.action === 'adjust' &&
    running &&
    input.level === running.level &&
    (input.planId ?? running.planId) === running.planId
  )
    throw new DomainError('conflict', 'errors.response_same_level', { level: running.level });
  const planId = input.action === 'start' ? input.planId : (input.planId ?? running?.planId ?? null);
  let planName = running?.planName ?? '';
  if (input.action === 'start' && !planId)
    throw new DomainError('invalid_input', 'errors.response_plan_required');
  if (planId && (input.action !== 'end' || input.planId)) {
    const plan = planRow(db, planId);
    if (!plan || plan.archived === 1) throw new DomainError('invalid_input', 'errors.plan_missing');
    planName = plan.name;
    const current = currentOf(versionsOf(db, planId));
    const defined = current
      ? (JSON.parse(current.levels_json) as { level: string }[]).map((l) => l.level)
      : [];
    if (input.level && defined.length > 0 && !defined.includes(input.level))
      throw new DomainError('invalid_input', 'errors.response_level_undefined', {
        level: input.level,
        plan: plan.name,
      });
  }
  return { planId: planId ?? null, planName };
}

export const responseHandlers: Pick<AreaHandlers<'incidents'>, 'incidents.activateResponse'> = {
  'incidents.activateResponse': { kind: 'write', recordedBy: 'entries', run: activate },
};
