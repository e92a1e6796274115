import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { verifyMovementChain } from '../../supplies/chain';
import type { ReadDb } from '../handles';

describe('migration 015 supplies ledger', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 14);
  const dep = db.prepare(
    `INSERT INTO depots (id, name, address, keeper, phone, notes, archived, created_at, updated_at)
     VALUES (?, ?, '', '', '', '', ?, ?, ?)`,
  );
  dep.run('dep_a', '县应急物资储备库', 0, '2026-01-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z');
  dep.run('dep_b', '青石镇储备点', 1, '2026-01-02T00:00:00.000Z', '2026-03-02T00:00:00.000Z');
  const stock = db.prepare(
    `INSERT INTO depot_stock (depot_id, item, unit, quantity, minimum, position) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  stock.run('dep_a', '帐篷', '顶', 200, 100, 0);
  stock.run('dep_a', '棉被', '床', 350.5, 400, 1);
  stock.run('dep_a', '冲锋舟', '艘', 0, 2, 2);
  stock.run('dep_b', '帐篷', '顶', 30, 10, 0);
  stock.run('dep_b', '编织袋', '条', 5000, 0, 1);
  migrate(db, 15);

  const sums = () =>
    db
      .prepare(
        `SELECT l.depot_id, i.name AS item, i.unit, l.minimum, l.position,
                COALESCE((SELECT sum(quantity) FROM supply_movements m WHERE m.depot_id = l.depot_id AND m.item_id = l.item_id), 0) AS quantity
           FROM supply_lines l JOIN supply_items i ON i.id = l.item_id ORDER BY l.depot_id, l.position`,
      )
      .all();

  it('turns every old stock line into a line, an item and an opening movement: nothing lost', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(15);
    expect(sums()).toEqual([
      { depot_id: 'dep_a', item: '帐篷', unit: '顶', minimum: 100, position: 0, quantity: 200 },
      { depot_id: 'dep_a', item: '棉被', unit: '床', minimum: 400, position: 1, quantity: 350.5 },
      { depot_id: 'dep_a', item: '冲锋舟', unit: '艘', minimum: 2, position: 2, quantity: 0 },
      { depot_id: 'dep_b', item: '帐篷', unit: '顶', minimum: 10, position: 0, quantity: 30 },
      { depot_id: 'dep_b', item: '编织袋', unit: '条', minimum: 0, position: 1, quantity: 5000 },
    ]);
    // One item per name and unit across depots; the opening movements are dated when
    // their depot was last edited, and the archived depot keeps its stock too.
    expect(db.prepare('SELECT count(*) AS n FROM supply_items').get()).toEqual({ n: 4 });
    expect(
      db.prepare(`SELECT kind, at, quantity FROM supply_movements WHERE depot_id = 'dep_b' ORDER BY seq`).all(),
    ).toEqual([
      { kind: 'opening', at: '2026-03-02T00:00:00.000Z', quantity: 30 },
      { kind: 'opening', at: '2026-03-02T00:00:00.000Z', quantity: 5000 },
    ]);
    expect(db.prepare(`SELECT kind FROM depots ORDER BY id`).all()).toEqual([{ kind: 'county' }, { kind: 'county' }]);
    expect(db.prepare(`SELECT name FROM sqlite_schema WHERE name = 'depot_stock'`).get()).toBeUndefined();
  });

  it('chains the opening movements, STRICT tables, and refuses edits and wrong signs', () => {
    expect(verifyMovementChain(db as ReadDb)).toMatchObject({ ok: true, checked: 4 });
    for (const t of ['supply_items', 'supply_lines', 'supply_lots', 'supply_movements', 'supply_counts', 'supply_count_lines']) {
      const sql = (db.prepare(`SELECT sql FROM sqlite_schema WHERE name = ?`).get(t) as { sql: string }).sql;
      expect(sql).toMatch(/STRICT$/);
    }
    expect(() => db.prepare('UPDATE supply_movements SET quantity = 1').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM supply_movements').run()).toThrow(/append-only/);
    const m = db.prepare('SELECT * FROM supply_movements LIMIT 1').get() as Record<string, unknown>;
    expect(() =>
      db
        .prepare(
          `INSERT INTO supply_movements (id, kind, depot_id, item_id, lot_id, quantity, at, entered_at, actor_id, actor_name, reason, ref, drill_id, prev_hash, hash)
           VALUES ('mov_x', 'issue', ?, ?, ?, 5, 't', 't', NULL, '', '', NULL, NULL, '', '')`,
        )
        .run(m.depot_id, m.item_id, m.lot_id),
    ).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE depots SET kind = 'warehouse'`).run()).toThrow(/CHECK/);
  });
});
