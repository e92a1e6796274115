import type { CheckView, FaultView } from '../../common/contract/equipment';
import {
  itemPasses,
  valueFits,
  type CheckItem,
  type CheckValue,
  type EquipmentKind,
  type FaultStatus,
} from '../../common/domain/equipment';
import { label } from '../../common/i18n/domain-labels';
import { localParts } from '../../common/time/zone';
import { newId } from '../auth/secrets';
import { stmt } from '../db/sql';
import { DomainError } from '../errors';
import type { WriteCtx } from '../handler';
import { authorOf, assertNotFuture } from '../incidents/service';
import { appendCheck, appendFaultAction, type CheckRow, type FaultActionRow } from './chains';
import { equipmentRow, setStatus, type EquipmentRow } from './repo';
import { ensureTemplate } from './templates';
import { readSettings } from '../settings/repo';
import type { ReadDb } from '../db/handles';

export interface StoredResult {
  key: string;
  value: CheckValue;
  ok: boolean;
}

export function toCheckView(
  r: CheckRow & { equipment_name: string; equipment_kind: EquipmentKind },
): CheckView {
  const items = JSON.parse(r.items_json) as CheckItem[];
  const results = JSON.parse(r.results_json) as StoredResult[];
  const byKey = new Map(results.map((x) => [x.key, x]));
  return {
    id: r.id,
    equipmentId: r.equipment_id,
    equipmentName: r.equipment_name,
    equipmentKind: r.equipment_kind,
    templateVersion: r.template_version,
    // The items as they were when checked: a later template edit changes nothing here.
    results: items.map((it) => {
      const res = byKey.get(it.key);
      return {
        key: it.key,
        label: it.label,
        type: it.type,
        unit: it.type === 'number' ? it.unit : null,
        min: it.type === 'number' ? it.min : null,
        max: it.type === 'number' ? it.max : null,
        pass: it.type === 'choice' ? it.pass : null,
        value: res?.value ?? null,
        ok: res?.ok ?? !it.required,
      };
    }),
    passed: r.passed === 1,
    checkedAt: r.checked_at,
    enteredAt: r.entered_at,
    checkerName: r.checker_name,
    notes: r.notes,
    roundId: r.round_id,
  };
}

export const SELECT_CHECK = `SELECT c.*, e.name AS equipment_name, e.kind AS equipment_kind FROM checks c JOIN equipment e ON e.id = c.equipment_id`;

export function checkById(db: ReadDb, id: string): CheckView | undefined {
  const r = stmt<[string], CheckRow & { equipment_name: string; equipment_kind: EquipmentKind }>(
    db,
    `${SELECT_CHECK} WHERE c.id = ?`,
  ).get(id);
  return r ? toCheckView(r) : undefined;
}

// ---- faults ----

export interface FaultRow {
  id: string;
  number: string;
  equipment_id: string;
  opened_at: string;
  opened_by_check_id: string | null;
  description: string;
  reported_to: string;
  deadline_at: string;
  status: FaultStatus;
  repaired_at: string | null;
  closed_at: string | null;
  closing_check_id: string | null;
  opened_by_id: string | null;
  opened_by_name: string;
  updated_at: string;
  equipment_name: string;
  equipment_kind: EquipmentKind;
  equipment_handover: 0 | 1;
}

export const SELECT_FAULT = `SELECT f.*, e.name AS equipment_name, e.kind AS equipment_kind, e.handover AS equipment_handover
  FROM faults f JOIN equipment e ON e.id = f.equipment_id`;

export function toFaultViews(db: ReadDb, rows: FaultRow[], now: Date): FaultView[] {
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
    actions: (actions.get(r.id) ?? []).map((a) => ({
      id: a.id,
      kind: a.kind,
      at: a.at,
      authorName: a.author_name,
      data: JSON.parse(a.data_json) as Record<string, unknown>,
    })),
  }));
}

export function faultRow(db: ReadDb, id: string): FaultRow | undefined {
  return stmt<[string], FaultRow>(db, `${SELECT_FAULT} WHERE f.id = ?`).get(id);
}

export function faultView(db: ReadDb, id: string, now: Date): FaultView {
  const r = faultRow(db, id);
  if (!r) throw new DomainError('not_found', 'errors.fault_missing');
  return toFaultViews(db, [r], now)[0]!;
}

export function openFaultOf(db: ReadDb, equipmentId: string): FaultRow | undefined {
  return stmt<[string], FaultRow>(
    db,
    `${SELECT_FAULT} WHERE f.equipment_id = ? AND f.status <> 'closed' ORDER BY f.opened_at DESC LIMIT 1`,
  ).get(equipmentId);
}

function nextFaultNumber(db: ReadDb, year: number): string {
  const last = stmt<[string], { number: string }>(
    db,
    `SELECT number FROM faults WHERE number LIKE ? ORDER BY length(number) DESC, number DESC LIMIT 1`,
  ).get(`GZ${year}-%`);
  const n = last ? Number(last.number.split('-')[1]) + 1 : 1;
  return `GZ${year}-${String(n).padStart(3, '0')}`;
}

function addAction(
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
    `INSERT INTO faults (id, number, equipment_id, opened_at, opened_by_check_id, description, reported_to, deadline_at, status, opened_by_id, opened_by_name, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?)`,
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
  );
  addAction(
    ctx,
    id,
    'opened',
    f.openedAt,
    { description: f.description, deadlineAt: deadline, checkId: f.checkId, reportedTo: f.reportedTo },
    f.clientKey,
  );
  if (eq.status === 'in_use') setStatus(ctx.db, eq.id, 'fault', ctx.nowIso());
  ctx.changed('fault', id, undefined, { number, equipmentId: eq.id, deadline, status: 'open' });
  ctx.emit('faults.changed', [id]);
  ctx.emit('equipment.changed', [eq.id]);
  return id;
}

function closeFault(
  ctx: WriteCtx,
  fault: FaultRow,
  at: string,
  checkId: string | null,
  reason?: string,
): void {
  stmt(
    ctx.db,
    `UPDATE faults SET status = 'closed', closed_at = ?, closing_check_id = ?, repaired_at = coalesce(repaired_at, ?), updated_at = ? WHERE id = ?`,
  ).run(at, checkId, at, ctx.nowIso(), fault.id);
  addAction(ctx, fault.id, 'closed', at, { checkId, ...(reason ? { reason } : {}) }, null);
  const eq = equipmentRow(ctx.db, fault.equipment_id)!;
  if (eq.status === 'fault' || eq.status === 'repair') setStatus(ctx.db, eq.id, 'in_use', ctx.nowIso());
  ctx.changed('fault', fault.id, { status: fault.status }, { status: 'closed', checkId });
  ctx.emit('faults.changed', [fault.id]);
  ctx.emit('equipment.changed', [eq.id]);
}

/** Human text of a failed item, for the fault a check opens: "电池电量 42%（应 ≥ 50%）". */
export function describeFailure(
  items: CheckItem[],
  results: StoredResult[],
  locale: 'zh-CN' | 'en-US',
): string {
  const zh = locale === 'zh-CN';
  const parts: string[] = [];
  for (const r of results) {
    if (r.ok) continue;
    const it = items.find((i) => i.key === r.key);
    if (!it) continue;
    let v: string;
    if (r.value === null) v = zh ? '未填' : 'missing';
    else if (typeof r.value === 'boolean') v = r.value ? (zh ? '是' : 'yes') : zh ? '否' : 'no';
    else v = String(r.value);
    let need = '';
    if (it.type === 'number') {
      const unit = it.unit;
      if (it.min !== null && it.max !== null) need = `${it.min}–${it.max}${unit}`;
      else if (it.min !== null) need = `≥ ${it.min}${unit}`;
      else if (it.max !== null) need = `≤ ${it.max}${unit}`;
      v += unit;
    } else if (it.type === 'choice') need = it.pass.join('/');
    parts.push(`${it.label} ${v}${need ? (zh ? `（应 ${need}）` : ` (must be ${need})`) : ''}`);
  }
  return (zh ? '检查不合格：' : 'Check failed: ') + parts.join(zh ? '；' : '; ');
}

export interface RecordInput {
  clientKey: string;
  equipmentId: string;
  templateVersion: number;
  checkedAt?: string;
  results: { key: string; value: CheckValue }[];
  notes: string;
  roundId?: string;
  faultDescription?: string;
}

export interface RecordOutcome {
  checkId: string;
  faultOpened: string | null;
  faultClosed: string | null;
  faultUpdated: string | null;
}

/**
 * Records one check against the current template of the item's kind, derives pass or
 * fail, and moves the item's fault along: a failed check opens one (or, if one is open,
 * notes the failed re-check); a passing check closes the open one.
 */
export function recordCheck(ctx: WriteCtx, input: RecordInput): RecordOutcome {
  const eq = equipmentRow(ctx.db, input.equipmentId);
  if (!eq) throw new DomainError('not_found', 'errors.equipment_missing');
  if (eq.status === 'retired')
    throw new DomainError('conflict', 'errors.equipment_not_checked', {
      name: eq.name,
      status: label(ctx.locale(), `equipmentStatus.${eq.status}`),
    });
  const template = ensureTemplate(ctx.db, eq.kind, ctx.nowIso());
  if (input.templateVersion !== template.version)
    throw new DomainError('conflict', 'errors.template_version_stale', { version: template.version });
  const checkedAt = input.checkedAt ?? ctx.nowIso();
  assertNotFuture(checkedAt, ctx.now(), ctx.locale() === 'zh-CN' ? '检查时间' : 'The check time');
  if (checkedAt < eq.created_at) throw new DomainError('invalid_input', 'errors.check_before_registered');

  const given = new Map<string, CheckValue>();
  for (const r of input.results) {
    if (!template.items.some((i) => i.key === r.key))
      throw new DomainError('invalid_input', 'errors.check_unknown_item', { key: r.key });
    given.set(r.key, typeof r.value === 'string' ? r.value.trim() : r.value);
  }
  const results: StoredResult[] = template.items.map((it) => {
    const value = given.get(it.key) ?? null;
    if (!valueFits(it, value))
      throw new DomainError('invalid_input', 'errors.check_bad_value', { label: it.label });
    if (it.required && (value === null || value === ''))
      throw new DomainError('invalid_input', 'errors.check_missing_item', { label: it.label });
    return {
      key: it.key,
      value: value === '' ? null : value,
      ok: itemPasses(it, value === '' ? null : value),
    };
  });
  const passed = results.every((r) => r.ok);

  const author = authorOf(ctx.actor);
  const id = newId('ck');
  appendCheck(ctx.db, {
    id,
    equipment_id: eq.id,
    template_kind: eq.kind,
    template_version: template.version,
    items_json: JSON.stringify(template.items),
    results_json: JSON.stringify(results),
    passed: passed ? 1 : 0,
    checked_at: checkedAt,
    entered_at: ctx.nowIso(),
    checker_id: author.id,
    checker_name: author.name,
    notes: input.notes.trim(),
    round_id: input.roundId ?? null,
    client_key: input.clientKey,
  });
  if (!eq.last_check_at || checkedAt >= eq.last_check_at) {
    stmt(
      ctx.db,
      'UPDATE equipment SET last_check_at = ?, last_check_id = ?, last_check_passed = ? WHERE id = ?',
    ).run(checkedAt, id, passed ? 1 : 0, eq.id);
  }
  ctx.changed('check', id, undefined, { equipmentId: eq.id, passed, templateVersion: template.version });
  ctx.emit('checks.changed', [id]);
  ctx.emit('equipment.changed', [eq.id]);

  const out: RecordOutcome = { checkId: id, faultOpened: null, faultClosed: null, faultUpdated: null };
  const open = openFaultOf(ctx.db, eq.id);
  if (passed && open) {
    closeFault(ctx, open, checkedAt, id);
    out.faultClosed = open.id;
  } else if (!passed && open) {
    addAction(
      ctx,
      open.id,
      'recheck_failed',
      checkedAt,
      { checkId: id, description: describeFailure(template.items, results, ctx.locale()) },
      null,
    );
    if (open.status === 'repaired') {
      stmt(ctx.db, `UPDATE faults SET status = 'in_progress', updated_at = ? WHERE id = ?`).run(
        ctx.nowIso(),
        open.id,
      );
      addAction(ctx, open.id, 'status', checkedAt, { from: 'repaired', to: 'in_progress' }, null);
    }
    ctx.emit('faults.changed', [open.id]);
    out.faultUpdated = open.id;
  } else if (!passed) {
    out.faultOpened = openFault(ctx, eq, {
      description: input.faultDescription?.trim() || describeFailure(template.items, results, ctx.locale()),
      reportedTo: '',
      openedAt: checkedAt,
      checkId: id,
      clientKey: null,
    });
  }
  return out;
}

/** What an earlier call with the same client key did. */
export function replayRecord(db: ReadDb, clientKey: string): RecordOutcome | null {
  const c = stmt<[string], { id: string }>(db, 'SELECT id FROM checks WHERE client_key = ?').get(clientKey);
  if (!c) return null;
  const opened = stmt<[string], { id: string }>(db, 'SELECT id FROM faults WHERE opened_by_check_id = ?').get(
    c.id,
  );
  const closed = stmt<[string], { id: string }>(db, 'SELECT id FROM faults WHERE closing_check_id = ?').get(
    c.id,
  );
  return {
    checkId: c.id,
    faultOpened: opened?.id ?? null,
    faultClosed: closed?.id ?? null,
    faultUpdated: null,
  };
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
  const loc = ctx.locale();
  if (u.status && u.status !== f.status) {
    if (u.status === 'closed') {
      const eq = equipmentRow(ctx.db, f.equipment_id)!;
      if (eq.status !== 'retired') throw new DomainError('conflict', 'errors.fault_needs_recheck');
      closeFault(ctx, f, now, null, u.reason);
      return;
    }
    if (!TRANSITIONS[f.status].includes(u.status))
      throw new DomainError('conflict', 'errors.fault_transition', {
        from: label(loc, `faultStatus.${f.status}`),
        to: label(loc, `faultStatus.${u.status}`),
      });
    stmt(
      ctx.db,
      `UPDATE faults SET status = ?, repaired_at = CASE WHEN ? = 'repaired' THEN ? ELSE repaired_at END, updated_at = ? WHERE id = ?`,
    ).run(u.status, u.status, now, now, f.id);
    addAction(ctx, f.id, 'status', now, { from: f.status, to: u.status }, take());
    changed = true;
  }
  if (u.deadlineAt && u.deadlineAt !== f.deadline_at) {
    if (u.deadlineAt < f.opened_at) throw new DomainError('invalid_input', 'errors.deadline_before_open');
    stmt(ctx.db, 'UPDATE faults SET deadline_at = ?, updated_at = ? WHERE id = ?').run(
      u.deadlineAt,
      now,
      f.id,
    );
    addAction(
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
    addAction(ctx, f.id, 'reported', now, { to: u.reportedTo.trim() }, take());
    changed = true;
  }
  if (u.action?.trim()) {
    addAction(ctx, f.id, 'note', now, { text: u.action.trim() }, take());
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
