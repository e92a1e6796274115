import type { CountView, LotView, MovementView, StockLineView } from '../../common/contract/supplies';
import { LOT_EXPIRY_LEAD_DAYS, type DepotKind } from '../../common/domain/supplies';
import { stmt } from '../db/sql';
import type { ReadDb } from '../db/handles';
import { lotsHeld, round, stockLines, type LotWithBalance } from './ledger';
import type { MovementRow, SupplyCountLineRow, SupplyCountRow } from './rows';
import { words } from '../../common/search-words';

const DAY = 86_400_000;

/** A lot's expiry against today (a YYYY-MM-DD in the room's zone). */
export function lotView(l: LotWithBalance, today: string): LotView {
  const expired = l.expires_on !== null && l.expires_on < today;
  const soon =
    l.expires_on !== null && Date.parse(l.expires_on) - Date.parse(today) <= LOT_EXPIRY_LEAD_DAYS * DAY;
  return {
    id: l.id,
    lotNo: l.lot_no,
    expiresOn: l.expires_on,
    quantity: l.quantity,
    expiring: soon,
    expired,
  };
}

interface DepotHead {
  id: string;
  name: string;
  kind: DepotKind;
  town_name: string | null;
  archived: 0 | 1;
}

const byName = new Intl.Collator('zh-CN');

/**
 * Today's stock, line by line with its lots. Built from two reads of the lot balances
 * (lines summed, lots listed) rather than one lot query per line, and the depots ordered
 * once: this is the ledger's busiest read (the depots page, 周边分析, the wall).
 */
export function stockView(
  db: ReadDb,
  today: string,
  f: { depotId?: string; itemId?: string; q?: string } = {},
): StockLineView[] {
  // County depots first, then the towns', then 代储 holders; each by name, its list in order.
  const rank = (k: DepotKind) => ['county', 'town', 'agent'].indexOf(k);
  const depots = new Map(
    stmt<[], DepotHead>(
      db,
      'SELECT d.id, d.name, d.kind, t.name AS town_name, d.archived FROM depots d LEFT JOIN towns t ON t.code = d.town_code',
    )
      .all()
      .sort((a, b) => rank(a.kind) - rank(b.kind) || byName.compare(a.name, b.name) || (a.id < b.id ? -1 : 1))
      .map((d, order) => [d.id, { ...d, order }]),
  );
  const lots = new Map<string, LotWithBalance[]>();
  for (const l of lotsHeld(db, f.depotId)) {
    const k = `${l.depot_id}\u0000${l.item_id}`;
    const list = lots.get(k);
    if (list) list.push(l);
    else lots.set(k, [l]);
  }
  const ws = words(f.q);
  const out: (StockLineView & { order: number })[] = [];
  for (const s of stockLines(db, f.depotId)) {
    const d = depots.get(s.depot_id);
    if (!d || (d.archived && !f.depotId)) continue;
    if (f.itemId && s.item_id !== f.itemId) continue;
    if (ws.length) {
      const hay = `${s.item} ${s.spec} ${s.code ?? ''} ${d.name} ${d.town_name ?? ''}`.toLowerCase();
      if (!ws.every((w) => hay.includes(w))) continue;
    }
    out.push({
      order: d.order,
      depotId: d.id,
      depotName: d.name,
      depotKind: d.kind,
      townName: d.town_name,
      itemId: s.item_id,
      item: s.item,
      unit: s.unit,
      spec: s.spec,
      code: s.code,
      quantity: s.quantity,
      minimum: s.minimum,
      short: s.quantity < s.minimum,
      lots: (lots.get(`${s.depot_id}\u0000${s.item_id}`) ?? []).map((l) => lotView(l, today)),
    });
  }
  // Stable: within a depot its lines keep the list's order.
  return out.sort((a, b) => a.order - b.order).map(({ order: _order, ...line }) => line);
}

type MovementJoined = MovementRow & {
  depot_name: string;
  item: string;
  unit: string;
  lot_no: string;
  expires_on: string | null;
};

const SELECT_MOVEMENT = `SELECT m.*, d.name AS depot_name, i.name AS item, i.unit, t.lot_no, t.expires_on
  FROM supply_movements m JOIN depots d ON d.id = m.depot_id JOIN supply_items i ON i.id = m.item_id
  JOIN supply_lots t ON t.id = m.lot_id`;

export const movementView = (r: MovementJoined): MovementView => ({
  seq: r.seq,
  id: r.id,
  kind: r.kind,
  depotId: r.depot_id,
  depotName: r.depot_name,
  itemId: r.item_id,
  item: r.item,
  unit: r.unit,
  lotId: r.lot_id,
  lotNo: r.lot_no,
  expiresOn: r.expires_on,
  quantity: r.quantity,
  at: r.at,
  enteredAt: r.entered_at,
  actorName: r.actor_name,
  reason: r.reason,
  ref: r.ref,
  drill: r.drill_id !== null,
});

export function listMovements(
  db: ReadDb,
  f: { depotId?: string; itemId?: string; lotId?: string; ids?: string[]; ref?: string; limit?: number },
): MovementView[] {
  if (f.ids) {
    const one = stmt<[string], MovementJoined>(db, `${SELECT_MOVEMENT} WHERE m.id = ?`);
    return f.ids.map((id) => movementView(one.get(id)!));
  }
  return stmt<
    [{ depot: string | null; item: string | null; lot: string | null; ref: string | null; limit: number }],
    MovementJoined
  >(
    db,
    `${SELECT_MOVEMENT} WHERE (@depot IS NULL OR m.depot_id = @depot) AND (@item IS NULL OR m.item_id = @item)
       AND (@lot IS NULL OR m.lot_id = @lot) AND (@ref IS NULL OR m.ref = @ref)
     ORDER BY m.seq DESC LIMIT @limit`,
  )
    .all({
      depot: f.depotId ?? null,
      item: f.itemId ?? null,
      lot: f.lotId ?? null,
      ref: f.ref ?? null,
      limit: f.limit ?? 200,
    })
    .map(movementView);
}

export function listCounts(db: ReadDb, f: { depotId?: string; id?: string }): CountView[] {
  const counts = stmt<[{ depot: string | null; id: string | null }], SupplyCountRow & { depot_name: string }>(
    db,
    `SELECT c.*, d.name AS depot_name FROM supply_counts c JOIN depots d ON d.id = c.depot_id
      WHERE (@depot IS NULL OR c.depot_id = @depot) AND (@id IS NULL OR c.id = @id)
      ORDER BY c.counted_at DESC, c.entered_at DESC LIMIT 200`,
  ).all({ depot: f.depotId ?? null, id: f.id ?? null });
  const lines = stmt<[string], SupplyCountLineRow & { item: string; unit: string; lot_no: string }>(
    db,
    `SELECT cl.*, i.name AS item, i.unit, t.lot_no FROM supply_count_lines cl
       JOIN supply_lots t ON t.id = cl.lot_id JOIN supply_items i ON i.id = t.item_id
      WHERE cl.count_id = ? ORDER BY i.name, t.expires_on, t.lot_no`,
  );
  return counts.map((c) => ({
    id: c.id,
    depotId: c.depot_id,
    depotName: c.depot_name,
    countedAt: c.counted_at,
    actorName: c.actor_name,
    note: c.note,
    lines: lines.all(c.id).map((l) => ({
      lotId: l.lot_id,
      item: l.item,
      unit: l.unit,
      lotNo: l.lot_no,
      expected: l.expected,
      counted: l.counted,
      difference: round(l.counted - l.expected),
      reason: l.reason,
    })),
  }));
}
