import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';

describe('migration 018 teams', () => {
  const db = new Database(':memory:');
  migrate(db, 17);
  db.prepare(
    `INSERT INTO contacts (id, category, unit, person, post, duty_phone, mobile, office_phone, notes, created_at, updated_at)
     VALUES ('con_1', 'team', '县防汛抢险队', '', '', '0812-1', '', '', '', 't', 't')`,
  ).run();
  migrate(db, 18);
  const addTeam = db.prepare(
    `INSERT INTO teams (id, name, kind, specialities, leader, leader_phone, duty_phone, headcount, equipment, base_address, lon, lat, assembly_minutes, notes, created_at, updated_at)
     VALUES (?, ?, ?, '', '', '', ?, 10, '', '', ?, ?, ?, '', 't', 't')`,
  );

  it('adds the team tables and keeps what was there', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(18);
    expect(db.prepare('SELECT count(*) AS n FROM contacts').get()).toEqual({ n: 1 });
    addTeam.run('tem_1', '县防汛抢险队', 'flood', '0812-1', 104.1, 30.6, 30);
    expect(db.prepare('SELECT name, archived FROM teams').all()).toEqual([{ name: '县防汛抢险队', archived: 0 }]);
  });

  it('refuses an unknown kind, a team without a duty phone, half a point and a zero target', () => {
    expect(() => addTeam.run('tem_2', 'A', 'navy', '1', null, null, 30)).toThrow(/CHECK/);
    expect(() => addTeam.run('tem_3', 'B', 'flood', '', null, null, 30)).toThrow(/CHECK/);
    expect(() => addTeam.run('tem_4', 'C', 'flood', '1', 104, null, 30)).toThrow(/CHECK/);
    expect(() => addTeam.run('tem_5', 'D', 'flood', '1', null, null, 0)).toThrow(/CHECK/);
  });

  it('keeps spot checks append-only', () => {
    db.prepare(
      `INSERT INTO team_spot_checks (id, team_id, called_at, answered, answer_seconds, answered_by, notes, author_name, at)
       VALUES ('tsc_1', 'tem_1', 't', 1, 8, '', '', '值班员', 't')`,
    ).run();
    expect(() => db.prepare('UPDATE team_spot_checks SET answered = 0').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM team_spot_checks').run()).toThrow(/append-only/);
  });
});
