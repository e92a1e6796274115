import type { ReadDb } from '../db/handles';
import type { HandoverSheet } from '../../common/contract/handover';
import { previousShift, type Shift } from '../../common/shifts';
import { stmt } from '../db/sql';
import { SELECT_LOG, toLogItems, type LogRow } from '../logs/query';
import { patternVersions, timeZoneOf } from '../shifts/repo';
import { freezeAnchorOf } from './anchors';
import { handoverByShift } from './repo';
import { MAX_ENTRIES, sheetEntries } from './sheet-log';

/**
 * What happened between the freeze of the previous shift's sheet and the change (or was
 * logged late, for an earlier time) is on no earlier sheet: it is carried onto this one.
 *
 * Carried rather than re-assembled into the frozen sheet: the outgoing chief signed
 * that sheet's content, byte for byte (its hash is in the chain), and signatures can go on
 * right up to the change and past it, so a re-assembly could never be the last one: the
 * next entry after it would again fall between two sheets. The freeze's chain anchor
 * marks exactly what the frozen sheet saw (every entry up to that sequence number), so
 * "entries after it, dated before this shift" is exact and cannot skip or double count.
 */
export function carriedPart(
  db: ReadDb,
  shift: Shift,
  asOf: Date,
  historical: boolean,
): HandoverSheet['carried'] {
  const prev = previousShift(patternVersions(db), timeZoneOf(db), shift);
  const prevRow = handoverByShift(db, prev.key);
  const anchor = prevRow ? freezeAnchorOf(db, prevRow.id) : null;
  if (!anchor) return null;
  // A past sheet (the demo's) carries only what had been logged when it was signed.
  const enteredBy = historical ? asOf.toISOString() : '9999';
  const total = stmt<[number, string, string], { n: number }>(
    db,
    'SELECT count(*) AS n FROM entries WHERE seq > ? AND occurred_at < ? AND entered_at <= ?',
  ).get(anchor.seq, shift.start, enteredBy)!.n;
  if (total === 0) return null;
  const rows = stmt<[number, string, string, number], LogRow>(
    db,
    `${SELECT_LOG} WHERE e.seq > ? AND e.occurred_at < ? AND e.entered_at <= ? AND i.drill_id IS NULL ORDER BY e.occurred_at, e.seq LIMIT ?`,
  ).all(anchor.seq, shift.start, enteredBy, MAX_ENTRIES);
  return {
    fromShift: prev.key,
    frozenAt: anchor.at,
    items: sheetEntries(db, toLogItems(db, rows)),
    total,
  };
}
