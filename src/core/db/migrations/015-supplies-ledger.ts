import crypto from 'node:crypto';
import type { Migration } from './index';
import { appendMovement } from '../../supplies/chain';

const newId = (prefix: string) => `${prefix}_${crypto.randomBytes(9).toString('base64url')}`;

/**
 * Supplies as a ledger (应急物资台账). Stock is no longer a number on a depot's list: it is
 * the sum of append-only, hash-chained movements on lots (批次, with expiry dates), and a
 * depot's list keeps only which items it holds and their minimum. Depots gain a kind:
 * the county's, a town's, or a 代储 holder's.
 *
 * Each line of the old depot_stock becomes an item (by name and unit), a line of its
 * depot with the same minimum and place, and — when it held anything — a lot without a
 * number or expiry with a 期初 movement of its quantity, dated when the depot was last
 * edited. Nothing is lost: the old quantities are the opening balance.
 */
export const m015SuppliesLedger: Migration = {
  version: 15,
  name: 'supplies-ledger',
  up(db) {
    db.exec(`
      ALTER TABLE depots ADD COLUMN kind TEXT NOT NULL DEFAULT 'county' CHECK (kind IN ('county','town','agent'));

      CREATE TABLE supply_items (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        unit TEXT NOT NULL,
        spec TEXT NOT NULL,
        -- GB/T 38565 应急物资分类及编码, where the item's code is known.
        code TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (name, spec, unit)
      ) STRICT;

      CREATE TABLE supply_lines (
        depot_id TEXT NOT NULL REFERENCES depots(id),
        item_id TEXT NOT NULL REFERENCES supply_items(id),
        minimum REAL NOT NULL CHECK (minimum >= 0),
        -- Order of the depot's list, as the keeper keeps it.
        position INTEGER NOT NULL,
        PRIMARY KEY (depot_id, item_id)
      ) STRICT;

      CREATE TABLE supply_lots (
        id TEXT PRIMARY KEY,
        depot_id TEXT NOT NULL REFERENCES depots(id),
        item_id TEXT NOT NULL REFERENCES supply_items(id),
        -- The maker's or the keeper's lot number; empty for stock kept without one.
        lot_no TEXT NOT NULL,
        expires_on TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX supply_lots_depot_item ON supply_lots(depot_id, item_id);

      CREATE TABLE supply_movements (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('opening','receive','issue','transfer_out','transfer_in','recover','count_adjust','scrap','rotate')),
        -- The lot's depot and item, copied so a depot's stock sums one index range.
        depot_id TEXT NOT NULL REFERENCES depots(id),
        item_id TEXT NOT NULL REFERENCES supply_items(id),
        lot_id TEXT NOT NULL REFERENCES supply_lots(id),
        quantity REAL NOT NULL CHECK (quantity <> 0),
        at TEXT NOT NULL,
        entered_at TEXT NOT NULL,
        actor_id TEXT,
        actor_name TEXT NOT NULL,
        reason TEXT NOT NULL,
        -- What caused it: the other half of a 调拨 or 轮换, a count, an order.
        ref TEXT,
        drill_id TEXT,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        CHECK (kind NOT IN ('opening','receive','transfer_in','recover') OR quantity > 0),
        CHECK (kind NOT IN ('issue','transfer_out','scrap') OR quantity < 0)
      ) STRICT;
      CREATE INDEX supply_movements_stock ON supply_movements(depot_id, item_id, quantity);
      CREATE INDEX supply_movements_lot ON supply_movements(lot_id, quantity);
      CREATE INDEX supply_movements_ref ON supply_movements(ref) WHERE ref IS NOT NULL;
      CREATE TRIGGER supply_movements_no_update BEFORE UPDATE ON supply_movements
        BEGIN SELECT RAISE(ABORT, 'supply movements are append-only: record a new movement'); END;
      CREATE TRIGGER supply_movements_no_delete BEFORE DELETE ON supply_movements
        BEGIN SELECT RAISE(ABORT, 'supply movements are append-only: record a new movement'); END;

      CREATE TABLE supply_counts (
        id TEXT PRIMARY KEY,
        depot_id TEXT NOT NULL REFERENCES depots(id),
        counted_at TEXT NOT NULL,
        entered_at TEXT NOT NULL,
        actor_id TEXT,
        actor_name TEXT NOT NULL,
        note TEXT NOT NULL
      ) STRICT;
      CREATE TABLE supply_count_lines (
        count_id TEXT NOT NULL REFERENCES supply_counts(id),
        lot_id TEXT NOT NULL REFERENCES supply_lots(id),
        expected REAL NOT NULL,
        counted REAL NOT NULL CHECK (counted >= 0),
        reason TEXT NOT NULL,
        PRIMARY KEY (count_id, lot_id)
      ) STRICT;
      CREATE TRIGGER supply_counts_no_update BEFORE UPDATE ON supply_counts
        BEGIN SELECT RAISE(ABORT, 'counts are append-only'); END;
      CREATE TRIGGER supply_counts_no_delete BEFORE DELETE ON supply_counts
        BEGIN SELECT RAISE(ABORT, 'counts are append-only'); END;
      CREATE TRIGGER supply_count_lines_no_update BEFORE UPDATE ON supply_count_lines
        BEGIN SELECT RAISE(ABORT, 'counts are append-only'); END;
      CREATE TRIGGER supply_count_lines_no_delete BEFORE DELETE ON supply_count_lines
        BEGIN SELECT RAISE(ABORT, 'counts are append-only'); END;
    `);

    const old = db
      .prepare(
        `SELECT s.depot_id, s.item, s.unit, s.quantity, s.minimum, s.position, d.updated_at
           FROM depot_stock s JOIN depots d ON d.id = s.depot_id ORDER BY d.created_at, d.id, s.position, s.item`,
      )
      .all() as {
      depot_id: string;
      item: string;
      unit: string;
      quantity: number;
      minimum: number;
      position: number;
      updated_at: string;
    }[];
    const itemIds = new Map<string, string>();
    const addItem = db.prepare(
      `INSERT INTO supply_items (id, name, unit, spec, code, created_at, updated_at) VALUES (?, ?, ?, '', NULL, ?, ?)`,
    );
    const addLine = db.prepare(
      `INSERT INTO supply_lines (depot_id, item_id, minimum, position) VALUES (?, ?, ?, ?)`,
    );
    const addLot = db.prepare(
      `INSERT INTO supply_lots (id, depot_id, item_id, lot_no, expires_on, created_at) VALUES (?, ?, ?, '', NULL, ?)`,
    );
    for (const s of old) {
      const key = JSON.stringify([s.item, s.unit]);
      let itemId = itemIds.get(key);
      if (!itemId) {
        itemId = newId('itm');
        itemIds.set(key, itemId);
        addItem.run(itemId, s.item, s.unit, s.updated_at, s.updated_at);
      }
      addLine.run(s.depot_id, itemId, s.minimum, s.position);
      if (s.quantity <= 0) continue;
      const lotId = newId('lot');
      addLot.run(lotId, s.depot_id, itemId, s.updated_at);
      appendMovement(db, {
        id: newId('mov'),
        kind: 'opening',
        depot_id: s.depot_id,
        item_id: itemId,
        lot_id: lotId,
        quantity: s.quantity,
        at: s.updated_at,
        entered_at: s.updated_at,
        actor_id: null,
        actor_name: '',
        reason: '',
        ref: null,
        drill_id: null,
      });
    }
    db.exec('DROP TABLE depot_stock');
  },
};
