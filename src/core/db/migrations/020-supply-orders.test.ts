import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';

describe('migration 020 supply orders', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 19);
  db.prepare(
    `INSERT INTO supply_items (id, name, unit, spec, code, created_at, updated_at) VALUES ('itm_1', '帐篷', '顶', '', NULL, 't', 't')`,
  ).run();
  migrate(db, 20);
  const agreement = db.prepare(
    `INSERT INTO supply_agreements (id, enterprise, kind, contact, phone24, town_code, address, hours_to_deliver, contract_start, contract_end, notes, created_at, updated_at)
     VALUES (?, ?, 'stock', '', '13800007777', NULL, '', ?, ?, ?, '', 't', 't')`,
  );
  const line = db.prepare(
    `INSERT INTO supply_agreement_lines (agreement_id, item_id, quantity, capacity_per_day, position) VALUES (?, 'itm_1', ?, ?, 0)`,
  );

  it('adds agreements and orders, STRICT, keeping the ledger', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(20);
    expect(db.prepare('SELECT name FROM supply_items').get()).toEqual({ name: '帐篷' });
    for (const t of [
      'supply_agreements',
      'supply_agreement_lines',
      'supply_orders',
      'supply_order_lines',
      'supply_order_events',
    ]) {
      const sql = (db.prepare(`SELECT sql FROM sqlite_schema WHERE name = ?`).get(t) as { sql: string }).sql;
      expect(sql).toMatch(/STRICT$/);
    }
  });

  it('checks contract dates, delivery hours and that a line holds a quantity or a capacity; an order needs its source', () => {
    agreement.run('agr_1', '华联超市', 24, '2026-01-01', '2027-12-31');
    expect(() => agreement.run('agr_2', '百货公司', 24, '2027-01-01', '2026-12-31')).toThrow(/CHECK/);
    expect(() => agreement.run('agr_3', '粮油公司', 0, '2026-01-01', '2026-12-31')).toThrow(/CHECK/);
    expect(() => line.run('agr_1', null, null)).toThrow(/CHECK/);
    line.run('agr_1', 500, null);
    // An order names exactly one source and its incident; neither here, so it is refused.
    expect(() =>
      db
        .prepare(
          `INSERT INTO supply_orders (id, number, incident_id, drill_id, requesting_unit, requesting_contact, requesting_phone, receiving_unit, receiving_place, receiving_contact, receiving_phone,
             source_depot_id, source_agreement_id, approval, approver, approved_at, written_due_at, written_at, document_no, dispatched_at, reconciled_at, created_at, created_by)
           VALUES ('o1', '2026-001', 'inc_x', NULL, '', '', '', '', '', '', '', NULL, NULL, 'oral', '', 't', NULL, NULL, '', NULL, NULL, 't', '')`,
        )
        .run(),
    ).toThrow();
  });
});
