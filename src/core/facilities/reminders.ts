import type { ReminderProvider } from '../reminders/provider';
import { stmt } from '../db/sql';
import { STOCK_LINES_SQL } from '../supplies/ledger';

/**
 * Stock below its minimum in a depot in use: a condition that holds now. The quantity is
 * the round, so a further drop after an acknowledgement is reminded again.
 */
export const stockBelowMinimum: ReminderProvider = {
  source: 'stock.belowMinimum',
  leadDays: 0,
  list: (db) =>
    stmt<
      [],
      { depot_id: string; depot: string; item: string; unit: string; quantity: number; minimum: number }
    >(
      db,
      `SELECT s.depot_id, d.name AS depot, s.item, s.unit, s.quantity, s.minimum
         FROM (${STOCK_LINES_SQL}) s JOIN depots d ON d.id = s.depot_id
        WHERE d.archived = 0 AND s.quantity < s.minimum
        ORDER BY d.name, s.position`,
    )
      .all()
      .map((s) => ({
        ref: `${s.depot_id}/${s.item}`,
        cycle: String(s.quantity),
        params: { depot: s.depot, item: s.item, unit: s.unit, quantity: s.quantity, minimum: s.minimum },
        dueAt: null,
        link: { route: 'resources', parts: ['depots'], query: { q: s.depot } },
      })),
};
