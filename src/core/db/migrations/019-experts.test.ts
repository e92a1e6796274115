import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';

describe('migration 019 experts', () => {
  const db = new Database(':memory:');
  migrate(db, 18);
  db.prepare(
    `INSERT INTO teams (id, name, kind, specialities, leader, leader_phone, duty_phone, headcount, equipment, base_address, assembly_minutes, notes, created_at, updated_at)
     VALUES ('tem_1', '县防汛抢险队', 'flood', '', '', '', '1', 10, '', '', 30, '', 't', 't')`,
  ).run();
  migrate(db, 19);
  const addExpert = db.prepare(
    `INSERT INTO experts (id, name, field, speciality, title, unit, mobile, office_phone, term_start, term_end, availability_note, recusal_notes, notes, created_at, updated_at)
     VALUES (?, ?, ?, '', '', ?, '', '', ?, ?, '', '', '', 't', 't')`,
  );

  it('adds the expert panel and keeps what was there', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(19);
    expect(db.prepare('SELECT count(*) AS n FROM teams').get()).toEqual({ n: 1 });
    addExpert.run('exp_1', '王工', 'natural', '县水利局', '2025-01-01', '2027-12-31');
    expect(db.prepare('SELECT name, available, archived FROM experts').all()).toEqual([
      { name: '王工', available: 1, archived: 0 },
    ]);
  });

  it('refuses an unknown field, a term that ends before it starts, and a second entry of one person in one unit', () => {
    expect(() => addExpert.run('exp_2', '李工', 'military', '某单位', null, null)).toThrow(/CHECK/);
    expect(() => addExpert.run('exp_3', '赵工', 'natural', '某单位', '2027-01-01', '2026-01-01')).toThrow(/CHECK/);
    expect(() => addExpert.run('exp_4', '王工', 'health', '县水利局', null, null)).toThrow(/UNIQUE/);
  });

  it('keeps consultations and their opinions append-only', () => {
    db.prepare(
      `INSERT INTO consultations (id, kind, subject, held_at, place, host, conclusions, follow_up, author_name, recorded_at)
       VALUES ('con_1', 'consultation', '汛情会商', 't', '', '', '加强巡查', '', '值班员', 't')`,
    ).run();
    db.prepare(
      `INSERT INTO consultation_participants (consultation_id, position, expert_id, name, unit, title, opinion)
       VALUES ('con_1', 0, 'exp_1', '王工', '县水利局', '高工', '水位仍在上涨')`,
    ).run();
    expect(() => db.prepare("UPDATE consultations SET conclusions = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM consultation_participants').run()).toThrow(/append-only/);
  });
});
