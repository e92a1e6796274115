import type { FaultView } from '../../common/contract/equipment';
import type { FaultStatus } from '../../common/domain/equipment';
import { localParts } from '../../common/time/zone';
import { newId } from '../auth/secrets';
import type { ReadDb } from '../db/handles';
import { stmt } from '../db/sql';
import { DomainError } from '../errors';
import type { WriteCtx } from '../handler';
import { authorOf } from '../incidents/service';
import { readSettings } from '../settings/repo';
import { appendFaultAction } from './chains';
import { equipmentRow, setStatus } from './repo';
import { ensureTemplate } from './templates';
import type { EquipmentRow, FaultActionRow, FaultWithEquipment } from './rows';

/**
 * Faults of communication equipment (故障): opened by a failed check or by hand, moved
 * along by their own actions (整改中, 已修复, deadline, reported to), and closed only by a
 * passing re-check (see checks.ts) or by retiring the item. Each action is appended to
 * the fault's hash-chained action log.
 */

export const SELECT_FAULT = `SELECT f.*, e.name AS equipment_name, e.kind AS equipment_kind, e.handover AS equipment_handover,
  (SELECT number FROM drills WHERE id = f.drill_id) AS drill_number
  FROM faults f JOIN equipment e ON e.id = f.equipment_id`;

export function toFaultViews(db: ReadDb, rows: FaultWithEquipment[], now: Date): FaultView[] {
  const actions = new Map<string, FaultActionRow[]>();
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500).map((r) => r.id);
    if (chunk.length === 0) continue;
    const list = db
      .prepare(
        `SELECT * FROM fault_actions WHERE fault_id IN (${chunk.map(() => '?').join(',')}) ORDER BY seq`,
      )
      .all(...chunk) as FaultActionRow[];
    for (const a of list) {
      const arr = actions.get(a.fault_id) ?? [];
      arr.push(a);
      actions.set(a.fault_id, arr);
    }
  }
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    equipmentId: r.equipment_id,
    equipmentName: r.equipment_name,
    equipmentKind: r.equipment_kind,
    handover: r.equipment_handover === 1,
    openedAt: r.opened_at,
    openedByCheckId: r.opened_by_check_id,
    openedByName: r.opened_by_name,
    description: r.description,
    reportedTo: r.reported_to,
    deadlineAt: r.deadline_at,
    status: r.status,
    overdue: r.status !== 'closed' && new Date(r.deadline_at).getTime() <= now.getTime(),
    repairedAt: r.repaired_at,
    closedAt: r.closed_at,
    closingCheckId: r.closing_check_id,
    drill: r.drill_id ? { id: r.drill_id, number: r.drill_number ?? '' } : null,
    actions: (actions.get(r.id) ?? []).map((a) => ({
      id: a.id,
      kind: a.kind,
      at: a.at,
      authorName: a.author_name,
      data: JSON.parse(a.data_json) as Record<string, unknown>,
    })),
  }));
}

export function faultRow(db: ReadDb, id: string): FaultWithEquipment | undefined {
  return stmt<[string], FaultWithEquipment>(db, `${SELECT_FAULT} WHERE f.id = ?`).get(id);
}

export function faultView(db: ReadDb, id: string, now: Date): FaultView {
  const r = faultRow(db, id);
  if (!r) throw new DomainError('not_found', 'errors.fault_missing');
  return toFaultViews(db, [r], now)[0]!;
}

/** The item's open fault: the real one, or (with `drillId`) the one opened under that drill. */
export function openFaultOf(
  db: ReadDb,
  equipmentId: string,
  drillId: string | null = null,
): FaultWithEquipment | undefined {
  return stmt<[string, string | null], FaultWithEquipment>(
    db,
    `${SELECT_FAULT} WHERE f.equipment_id = ? AND f.drill_id IS ? AND f.status <> 'closed' ORDER BY f.opened_at DESC LIMIT 1`,
  ).get(equipmentId, drillId);
}

function nextFaultNumber(db: ReadDb, year: number): string {
  const last = stmt<[string], { number: string }>(
    db,
    `SELECT number FROM faults WHERE number LIKE ? ORDER BY length(number) DESC, number DESC LIMIT 1`,
  ).get(`GZ${year}-%`);
  const n = last ? Number(last.number.split('-')[1]) + 1 : 1;
  return `GZ${year}-${String(n).padStart(3, '0')}`;
}

export function addFaultAction(
  ctx: WriteCtx,
  faultId: string,
  kind: FaultActionRow['kind'],
  at: string,
  data: Record<string, unknown>,
  clientKey: string | null,
): void {
  const author = authorOf(ctx.actor);
  const id = newId('fa');
  appendFaultAction(ctx.db, {
    id,
    fault_id: faultId,
    kind,
    at,
    data_json: JSON.stringify(data),
    author_id: author.id,
    author_name: author.name,
    client_key: clientKey,
  });
}

export function openFault(
  ctx: WriteCtx,
  eq: EquipmentRow,
  f: {
    description: string;
    reportedTo: string;
    openedAt: string;
    deadlineAt?: string;
    checkId: string | null;
    clientKey: string | null;
    /** Opened under this running drill (演练): the item's own state does not change. */
    drillId?: string | null;
  },
): string {
  const template = ensureTemplate(ctx.db, eq.kind, ctx.nowIso());
  const deadline =
    f.deadlineAt ?? new Date(new Date(f.openedAt).getTime() + template.faultHours * 3_600_000).toISOString();
  if (deadline < f.openedAt) throw new DomainError('invalid_input', 'errors.deadline_before_open');
  const year = localParts(new Date(f.openedAt), readSettings(ctx.db).timeZone).year;
  const id = newId('flt');
  const author = authorOf(ctx.actor);
  const number = nextFaultNumber(ctx.db, year);
  stmt(
    ctx.db,
    `INSERT INTO faults (id, number, equipment_id, opened_at, opened_by_check_id, description, reported_to, deadline_at, status, opened_by_id, opened_by_name, updated_at, drill_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?)`,
  ).run(
    id,
    number,
    eq.id,
    f.openedAt,
    f.checkId,
    f.description,
    f.reportedTo,
    deadline,
    author.id,
    author.name,
    ctx.nowIso(),
    f.drillId ?? null,
  );
  addFaultAction(
    ctx,
    id,
    'opened',
    f.openedAt,
    { description: f.description, deadlineAt: deadline, checkId: f.checkId, reportedTo: f.reportedTo },
    f.clientKey,
  );
  if (eq.status === 'in_use' && !f.drillId) setStatus(ctx.db, eq.id, 'fault', ctx.nowIso());
  ctx.changed('fault', id, undefined, {
    number,
    equipmentId: eq.id,
    deadline,
    status: 'open',
    drillId: f.drillId ?? null,
  });
  ctx.emit('faults.changed', [id]);
  ctx.emit('equipment.changed', [eq.id]);
  return id;
}

export function closeFault(
  ctx: WriteCtx,
  fault: FaultWithEquipment,
  at: string,
  checkId: string | null,
  reason?: string,
): void {
  stmt(
    ctx.db,
    `UPDATE faults SET status = 'closed', closed_at = ?, closing_check_id = ?, repaired_at = coalesce(repaired_at, ?), updated_at = ? WHERE id = ?`,
  ).run(at, checkId, at, ctx.nowIso(), fault.id);
  addFaultAction(ctx, fault.id, 'closed', at, { checkId, ...(reason ? { reason } : {}) }, null);
  const eq = equipmentRow(ctx.db, fault.equipment_id)!;
  if (!fault.drill_id && (eq.status === 'fault' || eq.status === 'repair'))
    setStatus(ctx.db, eq.id, 'in_use', ctx.nowIso());
  ctx.changed('fault', fault.id, { status: fault.status }, { status: 'closed', checkId });
  ctx.emit('faults.changed', [fault.id]);
  ctx.emit('equipment.changed', [eq.id]);
}

const TRANSITIONS: Record<FaultStatus, FaultStatus[]> = {
  open: ['in_progress', 'repaired'],
  in_progress: ['repaired', 'open'],
  repaired: ['in_progress'],
  closed: [],
};

export interface FaultUpdate {
  id: string;
  clientKey: string;
  status?: FaultStatus;
  action?: string;
  reportedTo?: string;
  deadlineAt?: string;
  reason?: string;
}

export function updateFault(ctx: WriteCtx, u: FaultUpdate): void {
  const f = faultRow(ctx.db, u.id);
  if (!f) throw new DomainError('not_found', 'errors.fault_missing');
  if (f.status === 'closed') throw new DomainError('conflict', 'errors.fault_closed', { number: f.number });
  const now = ctx.nowIso();
  let key: string | null = u.clientKey;
  // Only the first action carries the client key: a replay is detected by it.
  const take = () => {
    const k = key;
    key = null;
    return k;
  };
  let changed = false;
  if (u.status && u.status !== f.status) {
    if (u.status === 'closed') {
      const eq = equipmentRow(ctx.db, f.equipment_id)!;
      if (eq.status !== 'retired') throw new DomainError('conflict', 'errors.fault_needs_recheck');
      closeFault(ctx, f, now, null, u.reason);
      return;
    }
    if (!TRANSITIONS[f.status].includes(u.status))
      throw new DomainError('conflict', 'errors.fault_transition', {
        from: f.status,
        to: u.status,
      });
    stmt(
      ctx.db,
      `UPDATE faults SET status = ?, repaired_at = CASE WHEN ? = 'repaired' THEN ? ELSE repaired_at END, updated_at = ? WHERE id = ?`,
    ).run(u.status, u.status, now, now, f.id);
    addFaultAction(ctx, f.id, 'status', now, { from: f.status, to: u.status }, take());
    changed = true;
  }
  if (u.deadlineAt && u.deadlineAt !== f.deadline_at) {
    if (u.deadlineAt < f.opened_at) throw new DomainError('invalid_input', 'errors.deadline_before_open');
    stmt(ctx.db, 'UPDATE faults SET deadline_at = ?, updated_at = ? WHERE id = ?').run(
      u.deadlineAt,
      now,
      f.id,
    );
    addFaultAction(
      ctx,
      f.id,
      'deadline',
      now,
      { from: f.deadline_at, to: u.deadlineAt, reason: u.reason ?? '' },
      take(),
    );
    changed = true;
  }
  if (u.reportedTo !== undefined && u.reportedTo.trim() !== f.reported_to) {
    stmt(ctx.db, 'UPDATE faults SET reported_to = ?, updated_at = ? WHERE id = ?').run(
      u.reportedTo.trim(),
      now,
      f.id,
    );
    addFaultAction(ctx, f.id, 'reported', now, { to: u.reportedTo.trim() }, take());
    changed = true;
  }
  if (u.action?.trim()) {
    addFaultAction(ctx, f.id, 'note', now, { text: u.action.trim() }, take());
    changed = true;
  }
  if (!changed) throw new DomainError('conflict', 'errors.fault_no_change');
  ctx.changed('fault', f.id, { status: f.status, deadline: f.deadline_at }, u);
  ctx.emit('faults.changed', [f.id]);
  ctx.emit('equipment.changed', [f.equipment_id]);
}

export function faultActionByClientKey(db: ReadDb, key: string): FaultActionRow | undefined {
  return stmt<[string], FaultActionRow>(db, 'SELECT * FROM fault_actions WHERE client_key = ?').get(key);
}
