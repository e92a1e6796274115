import type Database from 'better-sqlite3';
import { GENESIS, chainHash, verifyChain, type ChainVerdict } from '../db/hashchain';
import { stmt } from '../db/sql';
import type { ReadDb, WriteDb } from '../db/handles';
import type { MovementRow } from './rows';

export type NewMovement = Omit<MovementRow, 'seq' | 'prev_hash' | 'hash'>;

/**
 * What a movement's hash covers: everything but its place in the chain. Part of the
 * stored format (the opening balance migration hashes with it): add fields at the end,
 * never reorder.
 */
export const movementContent = (r: NewMovement): unknown[] => [
  r.id,
  r.kind,
  r.depot_id,
  r.item_id,
  r.lot_id,
  r.quantity,
  r.at,
  r.entered_at,
  r.actor_id,
  r.actor_name,
  r.reason,
  r.ref,
  r.drill_id,
];

/** Takes the writer handle, or the migration's plain connection (the opening balance). */
export function appendMovement(db: WriteDb | Database.Database, m: NewMovement): number {
  const last = stmt<[], { hash: string }>(
    db,
    'SELECT hash FROM supply_movements ORDER BY seq DESC LIMIT 1',
  ).get();
  const prev = last?.hash ?? GENESIS;
  const info = stmt(
    db,
    `INSERT INTO supply_movements (id, kind, depot_id, item_id, lot_id, quantity, at, entered_at, actor_id, actor_name, reason, ref, drill_id, prev_hash, hash)
     VALUES (@id, @kind, @depot_id, @item_id, @lot_id, @quantity, @at, @entered_at, @actor_id, @actor_name, @reason, @ref, @drill_id, @prev_hash, @hash)`,
  ).run({ ...m, prev_hash: prev, hash: chainHash(prev, movementContent(m)) });
  return Number(info.lastInsertRowid);
}

export function verifyMovementChain(db: ReadDb): ChainVerdict & { firstBrokenId: string | null } {
  let brokenId: string | null = null;
  const v = verifyChain(
    stmt<[], MovementRow>(db, 'SELECT * FROM supply_movements ORDER BY seq').iterate(),
    (r) => {
      brokenId = r.id;
      return { key: r.seq, prevHash: r.prev_hash, hash: r.hash, content: movementContent(r) };
    },
  );
  return { ...v, firstBrokenId: v.ok ? null : brokenId };
}
