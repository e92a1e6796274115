import { endOfLocalDay, localDate } from '../../common/time/zone';
import { stmt } from '../db/sql';
import type { ReminderProvider } from '../reminders/provider';
import { readSettings } from '../settings/repo';
import { readWarningRules } from './settings';

/** The review deadline a confirmation on `day` (YYYY-MM-DD) counts for: the first `MM-DD` on or after it. */
export function coveredDeadline(day: string, mmdd: string): string {
  const year = Number(day.slice(0, 4));
  const same = `${year}-${mmdd}`;
  return same >= day ? same : `${year + 1}-${mmdd}`;
}

const yearAfter = (d: string) => `${Number(d.slice(0, 4)) + 1}${d.slice(4)}`;

/**
 * 叫应名录 is reviewed once a year by a fixed date (设置: 04-20 by default, before the
 * flood season). A confirmation counts for the first such date on or after it, so the
 * list is due by the date after the one its oldest confirmation covered (this year's,
 * when a line was never confirmed), counting the 叫应 lines not confirmed since. Confirming
 * them in 通讯录 moves it on.
 */
export const callListReviewDue: ReminderProvider = {
  source: 'warnings.callListReview',
  leadDays: 30,
  list(db, now) {
    const tz = readSettings(db).timeZone;
    const { reviewDate } = readWarningRules(db);
    const g = stmt<[], { n: number; never: number; oldest: string | null }>(
      db,
      `SELECT count(*) AS n, sum(reviewed_on IS NULL) AS never, min(reviewed_on) AS oldest
         FROM contacts WHERE archived = 0 AND call_list = 1`,
    ).get()!;
    if (g.n === 0) return [];
    const today = localDate(now, tz);
    // Never confirmed: due by this year's date (or now, if it has passed).
    const due =
      g.never > 0 || !g.oldest
        ? `${today.slice(0, 4)}-${reviewDate}`
        : yearAfter(coveredDeadline(g.oldest, reviewDate));
    const previous = `${Number(due.slice(0, 4)) - 1}${due.slice(4)}`;
    const stale = stmt<[string], { n: number }>(
      db,
      `SELECT count(*) AS n FROM contacts WHERE archived = 0 AND call_list = 1 AND (reviewed_on IS NULL OR reviewed_on <= ?)`,
    ).get(previous)!.n;
    return [
      {
        ref: 'callList',
        cycle: due,
        params: { date: due, n: stale },
        dueAt: endOfLocalDay(due, tz).toISOString(),
        link: { route: 'contacts', parts: [], query: {} },
      },
    ];
  },
};
