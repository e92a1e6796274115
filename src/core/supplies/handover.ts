import type { HandoverSheet } from '../../common/contract/handover';
import { stmt } from '../db/sql';
import type { ReadDb } from '../db/handles';

/**
 * The handover sheet's 调拨 lines: real orders approved orally by `asOf` whose written
 * order had not been filed by then — the next shift inherits the 48-hour clock.
 */
export function writtenOrdersDue(db: ReadDb, asOf: string): NonNullable<HandoverSheet['supplyOrders']> {
  return stmt<
    [string, string],
    {
      id: string;
      number: string;
      title: string;
      receiving_unit: string;
      approver: string;
      approved_at: string;
      written_due_at: string;
    }
  >(
    db,
    `SELECT o.id, o.number, i.title, o.receiving_unit, o.approver, o.approved_at, o.written_due_at
       FROM supply_orders o JOIN incidents i ON i.id = o.incident_id
      WHERE o.approval = 'oral' AND o.drill_id IS NULL AND o.approved_at <= ? AND (o.written_at IS NULL OR o.written_at > ?)
      ORDER BY o.written_due_at`,
  )
    .all(asOf, asOf)
    .map((o) => ({
      id: o.id,
      number: o.number,
      incidentTitle: o.title,
      receivingUnit: o.receiving_unit,
      approver: o.approver,
      approvedAt: o.approved_at,
      writtenDueAt: o.written_due_at,
    }));
}
