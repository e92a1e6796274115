import type { FacilityKind } from '../../common/domain/facilities';
import type { DepotKind } from '../../common/domain/supplies';

/**
 * Rows of the resources area's registers (应急资源): key facilities and supply depots (their
 * stock is the supplies ledger's, src/core/supplies).
 * Each type is the table as `SELECT *` reads it; rows.test.ts holds them to the schema.
 */

export interface FacilityRow {
  id: string;
  kind: FacilityKind;
  name: string;
  address: string;
  town_code: string | null;
  lon: number | null;
  lat: number | null;
  capacity: number | null;
  households: number | null;
  contact: string;
  phone: string;
  notes: string;
  archived: 0 | 1;
  created_at: string;
  updated_at: string;
}

export interface DepotRow {
  id: string;
  name: string;
  kind: DepotKind;
  address: string;
  town_code: string | null;
  lon: number | null;
  lat: number | null;
  keeper: string;
  phone: string;
  notes: string;
  archived: 0 | 1;
  created_at: string;
  updated_at: string;
}

/** One line of a depot's stock as the register shows it (summed from the supplies ledger). */
export interface StockRow {
  depot_id: string;
  item: string;
  unit: string;
  quantity: number;
  minimum: number;
  position: number;
}

/** A facility as the register reads it: with its town's name (LEFT JOIN towns). */
export type FacilityWithTown = FacilityRow & { town_name: string | null };

/** A depot as the register reads it: with its town's name (LEFT JOIN towns). */
export type DepotWithTown = DepotRow & { town_name: string | null };

/** Table -> its row type (rows.test.ts compares each with the migrated schema). */
export interface Tables {
  facilities: FacilityRow;
  depots: DepotRow;
}
