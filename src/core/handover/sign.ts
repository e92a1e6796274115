import type { ReadDb } from '../db/handles';
import type { HandoverSheet, SignProof, SignRole } from '../../common/contract/handover';
import type { Shift } from '../../common/shifts';
import { formatLocal } from '../../common/time/zone';
import { checkPin } from '../auth/secrets';
import { DomainError } from '../errors';
import type { WriteCtx } from '../handler';
import { authorOf } from '../incidents/service';
import { logHead } from '../logs/anchors';
import { getOperatorRow } from '../operators/repo';
import { readSettings } from '../settings/repo';
import { assembleSheet } from './assemble';
import { blockingOf } from './blocking';
import {
  appendEvent,
  draftOf,
  freeze,
  handoverByShift,
  insertDraft,
  markSigned,
  recordOf,
  snapshotOf,
} from './repo';
import type { HandoverRow } from './rows';
import type { OperatorRow } from '../operators/rows';

const ROLE_ORDER: SignRole[] = ['outgoing', 'incoming', 'leader'];

/** From when the outgoing chief may sign without a reason: the set time before the change. */
export function signFrom(db: ReadDb, shift: Shift): Date {
  const lead = readSettings(db).handoverSignLeadMinutes;
  return new Date(Date.parse(shift.end) - lead * 60_000);
}

export interface SignInput {
  role: SignRole;
  operatorId: string;
  pin?: string;
  earlyReason?: string;
  received?: Record<string, boolean>;
  itemNotes?: Record<string, string>;
}

/**
 * Who signs proves it now: by their PIN typed at this moment, or by being the operator
 * of the session the call comes from (signed in on their own seat). An operator without
 * a PIN cannot sign at all: on the one duty PC anyone could pick their name, and their
 * sign-in (allowed without a PIN on the PC itself) proves nothing either.
 */
function proofOf(ctx: WriteCtx, signer: OperatorRow, pin: string | undefined): SignProof {
  if (!signer.pin_hash)
    throw new DomainError('forbidden', 'errors.handover_signer_no_pin', { name: signer.name });
  if (pin) {
    const guard = ctx.services.pinGuard;
    const t = ctx.now().getTime();
    const lockedFor = guard.lockedMinutes(signer.id, t);
    if (lockedFor > 0) throw new DomainError('forbidden', 'errors.pin_locked', { minutes: lockedFor });
    if (!checkPin(pin, signer.pin_hash)) {
      guard.fail(signer.id, t);
      throw new DomainError('unauthenticated', 'errors.pin_wrong');
    }
    guard.succeed(signer.id);
    return 'pin';
  }
  if (ctx.actor.kind === 'operator' && ctx.actor.operatorId === signer.id) return 'session';
  throw new DomainError('unauthenticated', 'errors.handover_proof_required', { name: signer.name });
}

/**
 * The incoming chief's receipt of the items handed over: each received, or a note why
 * not. Receipt belongs to the side that takes the items, so it comes with their signature.
 */
function receiptOf(sheet: HandoverSheet, input: SignInput) {
  const known = new Set(sheet.items.map((i) => i.equipmentId));
  for (const id of [...Object.keys(input.received ?? {}), ...Object.keys(input.itemNotes ?? {})])
    if (!known.has(id)) throw new DomainError('invalid_input', 'errors.handover_item_unknown', { id });
  const items = sheet.items.map((i) => ({
    equipmentId: i.equipmentId,
    received: input.received?.[i.equipmentId] === true,
    note: (input.itemNotes?.[i.equipmentId] ?? '').trim(),
  }));
  const open = items.filter((i) => !i.received && !i.note);
  if (open.length > 0)
    throw new DomainError(
      'conflict',
      'errors.handover_items_unreceived',
      { count: open.length },
      { items: open.map((i) => i.equipmentId) },
    );
  return { items };
}

/**
 * One of the three confirmations. The outgoing chief's freezes the sheet (refused while
 * something needs an explanation, and before the signing window without a reason); the
 * incoming chief (who receipts the items handed over) and the leader on duty follow;
 * the third locks the record. Every signature proves its signer and stores the duty
 * log's chain head at that moment, which the printed sheet shows.
 */
export function sign(ctx: WriteCtx, shift: Shift, input: SignInput): HandoverRow {
  let row = handoverByShift(ctx.db, shift.key);
  if (row?.status === 'signed') throw new DomainError('conflict', 'errors.handover_locked');
  const signer = getOperatorRow(ctx.db, input.operatorId);
  if (!signer) throw new DomainError('not_found', 'errors.roster_person_unknown', { id: input.operatorId });
  if (signer.active !== 1) throw new DomainError('forbidden', 'errors.operator_inactive');
  if (input.role === 'leader' && signer.role !== 'leader')
    throw new DomainError('forbidden', 'errors.handover_leader_role');
  if (input.role !== 'incoming' && (input.received || input.itemNotes))
    throw new DomainError('invalid_input', 'errors.handover_receipt_incoming');
  // Nothing to prove before there is something to sign.
  if (input.role !== 'outgoing' && row?.status !== 'signing')
    throw new DomainError('conflict', 'errors.handover_outgoing_first');
  const proof = proofOf(ctx, signer, input.pin);

  const locale = ctx.locale();
  if (input.role === 'outgoing') {
    if (row && row.status !== 'draft')
      throw new DomainError('conflict', 'errors.handover_signed_role', { role: input.role });
    const from = signFrom(ctx.db, shift);
    const early = ctx.now().getTime() < from.getTime();
    const reason = input.earlyReason?.trim() ?? '';
    if (early && !reason)
      throw new DomainError('conflict', 'errors.handover_too_early', {
        time: formatLocal(from, readSettings(ctx.db).timeZone),
      });
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
    if (early) sheet.earlyReason = reason;
    const hash = freeze(ctx.db, row.id, sheet, ctx.nowIso());
    appendEvent(ctx.db, {
      handover_id: row.id,
      kind: 'freeze',
      at: ctx.nowIso(),
      ...author(ctx),
      data_json: JSON.stringify({ shiftKey: shift.key, snapshotHash: hash, anchor: logHead(ctx.db) }),
      client_key: null,
    });
    ctx.changed('handover', row.id, { status: 'draft' }, { status: 'signing', snapshotHash: hash });
  }
  if (!row) throw new DomainError('conflict', 'errors.handover_outgoing_first');
  const record = recordOf(ctx.db, row);
  if (record.signatures.some((s) => s.role === input.role))
    throw new DomainError('conflict', 'errors.handover_signed_role', { role: input.role });
  if (record.signatures.some((s) => s.operatorId === signer.id))
    throw new DomainError('conflict', 'errors.handover_same_person', { name: signer.name });
  const frozen = snapshotOf(handoverByShift(ctx.db, shift.key)!)!;
  const receipt = input.role === 'incoming' ? receiptOf(frozen, input) : undefined;
  const anchor = logHead(ctx.db);
  appendEvent(ctx.db, {
    handover_id: row.id,
    kind: 'signature',
    at: ctx.nowIso(),
    ...author(ctx),
    data_json: JSON.stringify({
      role: input.role,
      operatorId: signer.id,
      name: signer.name,
      proof,
      anchor,
      receipt,
    }),
    client_key: null,
  });
  ctx.changed('handoverSignature', row.id, undefined, {
    role: input.role,
    operatorId: signer.id,
    name: signer.name,
    proof,
    anchor,
  });
  const roles = new Set([...record.signatures.map((s) => s.role), input.role]);
  if (ROLE_ORDER.every((r) => roles.has(r))) {
    markSigned(ctx.db, row.id, ctx.nowIso());
    ctx.changed('handover', row.id, { status: 'signing' }, { status: 'signed' });
  }
  return handoverByShift(ctx.db, shift.key)!;
}

export function author(ctx: WriteCtx): { author_id: string | null; author_name: string } {
  const a = authorOf(ctx.actor);
  return { author_id: a.id, author_name: a.name };
}
