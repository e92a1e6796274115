import type { MovementKind } from '../../common/domain/supplies';

/**
 * Rows of the supplies ledger (应急物资): items, the depots' lines, lots, movements and
 * counts. Each type is the table as `SELECT *` reads it; row-types.test.ts holds them to
 * the schema.
 */

export interface SupplyItemRow {
  id: string;
  name: string;
  unit: string;
  spec: string;
  code: string | null;
  created_at: string;
  updated_at: string;
}

export interface SupplyLineRow {
  depot_id: string;
  item_id: string;
  minimum: number;
  position: number;
}

export interface SupplyLotRow {
  id: string;
  depot_id: string;
  item_id: string;
  lot_no: string;
  expires_on: string | null;
  created_at: string;
}

export interface MovementRow {
  seq: number;
  id: string;
  kind: MovementKind;
  depot_id: string;
  item_id: string;
  lot_id: string;
  quantity: number;
  at: string;
  entered_at: string;
  actor_id: string | null;
  actor_name: string;
  reason: string;
  ref: string | null;
  drill_id: string | null;
  prev_hash: string;
  hash: string;
}

export interface SupplyCountRow {
  id: string;
  depot_id: string;
  counted_at: string;
  entered_at: string;
  actor_id: string | null;
  actor_name: string;
  note: string;
}

export interface SupplyCountLineRow {
  count_id: string;
  lot_id: string;
  expected: number;
  counted: number;
  reason: string;
}

/** Table -> its row type (row-types.test.ts compares each with the migrated schema). */
export interface Tables {
  supply_items: SupplyItemRow;
  supply_lines: SupplyLineRow;
  supply_lots: SupplyLotRow;
  supply_movements: MovementRow;
  supply_counts: SupplyCountRow;
  supply_count_lines: SupplyCountLineRow;
}
