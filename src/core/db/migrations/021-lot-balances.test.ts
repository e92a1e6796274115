import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { appendMovement } from '../../supplies/chain';
import { verifyMovementChain } from '../../supplies/chain';
import type { ReadDb } from '../handles';

/** A seeded generator, so a failure repeats. */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

describe('migration 021 lot balances', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 20);
  const t = '2026-03-01T00:00:00.000Z';
  db.prepare(
    `INSERT INTO depots (id, name, address, keeper, phone, notes, archived, created_at, updated_at) VALUES (?, ?, '', '', '', '', 0, ?, ?)`,
  ).run('dep_a', '县应急物资储备库', t, t);
  db.prepare(
    `INSERT INTO depots (id, name, address, keeper, phone, notes, archived, created_at, updated_at) VALUES (?, ?, '', '', '', '', 0, ?, ?)`,
  ).run('dep_b', '青石镇储备点', t, t);
  for (const i of ['itm_1', 'itm_2'])
    db.prepare(
      `INSERT INTO supply_items (id, name, unit, spec, code, created_at, updated_at) VALUES (?, ?, '件', '', NULL, ?, ?)`,
    ).run(i, i, t, t);
  const lots: { id: string; depot: string; item: string }[] = [];
  for (const depot of ['dep_a', 'dep_b'])
    for (const item of ['itm_1', 'itm_2'])
      for (const n of [1, 2]) {
        const id = `lot_${depot}_${item}_${n}`;
        db.prepare(
          `INSERT INTO supply_lots (id, depot_id, item_id, lot_no, expires_on, created_at) VALUES (?, ?, ?, ?, NULL, ?)`,
        ).run(id, depot, item, `L${n}`, t);
        lots.push({ id, depot, item });
      }
  const rand = rng(21);
  let n = 0;
  /** Random receipts and issues (with fractions, some under a drill) on the lots. */
  const moveRandomly = (count: number) => {
    for (let k = 0; k < count; k++) {
      const lot = lots[Math.floor(rand() * lots.length)]!;
      const out = rand() < 0.4;
      const q = Math.round((1 + rand() * 50) * 1000) / 1000;
      appendMovement(db, {
        id: `mov_${n++}`,
        kind: out ? 'issue' : 'receive',
        depot_id: lot.depot,
        item_id: lot.item,
        lot_id: lot.id,
        quantity: out ? -q : q,
        at: t,
        entered_at: t,
        actor_id: null,
        actor_name: '',
        reason: '',
        ref: null,
        drill_id: rand() < 0.2 ? 'drl_1' : null,
      });
    }
  };
  const fromMovements = () =>
    db
      .prepare(
        `SELECT lot_id, COALESCE(drill_id, '') AS drill, depot_id, item_id, round(sum(quantity), 3) AS quantity
           FROM supply_movements GROUP BY lot_id, drill ORDER BY lot_id, drill`,
      )
      .all();
  const projected = () =>
    db.prepare(`SELECT lot_id, drill, depot_id, item_id, quantity FROM supply_lot_balances ORDER BY lot_id, drill`).all();

  moveRandomly(500);
  migrate(db, 21);

  it('fills the projection from the movements already recorded', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(21);
    const rows = projected();
    expect(rows.length).toBeGreaterThan(lots.length);
    expect(rows).toEqual(fromMovements());
    const sql = (
      db.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'supply_lot_balances'`).get() as { sql: string }
    ).sql;
    expect(sql).toMatch(/\) STRICT$/);
  });

  it('keeps it equal to the sum of movements as more are appended, drill traffic apart', () => {
    moveRandomly(500);
    expect(projected()).toEqual(fromMovements());
    const real = db
      .prepare(`SELECT round(sum(quantity), 3) AS q FROM supply_lot_balances WHERE drill = '' AND depot_id = 'dep_a'`)
      .get();
    expect(real).toEqual(
      db
        .prepare(
          `SELECT round(sum(quantity), 3) AS q FROM supply_movements WHERE drill_id IS NULL AND depot_id = 'dep_a'`,
        )
        .get(),
    );
    expect(verifyMovementChain(db as ReadDb)).toMatchObject({ ok: true, checked: 1000 });
  });

  it('a movement refused (append-only, checks) leaves the projection untouched', () => {
    const before = projected();
    expect(() => db.prepare('DELETE FROM supply_movements').run()).toThrow(/append-only/);
    expect(() =>
      appendMovement(db, {
        id: 'mov_bad',
        kind: 'receive',
        depot_id: 'dep_a',
        item_id: 'itm_1',
        lot_id: 'lot_dep_a_itm_1_1',
        quantity: -5,
        at: t,
        entered_at: t,
        actor_id: null,
        actor_name: '',
        reason: '',
        ref: null,
        drill_id: null,
      }),
    ).toThrow(/CHECK/);
    expect(projected()).toEqual(before);
  });
});
