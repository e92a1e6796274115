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
      { id: string; lot_no: string; expires_on: string; depot: string; item: string; unit: string; quantity: number }
    >(
      db,
      `SELECT t.id, t.lot_no, t.expires_on, d.name AS depot, i.name AS item, i.unit,
              (SELECT sum(m.quantity) FROM supply_movements m WHERE m.lot_id = t.id) AS quantity
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
