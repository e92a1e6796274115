import type { ReminderProvider } from '../reminders/provider';
import { stmt } from '../db/sql';
import { listViews } from './repo';

/** A check that falls due this round or was missed (the register's own window decides). */
export const equipmentCheckDue: ReminderProvider = {
  source: 'equipment.checkDue',
  // The register's window already says when a check is due: nothing to hold back.
  leadDays: 366,
  list: (db, now) =>
    listViews(db, now)
      .filter((e) => e.due.state === 'due' || e.due.state === 'overdue')
      .map((e) => ({
        ref: e.id,
        cycle: e.due.dueAt ?? e.due.windowStart ?? 'now',
        params: { name: e.name },
        dueAt: e.due.dueAt,
        link: { route: 'equipment', parts: ['register'] },
      })),
};

/** An open fault whose repair deadline is within a day, or past. */
export const equipmentFaultDue: ReminderProvider = {
  source: 'equipment.faultDue',
  leadDays: 1,
  list: (db) =>
    stmt<[], { id: string; number: string; deadline_at: string; name: string }>(
      db,
      `SELECT f.id, f.number, f.deadline_at, e.name FROM faults f JOIN equipment e ON e.id = f.equipment_id
        WHERE f.status <> 'closed' AND f.drill_id IS NULL`,
    )
      .all()
      .map((f) => ({
        ref: f.id,
        cycle: f.deadline_at,
        params: { number: f.number, name: f.name },
        dueAt: f.deadline_at,
        link: { route: 'equipment', parts: ['faults'] },
      })),
};
