import type { ParsedInputOf } from '../../common/contract';
import type { ResponseState } from '../../common/contract/response-data';
import type { WarningResponseStep } from '../../common/contract/warnings';
import { foldResponse } from '../../common/response';
import { isLive } from '../../common/domain/warnings';
import { newId } from '../auth/secrets';
import { chainHash, GENESIS, verifyChain, type ChainVerdict } from '../db/hashchain';
import type { ReadDb, WriteDb } from '../db/handles';
import { stmt } from '../db/sql';
import { DomainError } from '../errors';
import type { WriteCtx } from '../handler';
import { authorOf } from '../incidents/service';
import { decisionPlan } from '../plans/response';
import type { WarningResponseRow, WarningRow } from './rows';

/** A warning's response decisions, in the order they were recorded. */
export function responseRowsOf(db: ReadDb, warningId: string): WarningResponseRow[] {
  return stmt<[string], WarningResponseRow>(
    db,
    'SELECT * FROM warning_responses WHERE warning_id = ? ORDER BY seq',
  ).all(warningId);
}

export const responseStep = (r: WarningResponseRow): WarningResponseStep => ({
  id: r.id,
  action: r.action,
  planId: r.plan_id,
  planName: r.plan_name,
  level: r.level,
  decidedBy: r.decided_by,
  document: r.document,
  at: r.at,
  recordedBy: r.author_name,
});

/** The response running after these decisions, folded as an incident's (common/response.ts). */
export function runningResponse(rows: readonly WarningResponseRow[]): ResponseState | null {
  return rows.reduce<ResponseState | null>(
    (state, r) =>
      foldResponse(
        state,
        {
          action: r.action,
          planId: r.plan_id,
          planName: r.plan_name,
          level: r.level,
          decidedBy: r.decided_by,
          document: r.document,
        },
        r.at,
      ),
    null,
  );
}

/** Real (not drill) warnings that ever had a response, oldest first (the handover folds each as of its time). */
export function warningsWithResponse(db: ReadDb): string[] {
  return stmt<[], { id: string }>(
    db,
    `SELECT w.id FROM warnings w
      WHERE w.drill_id IS NULL AND EXISTS (SELECT 1 FROM warning_responses r WHERE r.warning_id = w.id)
      ORDER BY w.received_at`,
  )
    .all()
    .map((r) => r.id);
}

function chained(r: Omit<WarningResponseRow, 'seq' | 'prev_hash' | 'hash'>): unknown[] {
  return [
    r.id,
    r.warning_id,
    r.action,
    r.plan_id,
    r.plan_name,
    r.level,
    r.decided_by,
    r.document,
    r.at,
    r.author_id,
    r.author_name,
    r.client_key,
    r.created_at,
  ];
}

function appendResponse(db: WriteDb, r: Omit<WarningResponseRow, 'seq' | 'prev_hash' | 'hash'>): void {
  const last = stmt<[], { hash: string }>(
    db,
    'SELECT hash FROM warning_responses ORDER BY seq DESC LIMIT 1',
  ).get();
  const prev = last?.hash ?? GENESIS;
  stmt(
    db,
    `INSERT INTO warning_responses (id, warning_id, action, plan_id, plan_name, level, decided_by, document, at,
       author_id, author_name, client_key, created_at, prev_hash, hash)
     VALUES (@id, @warning_id, @action, @plan_id, @plan_name, @level, @decided_by, @document, @at,
       @author_id, @author_name, @client_key, @created_at, @prev_hash, @hash)`,
  ).run({ ...r, prev_hash: prev, hash: chainHash(prev, chained(r)) });
}

export function verifyWarningResponseChain(db: ReadDb): ChainVerdict {
  return verifyChain(
    stmt<[], WarningResponseRow>(db, 'SELECT * FROM warning_responses ORDER BY seq').iterate(),
    (r) => ({ key: r.seq, prevHash: r.prev_hash, hash: r.hash, content: chained(r) }),
  );
}

/** The time a decision is typed in at may lag the PC's clock a little, never lead it by more. */
const FUTURE_SLACK_MS = 5 * 60_000;

/**
 * 启动 / 调整 / 终止 a warning response (预警响应) under a registered plan, mirroring an
 * incident's (plans/response.ts): a start needs the warning in force and no response
 * running, under a plan at a level its version in force defines (any when it defines
 * none); an adjustment changes the level (or the plan); an end closes it — also once
 * the warning was lifted or expired, which is when the page asks for it.
 * `state` is the warning's state now (the caller's, from the same clock).
 */
export function respond(
  input: ParsedInputOf<'warnings.respond'>,
  ctx: WriteCtx,
  stateOf: (id: string) => Parameters<typeof isLive>[0],
): { warningId: string; replayed: boolean } {
  const prior = stmt<[string], WarningResponseRow>(
    ctx.db,
    'SELECT * FROM warning_responses WHERE client_key = ?',
  ).get(input.clientKey);
  if (prior) return { warningId: prior.warning_id, replayed: true };
  const w = stmt<[string], WarningRow>(ctx.db, 'SELECT * FROM warnings WHERE id = ?').get(input.id);
  if (!w) throw new DomainError('not_found', 'errors.warning_missing');
  const now = ctx.now();
  const at = input.decidedAt ? new Date(input.decidedAt).toISOString() : now.toISOString();
  if (Date.parse(at) > now.getTime() + FUTURE_SLACK_MS)
    throw new DomainError('invalid_input', 'errors.warning_future');
  if (at < w.received_at)
    throw new DomainError('invalid_input', 'errors.warning_response_time', { at: w.received_at });
  const running = runningResponse(responseRowsOf(ctx.db, w.id));

  if (input.action === 'start' && running)
    throw new DomainError('conflict', 'errors.warning_response_running', {
      level: running.level,
      plan: running.planName,
    });
  if (input.action !== 'start' && !running)
    throw new DomainError('conflict', 'errors.warning_response_not_running');
  // Once lifted, replaced or expired, a warning's response can only be ended.
  if (input.action !== 'end') {
    const state = stateOf(w.id);
    if (!isLive(state)) throw new DomainError('conflict', 'errors.warning_response_not_live', { state });
  }
  const { planId, planName } = decisionPlan(ctx.db, input, running);
  const a = authorOf(ctx.actor);
  const row = {
    id: newId('wrs'),
    warning_id: w.id,
    action: input.action,
    plan_id: planId,
    plan_name: planName,
    level: input.action === 'end' ? null : input.level,
    decided_by: input.decidedBy.trim(),
    document: input.document.trim(),
    at,
    author_id: a.id,
    author_name: a.name,
    client_key: input.clientKey,
    created_at: ctx.nowIso(),
  };
  appendResponse(ctx.db, row);
  ctx.changed('warningResponse', row.id, running ?? undefined, row);
  ctx.emit('warnings.changed', [w.id]);
  if (w.drill_id) ctx.emit('drills.changed', [w.drill_id]);
  return { warningId: w.id, replayed: false };
}
