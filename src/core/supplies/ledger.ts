import { stmt } from '../db/sql';
import { DomainError } from '../errors';
import { newId } from '../auth/secrets';
import type { Actor } from '../actor';
import type { ReadDb, WriteDb } from '../db/handles';
import type { MovementKind } from '../../common/domain/supplies';
import { appendMovement } from './chain';
import type { SupplyItemRow, SupplyLotRow } from './rows';

/**
 * The ledger's arithmetic: stock is the sum of movements, never a number typed in (read
 * from their running sum per lot, supply_lot_balances, which a trigger keeps). Every
 * write goes through `post`, which refuses a movement that would leave its lot below
 * zero before anything is written.
 */

/** Sums of REAL quantities are rounded to what a keeper counts (0.001 of a unit). */
export const round = (q: number): number => Math.round(q * 1000) / 1000;

/** One line of a depot's stock: the item, its minimum, and the sum of its movements. */
export interface StockLineRow {
  depot_id: string;
  item_id: string;
  item: string;
  unit: string;
  spec: string;
  code: string | null;
  minimum: number;
  position: number;
  quantity: number;
}

/**
 * Every depot's lines with their real stock, as a subquery others join. Read from the
 * lot balances (migration 021: the movements' running sum, kept by a trigger), where a
 * drill's traffic is summed apart and left out here.
 */
export const STOCK_LINES_SQL = `SELECT l.depot_id, l.item_id, i.name AS item, i.unit, i.spec, i.code, l.minimum, l.position,
    COALESCE((SELECT sum(b.quantity) FROM supply_lot_balances b
               WHERE b.drill = '' AND b.depot_id = l.depot_id AND b.item_id = l.item_id), 0) AS quantity
  FROM supply_lines l JOIN supply_items i ON i.id = l.item_id`;

export function stockLines(db: ReadDb, depotId?: string): StockLineRow[] {
  const rows = depotId
    ? stmt<[string], StockLineRow>(
        db,
        `${STOCK_LINES_SQL} WHERE l.depot_id = ? ORDER BY l.position, i.name`,
      ).all(depotId)
    : stmt<[], StockLineRow>(db, `${STOCK_LINES_SQL} ORDER BY l.depot_id, l.position, i.name`).all();
  for (const r of rows) r.quantity = round(r.quantity);
  return rows;
}

export type LotWithBalance = SupplyLotRow & { quantity: number };

/**
 * A lot with its balance: real stock, plus — for a drill's own movements and checks —
 * what that drill moved (a drill sees the real stock and its own traffic, never
 * another's). `@drill` is '' for real stock alone.
 */
const LOTS_SQL = `SELECT t.*, COALESCE((SELECT sum(b.quantity) FROM supply_lot_balances b
    WHERE b.lot_id = t.id AND b.drill IN ('', @drill)), 0) AS quantity
  FROM supply_lots t`;
// Earliest expiry first (先到期先出), lots without expiry last, then oldest.
const FEFO = `ORDER BY t.expires_on IS NULL, t.expires_on, t.created_at, t.id`;

type LotArgs = { drill: string; depot?: string; item?: string; id?: string };

export function lotsOf(db: ReadDb, depotId: string, itemId?: string, drillId?: string | null): LotWithBalance[] {
  const drill = drillId ?? '';
  const rows = itemId
    ? stmt<[LotArgs], LotWithBalance>(
        db,
        `${LOTS_SQL} WHERE t.depot_id = @depot AND t.item_id = @item ${FEFO}`,
      ).all({ drill, depot: depotId, item: itemId })
    : stmt<[LotArgs], LotWithBalance>(db, `${LOTS_SQL} WHERE t.depot_id = @depot ${FEFO}`).all({
        drill,
        depot: depotId,
      });
  for (const r of rows) r.quantity = round(r.quantity);
  return rows;
}

/** Every lot of one depot or all with a real balance other than zero, earliest expiry first. */
export function lotsHeld(db: ReadDb, depotId?: string): LotWithBalance[] {
  const rows = stmt<[{ depot: string | null }], LotWithBalance>(
    db,
    `SELECT t.*, b.quantity FROM supply_lot_balances b JOIN supply_lots t ON t.id = b.lot_id
      WHERE b.drill = '' AND b.quantity <> 0 AND (@depot IS NULL OR b.depot_id = @depot) ${FEFO}`,
  ).all({ depot: depotId ?? null });
  for (const r of rows) r.quantity = round(r.quantity);
  return rows;
}

export function lotRow(db: ReadDb, lotId: string, drillId?: string | null): LotWithBalance | undefined {
  const r = stmt<[LotArgs], LotWithBalance>(db, `${LOTS_SQL} WHERE t.id = @id`).get({
    drill: drillId ?? '',
    id: lotId,
  });
  if (r) r.quantity = round(r.quantity);
  return r;
}

export function itemRow(db: ReadDb, id: string): SupplyItemRow | undefined {
  return stmt<[string], SupplyItemRow>(db, 'SELECT * FROM supply_items WHERE id = ?').get(id);
}

export function itemByName(db: ReadDb, name: string, spec: string, unit: string): SupplyItemRow | undefined {
  return stmt<[string, string, string], SupplyItemRow>(
    db,
    'SELECT * FROM supply_items WHERE name = ? AND spec = ? AND unit = ?',
  ).get(name, spec, unit);
}

/** The item of that name, spec and unit, made when the county has none yet. */
export function ensureItem(
  db: WriteDb,
  e: { name: string; unit: string; spec?: string },
  at: string,
): string {
  const name = e.name.trim();
  const unit = e.unit.trim();
  const spec = (e.spec ?? '').trim();
  const found = itemByName(db, name, spec, unit);
  if (found) return found.id;
  const id = newId('itm');
  stmt(
    db,
    `INSERT INTO supply_items (id, name, unit, spec, code, created_at, updated_at) VALUES (?, ?, ?, ?, NULL, ?, ?)`,
  ).run(id, name, unit, spec, at, at);
  return id;
}

/** Puts the item on the depot's list (at its end) unless it is there already. */
export function ensureLine(db: WriteDb, depotId: string, itemId: string): void {
  stmt(
    db,
    `INSERT INTO supply_lines (depot_id, item_id, minimum, position)
     VALUES (@d, @i, 0, (SELECT COALESCE(max(position) + 1, 0) FROM supply_lines WHERE depot_id = @d))
     ON CONFLICT(depot_id, item_id) DO NOTHING`,
  ).run({ d: depotId, i: itemId });
}

/** The depot's lot of that number and expiry for the item, made when it has none. */
export function ensureLot(
  db: WriteDb,
  depotId: string,
  itemId: string,
  lotNo: string,
  expiresOn: string | null,
  at: string,
): string {
  const found = stmt<[string, string, string, string | null], { id: string }>(
    db,
    'SELECT id FROM supply_lots WHERE depot_id = ? AND item_id = ? AND lot_no = ? AND expires_on IS ? ORDER BY created_at LIMIT 1',
  ).get(depotId, itemId, lotNo.trim(), expiresOn);
  if (found) return found.id;
  const id = newId('lot');
  stmt(
    db,
    'INSERT INTO supply_lots (id, depot_id, item_id, lot_no, expires_on, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(id, depotId, itemId, lotNo.trim(), expiresOn, at);
  ensureLine(db, depotId, itemId);
  return id;
}

export interface Posting {
  kind: MovementKind;
  lotId: string;
  /** Signed: what the lot gains (> 0) or loses (< 0). */
  quantity: number;
  at: string;
  reason: string;
  ref: string | null;
  drillId: string | null;
}

export const actorOf = (a: Actor): { actor_id: string | null; actor_name: string } =>
  a.kind === 'operator'
    ? { actor_id: a.operatorId, actor_name: a.name }
    : { actor_id: null, actor_name: a.kind === 'system' ? a.name : '' };

/**
 * Appends one movement. A movement that would leave its lot below zero is refused with
 * the lot, what it holds and what was asked, and nothing is written.
 */
export function post(db: WriteDb, actor: Actor, enteredAt: string, p: Posting): string {
  const lot = lotRow(db, p.lotId, p.drillId);
  if (!lot) throw new DomainError('not_found', 'errors.supplies_lot_missing');
  if (round(lot.quantity + p.quantity) < 0) {
    const item = itemRow(db, lot.item_id)!;
    throw new DomainError('conflict', 'errors.supplies_below_zero', {
      item: item.name,
      lot: lot.lot_no || '—',
      left: lot.quantity,
      asked: round(-p.quantity),
      unit: item.unit,
    });
  }
  const id = newId('mov');
  appendMovement(db, {
    id,
    kind: p.kind,
    depot_id: lot.depot_id,
    item_id: lot.item_id,
    lot_id: lot.id,
    quantity: round(p.quantity),
    at: p.at,
    entered_at: enteredAt,
    ...actorOf(actor),
    reason: p.reason,
    ref: p.ref,
    drill_id: p.drillId,
  });
  return id;
}

/**
 * Takes a quantity of an item out of a depot, earliest expiry first, lot by lot. Refused
 * as a whole (the caller's transaction rolls back) when the depot holds less.
 */
export function takeFefo(
  db: WriteDb,
  actor: Actor,
  enteredAt: string,
  depotId: string,
  itemId: string,
  quantity: number,
  p: Omit<Posting, 'lotId' | 'quantity'>,
): { lotId: string; quantity: number; movementId: string }[] {
  const lots = lotsOf(db, depotId, itemId, p.drillId).filter((l) => l.quantity > 0);
  const held = round(lots.reduce((s, l) => s + l.quantity, 0));
  if (held < quantity) {
    const item = itemRow(db, itemId);
    if (!item) throw new DomainError('not_found', 'errors.supplies_item_missing');
    throw new DomainError('conflict', 'errors.supplies_short', {
      item: item.name,
      left: held,
      asked: quantity,
      unit: item.unit,
    });
  }
  const out: { lotId: string; quantity: number; movementId: string }[] = [];
  let rest = quantity;
  for (const l of lots) {
    if (rest <= 0) break;
    const q = round(Math.min(rest, l.quantity));
    out.push({
      lotId: l.id,
      quantity: q,
      movementId: post(db, actor, enteredAt, { ...p, lotId: l.id, quantity: -q }),
    });
    rest = round(rest - q);
  }
  return out;
}

/**
 * A depot's register line set as the keeper typed it (the depot dialog, the stock
 * import): the item and its minimum go on the list, and a quantity that differs from
 * the ledger is recorded as a 盘点调整 — stock is still only ever moved.
 */
export function setLineFromRegister(
  db: WriteDb,
  actor: Actor,
  at: string,
  depotId: string,
  s: { item: string; unit: string; quantity?: number; minimum: number },
  position?: number,
): void {
  const itemId = ensureItem(db, { name: s.item, unit: s.unit }, at);
  stmt(
    db,
    `INSERT INTO supply_lines (depot_id, item_id, minimum, position)
     VALUES (@d, @i, @minimum, COALESCE(@position, (SELECT COALESCE(max(position) + 1, 0) FROM supply_lines WHERE depot_id = @d)))
     ON CONFLICT(depot_id, item_id) DO UPDATE SET minimum = excluded.minimum, position = COALESCE(@position, position)`,
  ).run({ d: depotId, i: itemId, minimum: s.minimum, position: position ?? null });
  if (s.quantity !== undefined) adjustTo(db, actor, at, depotId, itemId, s.quantity);
}

/** Brings an item's stock in a depot to a quantity with 盘点调整 movements. */
function adjustTo(
  db: WriteDb,
  actor: Actor,
  at: string,
  depotId: string,
  itemId: string,
  target: number,
): void {
  const held = round(lotsOf(db, depotId, itemId).reduce((s, l) => s + l.quantity, 0));
  const diff = round(target - held);
  const p = { kind: 'count_adjust' as const, at, reason: '', ref: null, drillId: null };
  if (diff > 0)
    post(db, actor, at, { ...p, lotId: ensureLot(db, depotId, itemId, '', null, at), quantity: diff });
  else if (diff < 0) takeFefo(db, actor, at, depotId, itemId, -diff, p);
}

/**
 * Takes items off a depot's list: what the ledger still holds of them is adjusted to
 * nothing first, so the sum of the movements and the list agree.
 */
export function dropLinesExcept(
  db: WriteDb,
  actor: Actor,
  at: string,
  depotId: string,
  keep: Set<string>,
): void {
  for (const l of stockLines(db, depotId)) {
    if (keep.has(l.item)) continue;
    adjustTo(db, actor, at, depotId, l.item_id, 0);
    stmt(db, 'DELETE FROM supply_lines WHERE depot_id = ? AND item_id = ?').run(depotId, l.item_id);
  }
}
