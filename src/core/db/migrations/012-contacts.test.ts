import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';

describe('migration 012 contacts', () => {
  const db = new Database(':memory:');
  migrate(db, 11);
  db.prepare(
    `INSERT INTO depots (id, name, address, keeper, phone, notes, created_at, updated_at)
     VALUES ('dep_1', '县应急物资储备库', '', '', '', '', 't1', 't1')`,
  ).run();
  migrate(db, 12);
  const add = db.prepare(
    `INSERT INTO contacts (id, category, unit, person, post, duty_phone, mobile, office_phone, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, '', ?, '', '', '', 't', 't')`,
  );

  it('adds the register and keeps what was there', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(12);
    expect(db.prepare('SELECT count(*) AS n FROM depots').get()).toEqual({ n: 1 });
    add.run('con_1', 'superior', '市应急管理局', '', '0812-3330110');
    expect(db.prepare('SELECT unit, call_list, archived, reviewed_on FROM contacts').all()).toEqual([
      { unit: '市应急管理局', call_list: 0, archived: 0, reviewed_on: null },
    ]);
  });

  it('refuses a line without any phone, an unknown category and a second line for the same person', () => {
    expect(() => add.run('con_2', 'town', '青石镇人民政府', '刘明', '')).toThrow(/CHECK/);
    expect(() => add.run('con_3', 'ministry', '某单位', '', '110')).toThrow(/CHECK/);
    expect(() => add.run('con_4', 'superior', '市应急管理局', '', '0812-1')).toThrow(/UNIQUE/);
  });
});
