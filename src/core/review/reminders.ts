import { endOfLocalDay } from '../../common/time/zone';
import { stmt } from '../db/sql';
import type { ReminderProvider } from '../reminders/provider';
import { readSettings } from '../settings/repo';
import type { RectificationRow } from './rows';

/**
 * 整改 not closed, from a week before its due date; overdue from the day after it (the due
 * date is a whole day in the bureau's zone, as on the handover sheet). Only drills that
 * have ended have findings, so nothing sealed is named; the finding is, not the drill.
 */
export const rectificationDue: ReminderProvider = {
  source: 'rectifications.due',
  leadDays: 7,
  list(db) {
    const tz = readSettings(db).timeZone;
    return stmt<[], Pick<RectificationRow, 'id' | 'number' | 'owner_unit' | 'finding' | 'due_date'>>(
      db,
      `SELECT id, number, owner_unit, finding, due_date FROM rectifications WHERE status <> 'closed'`,
    )
      .all()
      .map((r) => ({
        ref: r.id,
        cycle: r.due_date,
        params: { number: r.number, unit: r.owner_unit, finding: r.finding.slice(0, 40) },
        dueAt: endOfLocalDay(r.due_date, tz).toISOString(),
        link: { route: 'review', parts: ['rectifications'] },
      }));
  },
};
