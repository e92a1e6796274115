import { EXPERT_TERM_LEAD_DAYS } from '../../common/domain/teams';
import { endOfLocalDay } from '../../common/time/zone';
import { stmt } from '../db/sql';
import type { ReminderProvider } from '../reminders/provider';
import { readSettings } from '../settings/repo';

/** An expert's term (聘期) ending: two months ahead, to renew the appointment or find a successor. */
export const expertTermDue: ReminderProvider = {
  source: 'experts.termDue',
  leadDays: EXPERT_TERM_LEAD_DAYS,
  list(db) {
    const tz = readSettings(db).timeZone;
    return stmt<[], { id: string; name: string; unit: string; term_end: string }>(
      db,
      `SELECT id, name, unit, term_end FROM experts WHERE archived = 0 AND term_end IS NOT NULL ORDER BY term_end, name`,
    )
      .all()
      .map((e) => ({
        ref: e.id,
        cycle: e.term_end,
        params: { name: e.name, unit: e.unit },
        dueAt: endOfLocalDay(e.term_end, tz).toISOString(),
        link: { route: 'experts', parts: [], query: { q: e.name } },
      }));
  },
};
