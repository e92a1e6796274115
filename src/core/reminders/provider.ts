import type { ReminderSource } from '../../common/contract/reminders';
import type { ReadDb } from '../db/handles';

/**
 * One due item of an area's records, as its provider finds it. The engine decides
 * whether it is shown yet (its lead time), overdue or due, and whether it was acknowledged.
 */
export interface DueItem {
  /** The record it is about, stable across reads: `depotId/item`, an equipment id. */
  ref: string;
  /**
   * Which round of that record: an acknowledgement holds for one round only, so a new
   * one (a lower quantity, the next due date) is reminded again.
   */
  cycle: string;
  /**
   * The params of the source's text (`reminders.source.<source>`): names, figures. A
   * param named `…Label` holds a catalog key (`contactCategory.town`), shown translated.
   */
  params: Record<string, string | number>;
  /** When it falls due; null for a condition that holds now (stock below its minimum). */
  dueAt: string | null;
  /** Where the record is (hrefOf in the renderer). */
  link: { route: string; parts: string[]; query?: Record<string, string> };
}

/**
 * What an area declares in its core manifest (`reminders`): one source of due items and
 * how long before the date it is shown. `list` returns the items that may be due; the
 * engine drops those still beyond the lead time.
 */
export interface ReminderProvider {
  source: ReminderSource;
  leadDays: number;
  list(db: ReadDb, now: Date): DueItem[];
}
