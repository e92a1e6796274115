import { LOT_EXPIRY_LEAD_DAYS } from '../../common/domain/supplies';
import { endOfLocalDay } from '../../common/time/zone';
import { stmt } from '../db/sql';
import type { ReminderProvider } from '../reminders/provider';
import { readSettings } from '../settings/repo';

/**
 * A lot that still holds something and expires within 30 days (临期), or has expired:
 * to be rotated (轮换) or written off (报废). Its expiry date is the round.
 */
export const lotExpiring: ReminderProvider = {
  source: 'supplies.lotExpiring',
  leadDays: LOT_EXPIRY_LEAD_DAYS,
  list(db) {
    const tz = readSettings(db).timeZone;
    return stmt<
      [],
      {
        id: string;
        lot_no: string;
        expires_on: string;
        depot: string;
        item: string;
        unit: string;
        quantity: number;
      }
    >(
      db,
      `SELECT t.id, t.lot_no, t.expires_on, d.name AS depot, i.name AS item, i.unit,
              (SELECT b.quantity FROM supply_lot_balances b WHERE b.lot_id = t.id AND b.drill = '') AS quantity
         FROM supply_lots t JOIN depots d ON d.id = t.depot_id JOIN supply_items i ON i.id = t.item_id
        WHERE t.expires_on IS NOT NULL AND d.archived = 0
        ORDER BY t.expires_on, d.name, i.name`,
    )
      .all()
      .filter((l) => l.quantity > 0)
      .map((l) => ({
        ref: l.id,
        cycle: l.expires_on,
        params: {
          depot: l.depot,
          item: l.item,
          lot: l.lot_no || '—',
          quantity: Math.round(l.quantity * 1000) / 1000,
          unit: l.unit,
          expiresOn: l.expires_on,
        },
        dueAt: endOfLocalDay(l.expires_on, tz).toISOString(),
        link: { route: 'supplies', parts: ['stock'], query: { q: l.item } },
      }));
  },
};

/** An oral 调拨 approval whose written order is not filed: due 48 hours after it, shown from a day before. */
export const writtenOrderDue: ReminderProvider = {
  source: 'supplyOrders.writtenDue',
  leadDays: 2,
  list: (db) =>
    stmt<
      [],
      { id: string; number: string; approver: string; written_due_at: string; receiving_unit: string }
    >(
      db,
      `SELECT id, number, approver, written_due_at, receiving_unit FROM supply_orders
        WHERE approval = 'oral' AND written_at IS NULL AND drill_id IS NULL ORDER BY written_due_at`,
    )
      .all()
      .map((o) => ({
        ref: o.id,
        cycle: o.written_due_at,
        params: { number: o.number, approver: o.approver, unit: o.receiving_unit },
        dueAt: o.written_due_at,
        link: { route: 'supplies', parts: ['orders'], query: { order: o.id } },
      })),
};

/** An agreement reserve whose contract ends within 30 days (or has ended while still in use). */
export const agreementEnding: ReminderProvider = {
  source: 'supplyAgreements.contractEnd',
  leadDays: 30,
  list(db) {
    const tz = readSettings(db).timeZone;
    return stmt<[], { id: string; enterprise: string; contract_end: string }>(
      db,
      `SELECT id, enterprise, contract_end FROM supply_agreements WHERE archived = 0 ORDER BY contract_end`,
    )
      .all()
      .map((a) => ({
        ref: a.id,
        cycle: a.contract_end,
        params: { enterprise: a.enterprise, end: a.contract_end },
        dueAt: endOfLocalDay(a.contract_end, tz).toISOString(),
        link: { route: 'supplies', parts: ['agreements'], query: { q: a.enterprise } },
      }));
  },
};
