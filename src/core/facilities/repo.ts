import type {
  DepotInput,
  DepotView,
  FacilityInput,
  FacilityView,
  StockItem,
} from '../../common/contract/facilities';
import { FACILITY_KINDS, type FacilityKind } from '../../common/domain/facilities';
import { words } from '../../common/search-words';
import { stmt } from '../db/sql';
import { DomainError } from '../errors';
import type { ReadDb, WriteDb } from '../db/handles';
import type { DepotWithTown, FacilityWithTown, StockRow } from './rows';
import type { Actor } from '../actor';
import { dropLinesExcept, setLineFromRegister, stockLines, type StockLineRow } from '../supplies/ledger';

const pointOf = (r: { lon: number | null; lat: number | null }): [number, number] | null =>
  r.lon !== null && r.lat !== null ? [r.lon, r.lat] : null;

/** A town code must name a town of the register (a blank county with no towns accepts any). */
export function checkTown(db: ReadDb, code: string | null): void {
  if (code === null) return;
  const known = stmt<[], { n: number }>(db, 'SELECT count(*) AS n FROM towns').get()!.n;
  if (known > 0 && !stmt(db, 'SELECT 1 FROM towns WHERE code = ?').get(code))
    throw new DomainError('invalid_input', 'errors.town_unknown', { code });
}

// ---------------------------------------------------------------- facilities

const SELECT_FACILITY = `SELECT f.*, t.name AS town_name FROM facilities f LEFT JOIN towns t ON t.code = f.town_code`;
// The register lists kinds in FACILITY_KINDS order (其他 last), not alphabetically by code.
const KIND_ORDER = `CASE f.kind ${FACILITY_KINDS.map((k, i) => `WHEN '${k}' THEN ${i}`).join(' ')} ELSE ${FACILITY_KINDS.length} END`;

export function toFacilityView(r: FacilityWithTown): FacilityView {
  return {
    id: r.id,
    kind: r.kind,
    name: r.name,
    address: r.address,
    townCode: r.town_code,
    townName: r.town_name,
    point: pointOf(r),
    capacity: r.capacity,
    households: r.households,
    contact: r.contact,
    phone: r.phone,
    notes: r.notes,
    archived: r.archived === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function facilityInputOf(r: FacilityWithTown): FacilityInput {
  return {
    kind: r.kind,
    name: r.name,
    address: r.address,
    townCode: r.town_code,
    point: pointOf(r),
    capacity: r.capacity,
    households: r.households,
    contact: r.contact,
    phone: r.phone,
    notes: r.notes,
  };
}

export function facilityRow(db: ReadDb, id: string): FacilityWithTown | undefined {
  return stmt<[string], FacilityWithTown>(db, `${SELECT_FACILITY} WHERE f.id = ?`).get(id);
}

export function facilityByName(db: ReadDb, kind: FacilityKind, name: string): FacilityWithTown | undefined {
  return stmt<[string, string], FacilityWithTown>(
    db,
    `${SELECT_FACILITY} WHERE f.kind = ? AND f.name = ?`,
  ).get(kind, name);
}

/** Words typed in the filter, each to be found in the name, address, contact or phone. */
export function listFacilities(
  db: ReadDb,
  f: {
    kind?: FacilityKind;
    townCode?: string;
    q?: string;
    includeArchived?: boolean;
    unlocated?: boolean;
  } = {},
): FacilityView[] {
  const rows = stmt<
    [{ kind: string | null; town: string | null; archived: number; unlocated: number }],
    FacilityWithTown
  >(
    db,
    `${SELECT_FACILITY}
      WHERE (@archived = 1 OR f.archived = 0) AND (@kind IS NULL OR f.kind = @kind) AND (@town IS NULL OR f.town_code = @town)
        AND (@unlocated = 0 OR f.lon IS NULL OR f.lat IS NULL)
      ORDER BY f.archived, ${KIND_ORDER}, f.town_code, f.name`,
  ).all({
    kind: f.kind ?? null,
    town: f.townCode ?? null,
    archived: f.includeArchived ? 1 : 0,
    unlocated: f.unlocated ? 1 : 0,
  });
  const ws = words(f.q);
  const hit = (r: FacilityWithTown) => {
    const hay = `${r.name} ${r.address} ${r.contact} ${r.phone} ${r.town_name ?? ''}`.toLowerCase();
    return ws.every((w) => hay.includes(w));
  };
  return (ws.length ? rows.filter(hit) : rows).map(toFacilityView);
}

export function facilityColumns(e: FacilityInput) {
  return {
    kind: e.kind,
    name: e.name.trim(),
    address: e.address.trim(),
    town_code: e.townCode,
    lon: e.point?.[0] ?? null,
    lat: e.point?.[1] ?? null,
    capacity: e.capacity,
    households: e.households ?? null,
    contact: e.contact.trim(),
    phone: e.phone.trim(),
    notes: e.notes,
  };
}

export function insertFacility(db: WriteDb, id: string, e: FacilityInput, at: string): void {
  stmt(
    db,
    `INSERT INTO facilities (id, kind, name, address, town_code, lon, lat, capacity, households, contact, phone, notes, archived, created_at, updated_at)
     VALUES (@id, @kind, @name, @address, @town_code, @lon, @lat, @capacity, @households, @contact, @phone, @notes, 0, @at, @at)`,
  ).run({ id, ...facilityColumns(e), at });
}

/** An edit of the register line; an import of a line that was archived brings it back. */
export function updateFacility(db: WriteDb, id: string, e: FacilityInput, at: string, restore = false): void {
  stmt(
    db,
    `UPDATE facilities SET kind=@kind, name=@name, address=@address, town_code=@town_code, lon=@lon, lat=@lat,
       capacity=@capacity, households=@households, contact=@contact, phone=@phone, notes=@notes, updated_at=@at,
       archived = CASE WHEN @restore = 1 THEN 0 ELSE archived END
     WHERE id=@id`,
  ).run({ id, ...facilityColumns(e), at, restore: restore ? 1 : 0 });
}

export function setFacilityArchived(db: WriteDb, id: string, archived: boolean, at: string): void {
  stmt(db, 'UPDATE facilities SET archived = ?, updated_at = ? WHERE id = ?').run(archived ? 1 : 0, at, id);
}

// ---------------------------------------------------------------- depots

const SELECT_DEPOT = `SELECT d.*, t.name AS town_name FROM depots d LEFT JOIN towns t ON t.code = d.town_code`;

export function stockOf(db: ReadDb, depotId: string): StockRow[] {
  return stockLines(db, depotId).map(asStockRow);
}

export function allStock(db: ReadDb): Map<string, StockRow[]> {
  const out = new Map<string, StockRow[]>();
  for (const r of stockLines(db)) {
    let list = out.get(r.depot_id);
    if (!list) out.set(r.depot_id, (list = []));
    list.push(asStockRow(r));
  }
  return out;
}

const asStockRow = (r: StockLineRow): StockRow => ({
  depot_id: r.depot_id,
  item: r.item,
  unit: r.unit,
  quantity: r.quantity,
  minimum: r.minimum,
  position: r.position,
});

export const stockView = (s: StockRow) => ({
  item: s.item,
  unit: s.unit,
  quantity: s.quantity,
  minimum: s.minimum,
  short: s.quantity < s.minimum,
});

export function toDepotView(r: DepotWithTown, stock: StockRow[]): DepotView {
  const items = stock.map(stockView);
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    address: r.address,
    townCode: r.town_code,
    townName: r.town_name,
    point: pointOf(r),
    keeper: r.keeper,
    phone: r.phone,
    notes: r.notes,
    stock: items,
    short: items.filter((i) => i.short).length,
    archived: r.archived === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function depotInputOf(r: DepotWithTown, stock: StockRow[]): DepotInput {
  return {
    name: r.name,
    kind: r.kind,
    address: r.address,
    townCode: r.town_code,
    point: pointOf(r),
    keeper: r.keeper,
    phone: r.phone,
    notes: r.notes,
    stock: stock.map((s) => ({ item: s.item, unit: s.unit, quantity: s.quantity, minimum: s.minimum })),
  };
}

export function depotRow(db: ReadDb, id: string): DepotWithTown | undefined {
  return stmt<[string], DepotWithTown>(db, `${SELECT_DEPOT} WHERE d.id = ?`).get(id);
}

export function depotByName(db: ReadDb, name: string): DepotWithTown | undefined {
  return stmt<[string], DepotWithTown>(db, `${SELECT_DEPOT} WHERE d.name = ?`).get(name);
}

export function depotView(db: ReadDb, id: string): DepotView | undefined {
  const r = depotRow(db, id);
  return r ? toDepotView(r, stockOf(db, id)) : undefined;
}

export function listDepots(
  db: ReadDb,
  f: { townCode?: string; q?: string; includeArchived?: boolean } = {},
): DepotView[] {
  const rows = stmt<[{ town: string | null; archived: number }], DepotWithTown>(
    db,
    `${SELECT_DEPOT} WHERE (@archived = 1 OR d.archived = 0) AND (@town IS NULL OR d.town_code = @town)
      ORDER BY d.archived, d.town_code, d.name`,
  ).all({ town: f.townCode ?? null, archived: f.includeArchived ? 1 : 0 });
  const stock = allStock(db);
  const ws = words(f.q);
  const views = rows.map((r) => toDepotView(r, stock.get(r.id) ?? []));
  if (!ws.length) return views;
  return views.filter((v) => {
    const hay =
      `${v.name} ${v.address} ${v.keeper} ${v.phone} ${v.townName ?? ''} ${v.stock.map((s) => s.item).join(' ')}`.toLowerCase();
    return ws.every((w) => hay.includes(w));
  });
}

function depotColumns(e: Omit<DepotInput, 'stock'>) {
  return {
    name: e.name.trim(),
    kind: e.kind ?? null,
    address: e.address.trim(),
    town_code: e.townCode,
    lon: e.point?.[0] ?? null,
    lat: e.point?.[1] ?? null,
    keeper: e.keeper.trim(),
    phone: e.phone.trim(),
    notes: e.notes,
  };
}

/** Who typed a register's stock, for the 盘点调整 movements it records. */
export interface StockAuthor {
  actor: Actor;
  at: string;
}

export function insertDepot(db: WriteDb, id: string, e: DepotInput, by: StockAuthor): void {
  stmt(
    db,
    `INSERT INTO depots (id, name, kind, address, town_code, lon, lat, keeper, phone, notes, archived, created_at, updated_at)
     VALUES (@id, @name, COALESCE(@kind, 'county'), @address, @town_code, @lon, @lat, @keeper, @phone, @notes, 0, @at, @at)`,
  ).run({ id, ...depotColumns(e), at: by.at });
  replaceStock(db, id, e.stock, by);
}

export function updateDepot(
  db: WriteDb,
  id: string,
  e: Omit<DepotInput, 'stock'> & { stock?: StockItem[] },
  by: StockAuthor,
  restore = false,
): void {
  stmt(
    db,
    `UPDATE depots SET name=@name, kind=COALESCE(@kind, kind), address=@address, town_code=@town_code, lon=@lon, lat=@lat, keeper=@keeper,
       phone=@phone, notes=@notes, updated_at=@at, archived = CASE WHEN @restore = 1 THEN 0 ELSE archived END
     WHERE id=@id`,
  ).run({ id, ...depotColumns(e), at: by.at, restore: restore ? 1 : 0 });
  if (e.stock) replaceStock(db, id, e.stock, by);
}

/** Duplicate item names are refused: "帐篷" twice in one depot's list is a typing slip. */
export function checkStock(stock: StockItem[]): void {
  const seen = new Set<string>();
  for (const s of stock) {
    const k = s.item.trim();
    if (seen.has(k)) throw new DomainError('invalid_input', 'errors.stock_duplicate_item', { item: k });
    seen.add(k);
  }
}

/** The depot's whole list as typed: items left off are adjusted to nothing and dropped. */
export function replaceStock(db: WriteDb, depotId: string, stock: StockItem[], by: StockAuthor): void {
  dropLinesExcept(db, by.actor, by.at, depotId, new Set(stock.map((s) => s.item.trim())));
  stock.forEach((s, i) => setLineFromRegister(db, by.actor, by.at, depotId, s, i));
}

/** Sets one item's line (the stock import: one row per depot and item). */
export function upsertStockItem(db: WriteDb, depotId: string, s: StockItem, by: StockAuthor): void {
  setLineFromRegister(db, by.actor, by.at, depotId, s);
}

export function setDepotArchived(db: WriteDb, id: string, archived: boolean, at: string): void {
  stmt(db, 'UPDATE depots SET archived = ?, updated_at = ? WHERE id = ?').run(archived ? 1 : 0, at, id);
}
