import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';

describe('migration 010 reminder acknowledgements', () => {
  const db = new Database(':memory:');
  migrate(db, 9);
  db.prepare(
    `INSERT INTO depots (id, name, address, keeper, phone, notes, created_at, updated_at)
     VALUES ('dep_1', '县应急物资储备库', '', '', '', '', 't1', 't1')`,
  ).run();
  migrate(db, 10);

  it('adds the table and leaves what was there', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    expect(db.prepare('SELECT count(*) AS n FROM depots').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT count(*) AS n FROM reminder_acks').get()).toEqual({ n: 0 });
  });

  it('keeps every acknowledgement of a round, oldest first', () => {
    const add = db.prepare(
      `INSERT INTO reminder_acks (source, ref, cycle, operator_id, operator_name, at, note) VALUES (?, ?, ?, 'op_1', '陈立新', ?, ?)`,
    );
    add.run('stock.belowMinimum', 'dep_1/编织袋', '40', '2026-12-01T02:00:00.000Z', '已报采购');
    add.run('stock.belowMinimum', 'dep_1/编织袋', '40', '2026-12-02T02:00:00.000Z', '采购在途');
    const rows = db
      .prepare(`SELECT note FROM reminder_acks WHERE source = ? AND ref = ? AND cycle = ? ORDER BY id`)
      .all('stock.belowMinimum', 'dep_1/编织袋', '40');
    expect(rows).toEqual([{ note: '已报采购' }, { note: '采购在途' }]);
  });

  it('refuses an acknowledgement of nothing', () => {
    expect(() =>
      db
        .prepare(
          `INSERT INTO reminder_acks (source, ref, cycle, operator_id, operator_name, at, note) VALUES ('', 'x', '1', 'op', 'n', 't', '')`,
        )
        .run(),
    ).toThrow(/CHECK/);
  });
});
