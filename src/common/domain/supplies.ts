/**
 * Supplies as a ledger (应急物资): the codes of depot kinds and movement kinds. Labels
 * live in src/common/i18n/supplies-labels.ts.
 */

/** 县级储备库, 乡镇储备点, 代储单位 (an enterprise or shop holding stock for the county). */
export const DEPOT_KINDS = ['county', 'town', 'agent'] as const;
export type DepotKind = (typeof DEPOT_KINDS)[number];

/**
 * What moves stock. 期初 is the opening balance carried over from the depots' stock
 * lists; 盘点调整 comes only from a count (盘点); 轮换 takes an old lot out and puts its
 * replacement in. The sign of a movement's quantity follows its kind.
 */
export const MOVEMENT_KINDS = [
  'opening',
  'receive',
  'issue',
  'transfer_out',
  'transfer_in',
  'recover',
  'count_adjust',
  'scrap',
  'rotate',
] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/** Kinds that only ever add to a lot, and kinds that only ever take from one. */
export const INBOUND_KINDS = ['opening', 'receive', 'transfer_in', 'recover'] as const;
export const OUTBOUND_KINDS = ['issue', 'transfer_out', 'scrap'] as const;

/**
 * What a user records with supplies.move (期初 is the migration's, 盘点调整 a count's,
 * and a 调拨 between depots is one move that writes its out and in).
 */
export const MOVE_KINDS = ['receive', 'issue', 'transfer', 'recover', 'scrap', 'rotate'] as const;
export type MoveKind = (typeof MOVE_KINDS)[number];

/** Days before its expiry date a lot is reminded (临期). */
export const LOT_EXPIRY_LEAD_DAYS = 30;
