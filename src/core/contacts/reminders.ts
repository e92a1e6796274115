import { REVIEW_DAYS, type ContactCategory } from '../../common/domain/contacts';
import { stmt } from '../db/sql';
import type { ReminderProvider } from '../reminders/provider';

const DAY_MS = 86_400_000;

/**
 * 通讯录 is confirmed once a year (the 叫应 list before the flood season): one reminder
 * per kind of unit, due a year after its oldest confirmation, counting the lines never
 * confirmed. A review of the lines moves it on by itself.
 */
export const contactsReviewDue: ReminderProvider = {
  source: 'contacts.reviewDue',
  leadDays: 30,
  list: (db) =>
    stmt<[], { category: ContactCategory; n: number; never: number; oldest: string | null }>(
      db,
      `SELECT category, count(*) AS n, sum(reviewed_on IS NULL) AS never, min(reviewed_on) AS oldest
         FROM contacts WHERE archived = 0 GROUP BY category`,
    )
      .all()
      .flatMap((g) => {
        // Never confirmed: due now; otherwise a year after the oldest confirmation.
        const dueAt =
          g.never > 0 || g.oldest === null
            ? null
            : new Date(Date.parse(`${g.oldest}T00:00:00.000Z`) + REVIEW_DAYS * DAY_MS).toISOString();
        const stale =
          g.never > 0
            ? g.never
            : stmt<[string, string], { n: number }>(
                db,
                `SELECT count(*) AS n FROM contacts WHERE archived = 0 AND category = ? AND reviewed_on <= ?`,
              ).get(g.category, g.oldest!)!.n;
        return [
          {
            ref: g.category,
            cycle: g.never > 0 ? `never:${g.never}` : (g.oldest ?? ''),
            params: { categoryLabel: `contactCategory.${g.category}`, n: stale },
            dueAt,
            link: { route: 'contacts', parts: [], query: { category: g.category } },
          },
        ];
      }),
};
