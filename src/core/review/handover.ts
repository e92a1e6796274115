import type { HandoverSheet } from '../../common/contract/handover';
import { localDate } from '../../common/time/zone';
import type { ReadDb } from '../db/handles';
import { rectificationViews } from './rectifications';

/** The handover sheet's 整改 lines: every drill finding past its due date and still open at `asOf`. */
export function overdueRectifications(
  db: ReadDb,
  asOf: Date,
  tz: string,
): NonNullable<HandoverSheet['rectifications']> {
  return rectificationViews(db, { overdue: true }, localDate(asOf, tz)).map((r) => ({
    id: r.id,
    number: r.number,
    drillTitle: r.drillTitle,
    finding: r.finding,
    ownerUnit: r.ownerUnit,
    dueDate: r.dueDate,
  }));
}
