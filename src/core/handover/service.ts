import type { HandoverView, SignRole } from '../../common/contract/handover';
import type { Locale } from '../../common/domain/roles';
import { label } from '../../common/i18n/domain-labels';
import { previousShift, type Shift } from '../../common/shifts';
import { checkPin } from '../auth/secrets';
import { DomainError } from '../errors';
import type { WriteCtx } from '../handler';
import { authorOf } from '../incidents/service';
import { getOperatorRow } from '../operators/repo';
import { shiftOrThrow } from '../roster/service';
import { patternVersions, shiftAtInstant, timeZoneOf } from '../shifts/repo';
import { assembleSheet } from './assemble';
import { blockingOf } from './blocking';
import type { DraftFields } from './draft';
import {
  appendEvent,
  draftOf,
  freeze,
  handoverByShift,
  insertDraft,
  markSigned,
  recordOf,
  saveDraft,
  snapshotOf,
  type HandoverRow,
} from './repo';
import type { ReadDb } from '../db/handles';

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
  };
}

function locked(row: HandoverRow): never {
  void row;
  throw new DomainError('conflict', 'errors.handover_locked');
}

/** Saves what the outgoing chief wrote: notes, explanations, items ticked as received. */
export function saveFields(
  ctx: WriteCtx,
  shift: Shift,
  input: { notes?: string; explanations?: Record<string, string>; received?: Record<string, boolean> },
): HandoverRow {
  const row = handoverByShift(ctx.db, shift.key) ?? insertDraft(ctx.db, shift, ctx.nowIso());
  if (row.status !== 'draft') locked(row);
  const before = draftOf(row);
  const next: DraftFields = {
    notes: input.notes ?? before.notes,
    explanations: { ...before.explanations },
    received: { ...before.received },
  };
  for (const [k, v] of Object.entries(input.explanations ?? {})) {
    if (v.trim()) next.explanations[k] = v.trim();
    else delete next.explanations[k];
  }
  if (input.received) {
    const known = new Set(
      (ctx.db.prepare(`SELECT id FROM equipment WHERE handover = 1`).all() as { id: string }[]).map(
        (r) => r.id,
      ),
    );
    for (const [id, v] of Object.entries(input.received)) {
      if (!known.has(id)) throw new DomainError('invalid_input', 'errors.handover_item_unknown', { id });
      if (v) next.received[id] = true;
      else delete next.received[id];
    }
  }
  saveDraft(ctx.db, row.id, next, ctx.nowIso());
  ctx.changed('handover', row.id, before, next);
  return handoverByShift(ctx.db, shift.key)!;
}

const ROLE_ORDER: SignRole[] = ['outgoing', 'incoming', 'leader'];

/**
 * One of the three confirmations. The outgoing chief's freezes the sheet (refused while
 * something needs an explanation); the incoming chief and the leader on duty follow;
 * the third locks the record. Each signer is an operator; one with a PIN gives it.
 */
export function sign(
  ctx: WriteCtx,
  shift: Shift,
  input: { role: SignRole; operatorId: string; pin?: string },
): HandoverRow {
  let row = handoverByShift(ctx.db, shift.key);
  if (row?.status === 'signed') locked(row);
  const signer = getOperatorRow(ctx.db, input.operatorId);
  if (!signer) throw new DomainError('not_found', 'errors.roster_person_unknown', { id: input.operatorId });
  if (signer.active !== 1) throw new DomainError('forbidden', 'errors.operator_inactive');
  const guard = ctx.services.pinGuard;
  const t = ctx.now().getTime();
  if (signer.pin_hash) {
    const lockedFor = guard.lockedMinutes(signer.id, t);
    if (lockedFor > 0) throw new DomainError('forbidden', 'errors.pin_locked', { minutes: lockedFor });
    if (!input.pin) throw new DomainError('unauthenticated', 'errors.pin_required');
    if (!checkPin(input.pin, signer.pin_hash)) {
      guard.fail(signer.id, t);
      throw new DomainError('unauthenticated', 'errors.pin_wrong');
    }
    guard.succeed(signer.id);
  }
  if (input.role === 'leader' && signer.role !== 'leader')
    throw new DomainError('forbidden', 'errors.handover_leader_role');

  const locale = ctx.locale();
  const roleName = label(locale, `signRole.${input.role}`);
  if (input.role === 'outgoing') {
    if (row && row.status !== 'draft')
      throw new DomainError('conflict', 'errors.handover_signed_role', { role: roleName });
    row ??= insertDraft(ctx.db, shift, ctx.nowIso());
    const sheet = assembleSheet(ctx.db, shift, ctx.now(), draftOf(row));
    const open = blockingOf(sheet, locale).filter((b) => !b.explained);
    if (open.length > 0)
      throw new DomainError(
        'conflict',
        'errors.handover_blocked',
        { count: open.length },
        { blocking: open },
      );
    const hash = freeze(ctx.db, row.id, sheet, ctx.nowIso());
    appendEvent(ctx.db, {
      handover_id: row.id,
      kind: 'freeze',
      at: ctx.nowIso(),
      ...author(ctx),
      data_json: JSON.stringify({ shiftKey: shift.key, snapshotHash: hash }),
      client_key: null,
    });
    ctx.changed('handover', row.id, { status: 'draft' }, { status: 'signing', snapshotHash: hash });
  } else if (!row || row.status !== 'signing') {
    throw new DomainError('conflict', 'errors.handover_outgoing_first');
  }
  const record = recordOf(ctx.db, row);
  if (record.signatures.some((s) => s.role === input.role))
    throw new DomainError('conflict', 'errors.handover_signed_role', { role: roleName });
  if (record.signatures.some((s) => s.operatorId === signer.id))
    throw new DomainError('conflict', 'errors.handover_same_person', { name: signer.name });
  appendEvent(ctx.db, {
    handover_id: row.id,
    kind: 'signature',
    at: ctx.nowIso(),
    ...author(ctx),
    data_json: JSON.stringify({
      role: input.role,
      operatorId: signer.id,
      name: signer.name,
      withPin: signer.pin_hash !== null,
    }),
    client_key: null,
  });
  ctx.changed('handoverSignature', row.id, undefined, {
    role: input.role,
    operatorId: signer.id,
    name: signer.name,
  });
  const roles = new Set([...record.signatures.map((s) => s.role), input.role]);
  if (ROLE_ORDER.every((r) => roles.has(r))) {
    markSigned(ctx.db, row.id, ctx.nowIso());
    ctx.changed('handover', row.id, { status: 'signing' }, { status: 'signed' });
  }
  return handoverByShift(ctx.db, shift.key)!;
}

function author(ctx: WriteCtx): { author_id: string | null; author_name: string } {
  const a = authorOf(ctx.actor);
  return { author_id: a.id, author_name: a.name };
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
