import type { CommonArea, UnionToIntersection } from '../../common/areas/define';
import type { Migration } from '../db/migrations';
import type { ImportTarget } from '../imports/registry';
import type { HandlersOf } from '../handler';
import type { ReminderProvider } from '../reminders/provider';
import type { EventName } from '../../common/areas';
import type { WriteDb } from '../db/handles';

/**
 * Work that falls due with the clock rather than with a call (a drill's scripted inject
 * at its minute). Core runs every area's ticks in one write transaction every few
 * seconds; a tick does what is due by `now`, at most once, and names the areas it changed.
 */
export interface Tick {
  readonly name: string;
  run(db: WriteDb, now: Date): { type: EventName; ids: string[] }[];
}

/**
 * An area's core manifest (ARCHITECTURE.md "Add an area"): its shared manifest, one
 * handler per method of it (a missing or extra one is a compile error), the migrations
 * that made its tables, the spreadsheet import targets it offers, and what falls due in
 * its records (到期提醒: one list gathers every area's providers), and what it does when
 * the clock reaches it (ticks).
 */
export interface CoreArea<C extends CommonArea = CommonArea> {
  readonly area: C;
  readonly handlers: HandlersOf<C['methods']>;
  readonly migrations: readonly Migration[];
  readonly importTargets: readonly ImportTarget<unknown>[];
  readonly reminders: readonly ReminderProvider[];
  readonly ticks: readonly Tick[];
}

export function defineCoreArea<const C extends CommonArea>(
  area: C,
  parts: {
    handlers: HandlersOf<C['methods']>;
    migrations?: readonly Migration[];
    importTargets?: readonly ImportTarget<unknown>[];
    reminders?: readonly ReminderProvider[];
    ticks?: readonly Tick[];
  },
): CoreArea<C> {
  return {
    area,
    handlers: parts.handlers,
    migrations: parts.migrations ?? [],
    importTargets: parts.importTargets ?? [],
    reminders: parts.reminders ?? [],
    ticks: parts.ticks ?? [],
  };
}

/** The handler table of a list of core manifests, each method's handler kept exactly typed. */
export type HandlersFold<L extends readonly CoreArea[]> = UnionToIntersection<L[number]['handlers']>;

/**
 * Folds the handlers of a list of manifests, checking at run time what the types say
 * for the app's own list: exactly one handler per method, none without a method.
 */
export function foldHandlers<const L extends readonly CoreArea[]>(areas: L): HandlersFold<L> {
  const table: Record<string, unknown> = {};
  for (const a of areas) {
    const methods = Object.keys(a.area.methods);
    const handled = Object.keys(a.handlers);
    for (const m of methods)
      if (!handled.includes(m)) throw new Error(`area ${a.area.id}: method ${m} has no handler`);
    for (const h of handled) {
      if (!methods.includes(h)) throw new Error(`area ${a.area.id}: handler ${h} has no method`);
      if (h in table) throw new Error(`handler ${h} is declared twice`);
      table[h] = (a.handlers as Record<string, unknown>)[h];
    }
  }
  return table as HandlersFold<L>;
}
