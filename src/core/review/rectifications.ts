import type { RectificationView } from '../../common/contract/review';
import type { ParsedInputOf } from '../../common/contract';
import type { ReadDb } from '../db/handles';
import { stmt } from '../db/sql';
import { DomainError } from '../errors';
import { newId } from '../auth/secrets';
import { authorOf } from '../incidents/service';
import type { WriteCtx } from '../handler';
import { advanceDrill, drillTitles, reviewDrill } from './drill-link';
import type { RectificationActionRow, RectificationRow } from './rows';

/** Past its due date and not closed. The due date is a whole day in the bureau's zone: overdue from the next. */
export const isOverdue = (r: Pick<RectificationRow, 'status' | 'due_date'>, today: string): boolean =>
  r.status !== 'closed' && r.due_date < today;

export interface RectificationFilter {
  drillId?: string;
  open?: boolean;
  overdue?: boolean;
  ids?: readonly string[];
}

export function rectificationViews(db: ReadDb, f: RectificationFilter, today: string): RectificationView[] {
  const where: string[] = [];
  const args: string[] = [];
  if (f.drillId) {
    where.push('drill_id = ?');
    args.push(f.drillId);
  }
  if (f.open !== undefined) where.push(f.open ? `status <> 'closed'` : `status = 'closed'`);
  if (f.overdue) {
    where.push(`status <> 'closed' AND due_date < ?`);
    args.push(today);
  }
  if (f.ids) {
    where.push(`id IN (${f.ids.map(() => '?').join(',') || 'NULL'})`);
    args.push(...f.ids);
  }
  const rows = stmt<string[], RectificationRow>(
    db,
    `SELECT * FROM rectifications ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY status = 'closed', due_date, number`,
  ).all(...args);
  const titles = drillTitles(
    db,
    rows.map((r) => r.drill_id),
  );
  return rows.map((r) => toView(db, r, titles.get(r.drill_id) ?? '', today));
}

function toView(db: ReadDb, r: RectificationRow, drillTitle: string, today: string): RectificationView {
  const actions = stmt<[string], RectificationActionRow>(
    db,
    'SELECT * FROM rectification_actions WHERE rectification_id = ? ORDER BY seq',
  ).all(r.id);
  return {
    id: r.id,
    number: r.number,
    drillId: r.drill_id,
    drillTitle,
    itemKey: r.item_key,
    category: r.category,
    finding: r.finding,
    measures: r.measures,
    ownerUnit: r.owner_unit,
    dueDate: r.due_date,
    status: r.status,
    overdue: isOverdue(r, today),
    evidence: r.evidence,
    verifiedBy: r.verified_by,
    closedAt: r.closed_at,
    planId: r.plan_id,
    planVersionId: r.plan_version_id,
    openedAt: r.opened_at,
    openedByName: r.opened_by_name,
    actions: actions.map((a) => ({
      id: a.id,
      kind: a.kind,
      at: a.at,
      authorName: a.author_name,
      data: JSON.parse(a.data_json) as Record<string, unknown>,
    })),
  };
}

const rowById = (db: ReadDb, id: string) =>
  stmt<[string], RectificationRow>(db, 'SELECT * FROM rectifications WHERE id = ?').get(id);

/** The item an action with this client key made, if the call is a replay. */
export const replayed = (db: ReadDb, clientKey: string): string | undefined =>
  stmt<[string], { rectification_id: string }>(
    db,
    'SELECT rectification_id FROM rectification_actions WHERE client_key = ?',
  ).get(clientKey)?.rectification_id;

function nextNumber(db: ReadDb, year: string): string {
  const last = stmt<[string], { number: string }>(
    db,
    `SELECT number FROM rectifications WHERE number LIKE ? ORDER BY length(number) DESC, number DESC LIMIT 1`,
  ).get(`ZG${year}-%`);
  const n = last ? Number(last.number.split('-')[1]) + 1 : 1;
  return `ZG${year}-${String(n).padStart(3, '0')}`;
}

function addAction(
  ctx: WriteCtx,
  rectificationId: string,
  kind: RectificationActionRow['kind'],
  at: string,
  data: Record<string, unknown>,
  clientKey: string | null,
): void {
  const who = authorOf(ctx.actor);
  stmt(
    ctx.db,
    `INSERT INTO rectification_actions (id, rectification_id, kind, at, data_json, author_id, author_name, client_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(newId('rca'), rectificationId, kind, at, JSON.stringify(data), who.id, who.name, clientKey);
}

/**
 * A finding becomes a 整改 item. A 预案 finding names one of the plans the drill tested,
 * and opens that plan's revision (a new draft version) through the plans area.
 */
export function openRectification(
  ctx: WriteCtx,
  input: ParsedInputOf<'rectifications.open'>,
  openPlanRevision: (planId: string, reason: string) => string | null,
): string {
  const again = replayed(ctx.db, input.clientKey);
  if (again) return again;
  const drill = reviewDrill(ctx.db, input.drillId);
  if (drill.state === 'started') throw new DomainError('conflict', 'errors.review_drill_not_ended');
  // A closed drill's 整改 is done and verified: a new weakness belongs to a new drill or review.
  if (drill.state === 'closed') throw new DomainError('conflict', 'errors.review_drill_closed');
  if (input.category === 'plan' && !input.planId)
    throw new DomainError('invalid_input', 'errors.rectification_plan_needed');
  if (input.planId && drill.planIds.length > 0 && !drill.planIds.includes(input.planId))
    throw new DomainError('invalid_input', 'errors.rectification_plan_not_tested');
  const at = ctx.nowIso();
  const who = authorOf(ctx.actor);
  const id = newId('rct');
  const number = nextNumber(ctx.db, at.slice(0, 4));
  const finding = input.finding.trim();
  const planVersionId =
    input.category === 'plan' && input.planId ? openPlanRevision(input.planId, `${number} ${finding}`) : null;
  stmt(
    ctx.db,
    `INSERT INTO rectifications (id, number, drill_id, item_key, category, finding, measures, owner_unit, due_date,
       status, evidence, verified_by, closed_at, plan_id, plan_version_id, opened_at, opened_by_id, opened_by_name, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', '', '', NULL, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    number,
    drill.id,
    input.itemKey ?? null,
    input.category,
    finding,
    input.measures.trim(),
    input.ownerUnit.trim(),
    input.dueDate,
    input.planId ?? null,
    planVersionId,
    at,
    who.id,
    who.name,
    at,
  );
  addAction(
    ctx,
    id,
    'opened',
    at,
    { finding, dueDate: input.dueDate, ownerUnit: input.ownerUnit.trim() },
    input.clientKey,
  );
  ctx.changed('rectification', id, undefined, { number, ...input });
  if (drill.state === 'evaluated') advanceDrill(ctx.db, ctx.actor, drill.id, 'rectifying', at);
  ctx.emit('rectifications.changed', [id]);
  return id;
}

function openRow(ctx: WriteCtx, id: string): RectificationRow {
  const r = rowById(ctx.db, id);
  if (!r) throw new DomainError('not_found', 'errors.rectification_missing');
  if (r.status === 'closed')
    throw new DomainError('conflict', 'errors.rectification_closed', { number: r.number });
  return r;
}

/** Progress (整改进展), revised measures, or a new due date with its reason; each step appended. */
export function updateRectification(ctx: WriteCtx, input: ParsedInputOf<'rectifications.update'>): string {
  const again = replayed(ctx.db, input.clientKey);
  if (again) return again;
  const r = openRow(ctx, input.id);
  const progress = input.progress?.trim() ?? '';
  const measures = input.measures?.trim();
  const due = input.dueDate && input.dueDate !== r.due_date ? input.dueDate : null;
  const measuresChanged = measures !== undefined && measures !== r.measures;
  if (!progress && !due && !measuresChanged)
    throw new DomainError('invalid_input', 'errors.rectification_no_change');
  if (due && !input.reason?.trim())
    throw new DomainError('invalid_input', 'errors.rectification_reason_needed');
  const at = ctx.nowIso();
  let key: string | null = input.clientKey;
  // One client key per call: the first action carries it, so a replay finds the call.
  const take = () => {
    const k = key;
    key = null;
    return k;
  };
  if (progress || measuresChanged)
    addAction(
      ctx,
      r.id,
      'progress',
      at,
      { text: progress, ...(measuresChanged ? { measures } : {}) },
      take(),
    );
  if (due)
    addAction(ctx, r.id, 'due', at, { from: r.due_date, to: due, reason: input.reason!.trim() }, take());
  stmt(
    ctx.db,
    `UPDATE rectifications SET status = 'in_progress', measures = ?, due_date = ?, updated_at = ? WHERE id = ?`,
  ).run(measuresChanged ? measures! : r.measures, due ?? r.due_date, at, r.id);
  ctx.changed('rectification', r.id, { status: r.status, dueDate: r.due_date }, input);
  ctx.emit('rectifications.changed', [r.id]);
  return r.id;
}

/**
 * 销号: only with the evidence of the fix and who verified it. When the drill's last open
 * item closes, the drill's 整改 is done and the drill closes.
 */
export function closeRectification(ctx: WriteCtx, input: ParsedInputOf<'rectifications.close'>): string {
  const again = replayed(ctx.db, input.clientKey);
  if (again) return again;
  const r = openRow(ctx, input.id);
  const evidence = input.evidence.trim();
  const verifiedBy = input.verifiedBy.trim();
  if (!evidence || !verifiedBy) throw new DomainError('invalid_input', 'errors.rectification_no_evidence');
  const at = ctx.nowIso();
  stmt(
    ctx.db,
    `UPDATE rectifications SET status = 'closed', evidence = ?, verified_by = ?, closed_at = ?, updated_at = ? WHERE id = ?`,
  ).run(evidence, verifiedBy, at, at, r.id);
  addAction(ctx, r.id, 'closed', at, { evidence, verifiedBy }, input.clientKey);
  ctx.changed('rectification', r.id, { status: r.status }, { status: 'closed', evidence, verifiedBy });
  const stillOpen = stmt<[string], { n: number }>(
    ctx.db,
    `SELECT count(*) AS n FROM rectifications WHERE drill_id = ? AND status <> 'closed'`,
  ).get(r.drill_id)!.n;
  if (stillOpen === 0 && reviewDrill(ctx.db, r.drill_id).state === 'rectifying')
    advanceDrill(ctx.db, ctx.actor, r.drill_id, 'closed', at);
  ctx.emit('rectifications.changed', [r.id]);
  return r.id;
}
