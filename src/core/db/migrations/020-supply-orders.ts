import type { Migration } from './index';

/**
 * Agreement reserves and 调拨 orders (应急物资, part two).
 *
 * 协议储备/产能储备: an enterprise under contract holds items for the county or produces
 * them on call — per item a quantity held or a capacity per day — delivered within so
 * many hours, from contract start to end. An ordinary register (audited updates,
 * archived not deleted).
 *
 * 调拨 orders: from an incident, a requesting unit's need met from a depot or an
 * agreement, to a receiving unit and place, approved by a county leader in writing or
 * orally (the written order then due within 48 hours). The order row is the projection
 * of its events; the events (approval, the written order filed, dispatch,
 * reconciliation) are append-only and hash-chained, as approvals may be disputed. What it
 * sends out of a depot are movements of the ledger that carry the order's id.
 */
export const m020SupplyOrders: Migration = {
  version: 20,
  name: 'supply-orders',
  up(db) {
    db.exec(`
      CREATE TABLE supply_agreements (
        id TEXT PRIMARY KEY,
        enterprise TEXT NOT NULL UNIQUE CHECK (length(trim(enterprise)) > 0),
        -- 协议储备 (holds stock for the county) or 产能储备 (produces on call).
        kind TEXT NOT NULL CHECK (kind IN ('stock','capacity')),
        contact TEXT NOT NULL,
        phone24 TEXT NOT NULL,
        town_code TEXT,
        address TEXT NOT NULL,
        hours_to_deliver REAL NOT NULL CHECK (hours_to_deliver > 0),
        contract_start TEXT NOT NULL,
        contract_end TEXT NOT NULL,
        notes TEXT NOT NULL,
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (contract_end >= contract_start)
      ) STRICT;

      CREATE TABLE supply_agreement_lines (
        agreement_id TEXT NOT NULL REFERENCES supply_agreements(id),
        item_id TEXT NOT NULL REFERENCES supply_items(id),
        quantity REAL CHECK (quantity IS NULL OR quantity > 0),
        capacity_per_day REAL CHECK (capacity_per_day IS NULL OR capacity_per_day > 0),
        position INTEGER NOT NULL,
        PRIMARY KEY (agreement_id, item_id),
        CHECK (quantity IS NOT NULL OR capacity_per_day IS NOT NULL)
      ) STRICT;

      CREATE TABLE supply_orders (
        id TEXT PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        incident_id TEXT NOT NULL REFERENCES incidents(id),
        drill_id TEXT,
        requesting_unit TEXT NOT NULL,
        requesting_contact TEXT NOT NULL,
        requesting_phone TEXT NOT NULL,
        receiving_unit TEXT NOT NULL,
        receiving_place TEXT NOT NULL,
        receiving_contact TEXT NOT NULL,
        receiving_phone TEXT NOT NULL,
        source_depot_id TEXT REFERENCES depots(id),
        source_agreement_id TEXT REFERENCES supply_agreements(id),
        approval TEXT NOT NULL CHECK (approval IN ('written','oral')),
        approver TEXT NOT NULL,
        approved_at TEXT NOT NULL,
        -- An oral approval's written order: due 48 hours after it, and when it was filed.
        written_due_at TEXT,
        written_at TEXT,
        document_no TEXT NOT NULL,
        dispatched_at TEXT,
        reconciled_at TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        CHECK ((source_depot_id IS NULL) <> (source_agreement_id IS NULL)),
        CHECK (approval = 'written' OR written_due_at IS NOT NULL)
      ) STRICT;
      CREATE INDEX supply_orders_incident ON supply_orders(incident_id);

      CREATE TABLE supply_order_lines (
        order_id TEXT NOT NULL REFERENCES supply_orders(id),
        item_id TEXT NOT NULL REFERENCES supply_items(id),
        quantity REAL NOT NULL CHECK (quantity > 0),
        position INTEGER NOT NULL,
        -- The reconciliation after the response (发出/到达/使用/回收/核销).
        sent REAL NOT NULL DEFAULT 0,
        received REAL NOT NULL DEFAULT 0,
        used REAL NOT NULL DEFAULT 0,
        returned REAL NOT NULL DEFAULT 0,
        written_off REAL NOT NULL DEFAULT 0,
        PRIMARY KEY (order_id, item_id)
      ) STRICT;

      CREATE TABLE supply_order_events (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        order_id TEXT NOT NULL REFERENCES supply_orders(id),
        kind TEXT NOT NULL CHECK (kind IN ('approved','written','dispatched','reconciled')),
        at TEXT NOT NULL,
        entered_at TEXT NOT NULL,
        actor_id TEXT,
        actor_name TEXT NOT NULL,
        data_json TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      CREATE INDEX supply_order_events_order ON supply_order_events(order_id, seq);
      CREATE TRIGGER supply_order_events_no_update BEFORE UPDATE ON supply_order_events
        BEGIN SELECT RAISE(ABORT, 'order events are append-only'); END;
      CREATE TRIGGER supply_order_events_no_delete BEFORE DELETE ON supply_order_events
        BEGIN SELECT RAISE(ABORT, 'order events are append-only'); END;
    `);
  },
};
