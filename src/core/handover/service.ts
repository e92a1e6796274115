import type { HandoverView } from '../../common/contract/handover';
import type { Locale } from '../../common/domain/roles';
import { previousShift, type Shift } from '../../common/shifts';
import { DomainError } from '../errors';
import type { WriteCtx } from '../handler';
import { shiftOrThrow } from '../roster/service';
import { patternVersions, shiftAtInstant, timeZoneOf } from '../shifts/repo';
import { stmt } from '../db/sql';
import { freezeAnchorOf } from './anchors';
import { assembleSheet } from './assemble';
import { blockingOf } from './blocking';
import type { DraftFields } from './draft';
import { appendEvent, draftOf, handoverByShift, insertDraft, recordOf, saveDraft, snapshotOf } from './repo';
import type { ReadDb } from '../db/handles';
import { author, signFrom } from './sign';
import type { HandoverRow } from './rows';

/** The shift of a key, or the current one; a shift that has not started has nothing to hand over. */
export function shiftFor(db: ReadDb, key: string | undefined, now: Date): Shift {
  const s = key ? shiftOrThrow(db, key) : shiftAtInstant(db, now);
  if (new Date(s.start).getTime() > now.getTime())
    throw new DomainError('invalid_input', 'errors.handover_future', { key: s.key });
  return s;
}

export function previousOf(db: ReadDb, s: Shift): Shift {
  return previousShift(patternVersions(db), timeZoneOf(db), s);
}

/** A frozen record shows its snapshot; a draft is assembled from the record as it is now. */
export function viewOf(
  db: ReadDb,
  row: HandoverRow | undefined,
  shift: Shift,
  now: Date,
  locale: Locale,
): HandoverView {
  const frozen = row ? snapshotOf(row) : null;
  const sheet = frozen ?? assembleSheet(db, shift, now, draftOf(row));
  return {
    record: row ? recordOf(db, row) : null,
    sheet,
    blocking: blockingOf(sheet, locale),
    ended: new Date(shift.end).getTime() <= now.getTime(),
    signFrom: signFrom(db, shift).toISOString(),
    sinceFreeze: row && frozen ? sinceFreezeOf(db, row, shift) : null,
  };
}

/**
 * What reached this shift's log after its sheet was frozen: not on the sheet, carried
 * onto the next one (sheet-carried.ts); shown to the co-signers so they know before they sign.
 */
function sinceFreezeOf(db: ReadDb, row: HandoverRow, shift: Shift): HandoverView['sinceFreeze'] {
  const anchor = freezeAnchorOf(db, row.id);
  if (!anchor) return null;
  const total = stmt<[number, string, string], { n: number }>(
    db,
    'SELECT count(*) AS n FROM entries WHERE seq > ? AND occurred_at >= ? AND occurred_at < ?',
  ).get(anchor.seq, shift.start, shift.end)!.n;
  if (total === 0) return { total, incidents: [] };
  const incidents = stmt<
    [number, string, string],
    { id: string; number: string; title: string; grade: HandoverView['sheet']['incidents'][number]['grade'] }
  >(
    db,
    `SELECT DISTINCT i.id, i.number, i.title, i.grade FROM entries e JOIN incidents i ON i.id = e.incident_id
      WHERE e.seq > ? AND e.occurred_at >= ? AND e.occurred_at < ? AND i.drill_id IS NULL ORDER BY i.received_at LIMIT 50`,
  ).all(anchor.seq, shift.start, shift.end);
  return { total, incidents };
}

function locked(row: HandoverRow): never {
  void row;
  throw new DomainError('conflict', 'errors.handover_locked');
}

/** Saves what the outgoing chief wrote: notes and explanations. */
export function saveFields(
  ctx: WriteCtx,
  shift: Shift,
  input: { notes?: string; explanations?: Record<string, string> },
): HandoverRow {
  const row = handoverByShift(ctx.db, shift.key) ?? insertDraft(ctx.db, shift, ctx.nowIso());
  if (row.status !== 'draft') locked(row);
  const before = draftOf(row);
  const next: DraftFields = {
    notes: input.notes ?? before.notes,
    explanations: { ...before.explanations },
  };
  for (const [k, v] of Object.entries(input.explanations ?? {})) {
    if (v.trim()) next.explanations[k] = v.trim();
    else delete next.explanations[k];
  }
  saveDraft(ctx.db, row.id, next, ctx.nowIso());
  ctx.changed('handover', row.id, before, next);
  return handoverByShift(ctx.db, shift.key)!;
}

/** A later addition to a frozen or signed sheet: appended, never edited in. */
export function amend(ctx: WriteCtx, shift: Shift, clientKey: string, text: string): HandoverRow {
  const row = handoverByShift(ctx.db, shift.key);
  if (!row || row.status === 'draft') throw new DomainError('conflict', 'errors.handover_not_frozen');
  const prior = ctx.db
    .prepare('SELECT handover_id FROM handover_events WHERE client_key = ?')
    .get(clientKey) as { handover_id: string } | undefined;
  if (prior) {
    if (prior.handover_id !== row.id) throw new DomainError('conflict', 'errors.client_key_reused');
    return row;
  }
  const id = appendEvent(ctx.db, {
    handover_id: row.id,
    kind: 'amendment',
    at: ctx.nowIso(),
    ...author(ctx),
    data_json: JSON.stringify({ text: text.trim() }),
    client_key: clientKey,
  });
  ctx.changed('handoverAmendment', id, undefined, { handoverId: row.id, text: text.trim() });
  return row;
}
