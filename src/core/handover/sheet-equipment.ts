import type { HandoverSheet } from '../../common/contract/handover';
import type { EquipmentKind, EquipmentStatus, FaultStatus } from '../../common/domain/equipment';
import { stmt } from '../db/sql';
import { listViews } from '../equipment/repo';
import type { DraftFields } from './draft';
import type { ReadDb } from '../db/handles';

type Sheet = HandoverSheet;

const MAX_CHECKS = 300;

/** Items handed over (the register's 交接物品); the incoming chief receipts them when signing. */
export function handedItems(db: ReadDb): Sheet['items'] {
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
  return itemRows.map((r) => {
    return {
      key: `item:${r.id}`,
      equipmentId: r.id,
      name: r.name,
      kind: r.kind,
      serial: r.serial,
      status: r.status,
      location: r.location,
      received: false,
      explanation: '',
    };
  });
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

/** Equipment: the register's state, checks done in the shift, faults still open. */
export function equipmentPart(
  db: ReadDb,
  start: string,
  upTo: string,
  asOf: Date,
  draft: DraftFields,
): Sheet['equipment'] {
  const asOfIso = asOf.toISOString();
  const checksTotal = stmt<[string, string], { n: number }>(
    db,
    'SELECT count(*) AS n FROM checks WHERE checked_at >= ? AND checked_at < ? AND drill_id IS NULL',
  ).get(start, upTo)!.n;
  const checks = stmt<
    [string, string, number],
    {
      id: string;
      equipment_name: string;
      equipment_kind: EquipmentKind;
      checked_at: string;
      passed: 0 | 1;
      checker_name: string;
      notes: string;
    }
  >(
    db,
    `SELECT c.id, e.name AS equipment_name, e.kind AS equipment_kind, c.checked_at, c.passed, c.checker_name, c.notes
       FROM checks c JOIN equipment e ON e.id = c.equipment_id
      WHERE c.checked_at >= ? AND c.checked_at < ? AND c.drill_id IS NULL ORDER BY c.checked_at LIMIT ?`,
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
      WHERE f.opened_at <= ? AND (f.closed_at IS NULL OR f.closed_at > ?) AND f.drill_id IS NULL
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
function overdueEquipment(db: ReadDb, asOf: Date): { due: number; overdue: Set<string> } {
  const views = listViews(db, asOf);
  return {
    due: views.filter((v) => v.due.state === 'due').length,
    overdue: new Set(views.filter((v) => v.due.state === 'overdue').map((v) => v.id)),
  };
}
