import type { Migration } from './index';

/**
 * Lot balances (批次结存): a projection of the supply ledger so today's stock is read from
 * one small row per lot instead of summing every movement ever made (at 100,000
 * movements that sum was the slowest read of the app).
 *
 * The movements stay the record; this table is only their running sum, kept by a trigger
 * on insert in the same transaction as the movement, so it can never be ahead of or
 * behind the ledger (movements are append-only: no update or delete to follow). A drill's
 * traffic (演练) is summed apart, under its drill's id, so real stock leaves it out while
 * the drill still sees what it moved; `drill` is '' for real stock because a primary key
 * column cannot hold NULL in a way that makes ON CONFLICT match.
 *
 * Sums are rounded to 0.001 of a unit, as the ledger's arithmetic rounds them, so adding
 * a movement and taking it back leaves exactly zero. The migration fills the table from
 * the movements already recorded.
 */
export const m021LotBalances: Migration = {
  version: 21,
  name: 'lot-balances',
  up(db) {
    db.exec(`
      CREATE TABLE supply_lot_balances (
        lot_id TEXT NOT NULL REFERENCES supply_lots(id),
        drill TEXT NOT NULL,
        -- The lot's depot and item, copied so a depot's stock sums one index range.
        depot_id TEXT NOT NULL REFERENCES depots(id),
        item_id TEXT NOT NULL REFERENCES supply_items(id),
        quantity REAL NOT NULL,
        PRIMARY KEY (lot_id, drill)
      ) STRICT;
      CREATE INDEX supply_lot_balances_stock ON supply_lot_balances(drill, depot_id, item_id, quantity);

      INSERT INTO supply_lot_balances (lot_id, drill, depot_id, item_id, quantity)
        SELECT lot_id, COALESCE(drill_id, ''), depot_id, item_id, round(sum(quantity), 3)
          FROM supply_movements GROUP BY lot_id, COALESCE(drill_id, '');

      CREATE TRIGGER supply_movements_balance AFTER INSERT ON supply_movements
      BEGIN
        INSERT INTO supply_lot_balances (lot_id, drill, depot_id, item_id, quantity)
          VALUES (NEW.lot_id, COALESCE(NEW.drill_id, ''), NEW.depot_id, NEW.item_id, round(NEW.quantity, 3))
          ON CONFLICT (lot_id, drill) DO UPDATE SET quantity = round(quantity + excluded.quantity, 3);
      END;
    `);
  },
};
