import type { Operator } from '../../common/contract/operators';
import { stmt } from '../db/sql';
import type { ReadDb, WriteDb } from '../db/handles';
import type { OperatorRow } from './rows';

export function toOperator(r: OperatorRow): Operator {
  return {
    id: r.id,
    name: r.name,
    role: r.role,
    phone: r.phone,
    hasPin: r.pin_hash !== null,
    active: r.active === 1,
    createdAt: r.created_at,
  };
}

export function getOperatorRow(db: ReadDb, id: string): OperatorRow | undefined {
  return stmt(db, 'SELECT * FROM operators WHERE id = ?').get(id) as OperatorRow | undefined;
}

export function listOperators(db: ReadDb, includeInactive: boolean): Operator[] {
  const rows = stmt(
    db,
    `SELECT * FROM operators ${includeInactive ? '' : 'WHERE active = 1'}
       ORDER BY CASE role WHEN 'leader' THEN 0 WHEN 'shift_chief' THEN 1 WHEN 'duty_officer' THEN 2 ELSE 3 END, created_at, rowid`,
  ).all() as OperatorRow[];
  return rows.map(toOperator);
}

export function insertOperator(db: WriteDb, row: OperatorRow): void {
  stmt(
    db,
    `INSERT INTO operators (id, name, role, phone, pin_hash, active, created_at)
     VALUES (@id, @name, @role, @phone, @pin_hash, @active, @created_at)`,
  ).run(row);
}

export function countActiveAdmins(db: ReadDb): number {
  return (
    stmt(db, `SELECT count(*) AS n FROM operators WHERE role = 'admin' AND active = 1`).get() as {
      n: number;
    }
  ).n;
}
