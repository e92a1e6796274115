import type { CountView, LotView, MovementView, StockLineView } from '../../common/contract/supplies';
import { LOT_EXPIRY_LEAD_DAYS, type DepotKind } from '../../common/domain/supplies';
import { stmt } from '../db/sql';
import type { ReadDb } from '../db/handles';
import { lotsOf, round, stockLines, type LotWithBalance } from './ledger';
import type { MovementRow, SupplyCountLineRow, SupplyCountRow } from './rows';
import { words } from '../facilities/repo';

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

export function stockView(
  db: ReadDb,
  today: string,
  f: { depotId?: string; itemId?: string; q?: string } = {},
): StockLineView[] {
  const depots = new Map(
    stmt<[], DepotHead>(
      db,
      'SELECT d.id, d.name, d.kind, t.name AS town_name, d.archived FROM depots d LEFT JOIN towns t ON t.code = d.town_code',
    )
      .all()
      .map((d) => [d.id, d]),
  );
  const ws = words(f.q);
  const out: StockLineView[] = [];
  for (const s of stockLines(db, f.depotId)) {
    const d = depots.get(s.depot_id);
    if (!d || (d.archived && !f.depotId)) continue;
    if (f.itemId && s.item_id !== f.itemId) continue;
    if (ws.length) {
      const hay = `${s.item} ${s.spec} ${s.code ?? ''} ${d.name} ${d.town_name ?? ''}`.toLowerCase();
      if (!ws.every((w) => hay.includes(w))) continue;
    }
    out.push({
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
      lots: lotsOf(db, s.depot_id, s.item_id)
        .filter((l) => l.quantity !== 0)
        .map((l) => lotView(l, today)),
    });
  }
  // County depots first, then the towns', then 代储 holders; each by name, its list in order.
  const rank = (k: DepotKind) => ['county', 'town', 'agent'].indexOf(k);
  return out.sort(
    (a, b) => rank(a.depotKind) - rank(b.depotKind) || a.depotName.localeCompare(b.depotName, 'zh-CN'),
  );
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
