import type { MoveInput } from '../../common/contract/supplies';
import { stmt } from '../db/sql';
import { DomainError } from '../errors';
import { newId } from '../auth/secrets';
import type { Actor } from '../actor';
import type { WriteDb } from '../db/handles';
import { actorOf, ensureLot, itemRow, lotRow, post, round, takeFefo } from './ledger';

interface MoveCtx {
  db: WriteDb;
  actor: Actor;
  /** When it was entered (the host's now). */
  enteredAt: string;
  /** A 调拨 order's movements carry its id; a drill's traffic its drill. */
  ref?: string | null;
  drillId?: string | null;
}

function depotExists(db: WriteDb, id: string): boolean {
  return stmt(db, 'SELECT 1 FROM depots WHERE id = ?').get(id) !== undefined;
}

/** The lot named, held to the depot and item the move names. */
function lotIn(db: WriteDb, lotId: string, depotId: string, itemId: string) {
  const lot = lotRow(db, lotId);
  if (!lot) throw new DomainError('not_found', 'errors.supplies_lot_missing');
  if (lot.depot_id !== depotId || lot.item_id !== itemId)
    throw new DomainError('invalid_input', 'errors.supplies_lot_elsewhere');
  return lot;
}

/**
 * One user's move (supplies.move): checked whole first, then written as one or more
 * movements. 调拨 writes its out and its in under one ref; 轮换 takes the old lot out
 * and puts the new one in. Returns the movements' ids in the order written.
 */
export function move(c: MoveCtx, m: MoveInput): string[] {
  const { db } = c;
  if (!depotExists(db, m.depotId)) throw new DomainError('not_found', 'errors.depot_missing');
  if (!itemRow(db, m.itemId)) throw new DomainError('not_found', 'errors.supplies_item_missing');
  const reason = m.reason.trim();
  if (m.kind !== 'receive' && m.kind !== 'recover' && !reason)
    throw new DomainError('invalid_input', 'errors.supplies_reason_required');
  const at = m.at ?? c.enteredAt;
  const base = { at, reason, ref: c.ref ?? null, drillId: c.drillId ?? null };
  const q = round(m.quantity);

  const takeOut = (kind: 'issue' | 'scrap' | 'transfer_out' | 'rotate', ref: string | null) =>
    m.lotId
      ? [
          {
            lotId: lotIn(db, m.lotId, m.depotId, m.itemId).id,
            quantity: q,
            movementId: post(db, c.actor, c.enteredAt, { ...base, ref, kind, lotId: m.lotId, quantity: -q }),
          },
        ]
      : takeFefo(db, c.actor, c.enteredAt, m.depotId, m.itemId, q, { ...base, ref, kind });

  switch (m.kind) {
    case 'receive':
    case 'recover': {
      const lotId = m.lotId
        ? lotIn(db, m.lotId, m.depotId, m.itemId).id
        : ensureLot(db, m.depotId, m.itemId, m.lotNo, m.expiresOn, c.enteredAt);
      return [post(db, c.actor, c.enteredAt, { ...base, kind: m.kind, lotId, quantity: q })];
    }
    case 'issue':
    case 'scrap':
      return takeOut(m.kind, base.ref).map((t) => t.movementId);
    case 'transfer': {
      if (!m.toDepotId || m.toDepotId === m.depotId || !depotExists(db, m.toDepotId))
        throw new DomainError('invalid_input', 'errors.supplies_transfer_target');
      const ref = base.ref ?? newId('xfr');
      // Each lot keeps its number and expiry on arrival: the receiving depot's lots
      // still say when they expire.
      return takeOut('transfer_out', ref).flatMap((t) => {
        const from = lotRow(db, t.lotId)!;
        const lotId = ensureLot(db, m.toDepotId!, m.itemId, from.lot_no, from.expires_on, c.enteredAt);
        return [
          t.movementId,
          post(db, c.actor, c.enteredAt, { ...base, ref, kind: 'transfer_in', lotId, quantity: t.quantity }),
        ];
      });
    }
    case 'rotate': {
      if (!m.expiresOn) throw new DomainError('invalid_input', 'errors.supplies_expiry_required');
      const ref = base.ref ?? newId('rot');
      const out = takeOut('rotate', ref).map((t) => t.movementId);
      const lotId = ensureLot(db, m.depotId, m.itemId, m.lotNo, m.expiresOn, c.enteredAt);
      return [...out, post(db, c.actor, c.enteredAt, { ...base, ref, kind: 'rotate', lotId, quantity: q })];
    }
  }
}

/**
 * A count (盘点) of some of a depot's lots: the session and each lot's expected and
 * counted quantities are recorded, and each difference becomes a 盘点调整 movement with
 * its reason. A difference without a reason is refused.
 */
export function recordCount(
  c: MoveCtx,
  input: {
    depotId: string;
    countedAt?: string;
    note: string;
    lines: { lotId: string; counted: number; reason: string }[];
  },
): string {
  const { db } = c;
  if (!depotExists(db, input.depotId)) throw new DomainError('not_found', 'errors.depot_missing');
  const seen = new Set<string>();
  const lines = input.lines.map((l) => {
    if (seen.has(l.lotId)) throw new DomainError('invalid_input', 'errors.supplies_count_duplicate');
    seen.add(l.lotId);
    const lot = lotRow(db, l.lotId);
    if (!lot) throw new DomainError('not_found', 'errors.supplies_lot_missing');
    if (lot.depot_id !== input.depotId)
      throw new DomainError('invalid_input', 'errors.supplies_lot_elsewhere');
    const counted = round(l.counted);
    const reason = l.reason.trim();
    if (counted !== lot.quantity && !reason)
      throw new DomainError('invalid_input', 'errors.supplies_reason_required');
    return { lot, counted, reason };
  });
  const id = newId('cnt');
  const countedAt = input.countedAt ?? c.enteredAt;
  stmt(
    db,
    `INSERT INTO supply_counts (id, depot_id, counted_at, entered_at, actor_id, actor_name, note)
     VALUES (@id, @depot_id, @counted_at, @entered_at, @actor_id, @actor_name, @note)`,
  ).run({
    id,
    depot_id: input.depotId,
    counted_at: countedAt,
    entered_at: c.enteredAt,
    ...actorOf(c.actor),
    note: input.note.trim(),
  });
  const addLine = stmt(
    db,
    'INSERT INTO supply_count_lines (count_id, lot_id, expected, counted, reason) VALUES (?, ?, ?, ?, ?)',
  );
  for (const l of lines) {
    addLine.run(id, l.lot.id, l.lot.quantity, l.counted, l.reason);
    const diff = round(l.counted - l.lot.quantity);
    if (diff !== 0)
      post(db, c.actor, c.enteredAt, {
        kind: 'count_adjust',
        lotId: l.lot.id,
        quantity: diff,
        at: countedAt,
        reason: l.reason,
        ref: id,
        drillId: c.drillId ?? null,
      });
  }
  return id;
}
