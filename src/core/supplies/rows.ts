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
  supply_agreements: SupplyAgreementRow;
  supply_agreement_lines: SupplyAgreementLineRow;
  supply_orders: SupplyOrderRow;
  supply_order_lines: SupplyOrderLineRow;
  supply_order_events: SupplyOrderEventRow;
  supply_lot_balances: SupplyLotBalanceRow;
}

export interface SupplyAgreementRow {
  id: string;
  enterprise: string;
  kind: 'stock' | 'capacity';
  contact: string;
  phone24: string;
  town_code: string | null;
  address: string;
  hours_to_deliver: number;
  contract_start: string;
  contract_end: string;
  notes: string;
  archived: 0 | 1;
  created_at: string;
  updated_at: string;
}

export interface SupplyAgreementLineRow {
  agreement_id: string;
  item_id: string;
  quantity: number | null;
  capacity_per_day: number | null;
  position: number;
}

export interface SupplyOrderRow {
  id: string;
  number: string;
  incident_id: string;
  drill_id: string | null;
  requesting_unit: string;
  requesting_contact: string;
  requesting_phone: string;
  receiving_unit: string;
  receiving_place: string;
  receiving_contact: string;
  receiving_phone: string;
  source_depot_id: string | null;
  source_agreement_id: string | null;
  approval: 'written' | 'oral';
  approver: string;
  approved_at: string;
  written_due_at: string | null;
  written_at: string | null;
  document_no: string;
  dispatched_at: string | null;
  reconciled_at: string | null;
  created_at: string;
  created_by: string;
}

export interface SupplyOrderLineRow {
  order_id: string;
  item_id: string;
  quantity: number;
  position: number;
  sent: number;
  received: number;
  used: number;
  returned: number;
  written_off: number;
}

export interface SupplyOrderEventRow {
  seq: number;
  id: string;
  order_id: string;
  kind: 'approved' | 'written' | 'dispatched' | 'reconciled';
  at: string;
  entered_at: string;
  actor_id: string | null;
  actor_name: string;
  data_json: string;
  prev_hash: string;
  hash: string;
}

/** The running sum of a lot's movements (migration 021); `drill` is '' for real stock. */
export interface SupplyLotBalanceRow {
  lot_id: string;
  drill: string;
  depot_id: string;
  item_id: string;
  quantity: number;
}
