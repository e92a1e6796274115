import type { CheckView } from '../../common/contract/equipment';
import {
  itemPasses,
  valueFits,
  type CheckItem,
  type CheckValue,
  type EquipmentKind,
} from '../../common/domain/equipment';
import { newId } from '../auth/secrets';
import type { ReadDb } from '../db/handles';
import { stmt } from '../db/sql';
import { DomainError } from '../errors';
import type { WriteCtx } from '../handler';
import { authorOf, assertNotFuture } from '../incidents/service';
import { describeFailure } from './check-failure';
import { appendCheck } from './chains';
import { addFaultAction, closeFault, openFault, openFaultOf } from './faults';
import { equipmentRow } from './repo';
import { ensureTemplate } from './templates';
import { assertDrillRunning } from '../drills/traffic';
import type { CheckRow } from './rows';

/**
 * Checks of communication equipment (设备检查): recorded against the template in force
 * for the item's kind, judged pass or fail item by item, appended to the checks chain.
 * A check moves the item's fault (faults.ts): a failure opens one or notes the failed
 * re-check, a pass closes the open one.
 */

export interface StoredResult {
  key: string;
  value: CheckValue;
  ok: boolean;
}

export function toCheckView(r: CheckWithEquipment): CheckView {
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
    drill: r.drill_id ? { id: r.drill_id, number: r.drill_number ?? '' } : null,
  };
}

export const SELECT_CHECK = `SELECT c.*, e.name AS equipment_name, e.kind AS equipment_kind,
  (SELECT number FROM drills WHERE id = c.drill_id) AS drill_number
  FROM checks c JOIN equipment e ON e.id = c.equipment_id`;

/** A check as SELECT_CHECK reads it. */
export type CheckWithEquipment = CheckRow & {
  equipment_name: string;
  equipment_kind: EquipmentKind;
  drill_number: string | null;
};

export function checkById(db: ReadDb, id: string): CheckView | undefined {
  const r = stmt<[string], CheckWithEquipment>(db, `${SELECT_CHECK} WHERE c.id = ?`).get(id);
  return r ? toCheckView(r) : undefined;
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
  drillId?: string | null;
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
      status: eq.status,
    });
  const template = ensureTemplate(ctx.db, eq.kind, ctx.nowIso());
  if (input.templateVersion !== template.version)
    throw new DomainError('conflict', 'errors.template_version_stale', { version: template.version });
  const drillId = input.drillId ?? null;
  if (drillId) assertDrillRunning(ctx.db, drillId);
  const checkedAt = input.checkedAt ?? ctx.nowIso();
  assertNotFuture(checkedAt, ctx.now(), 'check');
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
    drill_id: drillId,
  });
  // A drill's check is not the item's real check: its due state and last result stay.
  if (!drillId && (!eq.last_check_at || checkedAt >= eq.last_check_at)) {
    stmt(
      ctx.db,
      'UPDATE equipment SET last_check_at = ?, last_check_id = ?, last_check_passed = ? WHERE id = ?',
    ).run(checkedAt, id, passed ? 1 : 0, eq.id);
  }
  ctx.changed('check', id, undefined, {
    equipmentId: eq.id,
    passed,
    templateVersion: template.version,
    drillId,
  });
  ctx.emit('checks.changed', [id]);
  ctx.emit('equipment.changed', [eq.id]);

  const out: RecordOutcome = { checkId: id, faultOpened: null, faultClosed: null, faultUpdated: null };
  // A drill's check moves only that drill's fault of the item; a real one only the real fault.
  const open = openFaultOf(ctx.db, eq.id, drillId);
  if (passed && open) {
    closeFault(ctx, open, checkedAt, id);
    out.faultClosed = open.id;
  } else if (!passed && open) {
    addFaultAction(
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
      addFaultAction(ctx, open.id, 'status', checkedAt, { from: 'repaired', to: 'in_progress' }, null);
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
      drillId,
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
