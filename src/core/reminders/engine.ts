import type { Reminder, ReminderList } from '../../common/contract/reminders';
import type { ReadDb, WriteDb } from '../db/handles';
import { stmt } from '../db/sql';
import type { ReminderProvider } from './provider';
import type { ReminderAckRow } from './rows';

const DAY_MS = 86_400_000;

/** The newest acknowledgement of each round, by `source|ref|cycle`. */
function acknowledgements(db: ReadDb): Map<string, ReminderAckRow> {
  const rows = stmt<[], ReminderAckRow>(db, 'SELECT * FROM reminder_acks ORDER BY id').all();
  return new Map(rows.map((r) => [`${r.source}|${r.ref}|${r.cycle}`, r]));
}

/**
 * Every provider's due items within their lead time: overdue first, then by date; an
 * acknowledged one stays listed (who, when, what was said) but no longer counts as open.
 */
export function listReminders(db: ReadDb, providers: readonly ReminderProvider[], now: Date): ReminderList {
  const acks = acknowledgements(db);
  const t = now.getTime();
  const items: Reminder[] = [];
  for (const p of providers) {
    for (const d of p.list(db, now)) {
      const due = d.dueAt === null ? null : new Date(d.dueAt).getTime();
      if (due !== null && due - p.leadDays * DAY_MS > t) continue;
      const ack = acks.get(`${p.source}|${d.ref}|${d.cycle}`);
      items.push({
        source: p.source,
        ref: d.ref,
        cycle: d.cycle,
        params: d.params,
        dueAt: d.dueAt,
        state: due === null || due <= t ? 'overdue' : 'due',
        link: { route: d.link.route, parts: d.link.parts, query: d.link.query ?? {} },
        acknowledged: ack ? { by: ack.operator_name, at: ack.at, note: ack.note } : null,
      });
    }
  }
  const rank = (r: Reminder) => (r.acknowledged ? 2 : 0) + (r.state === 'overdue' ? 0 : 1);
  items.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.dueAt ?? '').localeCompare(b.dueAt ?? '') ||
      a.source.localeCompare(b.source) ||
      a.ref.localeCompare(b.ref),
  );
  const open = items.filter((r) => !r.acknowledged);
  return { items, open: open.length, overdue: open.filter((r) => r.state === 'overdue').length };
}

export function recordAcknowledgement(db: WriteDb, ack: Omit<ReminderAckRow, 'id'>): void {
  stmt(
    db,
    `INSERT INTO reminder_acks (source, ref, cycle, operator_id, operator_name, at, note)
     VALUES (@source, @ref, @cycle, @operator_id, @operator_name, @at, @note)`,
  ).run(ack);
}
