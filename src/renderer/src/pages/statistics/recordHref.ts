import type { StatRecord } from '../../../../common/contract/statistics';
import type { KeyFigure } from '../../../../common/domain/statistics';
import { localDate } from '../../../../common/time/zone';
import { FOCUS_PARAM, missedCheckFocus } from '../../components/recordFocus';
import { hrefOf, type AppHref } from '../../router/hash';

/** The room's day of an instant (the log and the check history are filtered by day). */
const dayOf = (at: string | null, tz: string) => (at ? localDate(new Date(at), tz) : undefined);

const str = (v: StatRecord['detail'][string] | undefined) => (typeof v === 'string' ? v : undefined);

/**
 * Where a record of 统计's drawer opens: the record itself, never a list to search.
 * Incidents and warnings have their own addresses; a drill opens its panel; a 查岗 opens the log on its
 * day and kind, a check the check history on its day, a missed check the item's check
 * history over the period it was owed in (that period a line of its own), a fault the
 * faults, stock its depot's line, a lot that lot under 批次 — each with `?focus=<id>`, so
 * that page turns to, scrolls to and marks that one row.
 */
export function recordHref(r: StatRecord, tz: string): AppHref {
  switch (r.kind) {
    case 'incident':
      return hrefOf('logs', ['incident', r.id]);
    case 'warning':
      return hrefOf('warnings', [r.id]);
    case 'drill':
      return hrefOf('drills', [], { [FOCUS_PARAM]: r.id });
    case 'entry':
      return hrefOf('logs', [], { kind: 'spot_check', on: dayOf(r.at, tz), [FOCUS_PARAM]: r.id });
    case 'check':
      return hrefOf('equipment', ['history'], { on: dayOf(r.at, tz), [FOCUS_PARAM]: r.id });
    case 'missedCheck':
      return hrefOf('equipment', ['history'], {
        equipment: r.id,
        from: str(r.detail.from),
        to: str(r.detail.to),
        [FOCUS_PARAM]: missedCheckFocus(r.id),
      });
    case 'fault':
      return hrefOf('equipment', ['faults'], { [FOCUS_PARAM]: r.id });
    case 'lot':
      return hrefOf('supplies', ['lots'], { depot: str(r.detail.depotId), [FOCUS_PARAM]: r.id });
    case 'stock':
      return hrefOf('supplies', ['stock'], {
        q: r.title || undefined,
        depot: str(r.detail.depotId),
        [FOCUS_PARAM]: r.id,
      });
  }
}

/** Where a key figure of the desk leads: 统计 on its month, the records behind it in the panel. */
export const keyFigureHref = (month: string, figure: KeyFigure): AppHref =>
  hrefOf('statistics', [], { period: month, figure });
