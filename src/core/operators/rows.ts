import type { Role } from '../../common/domain/roles';

/**
 * Rows of the operators (值班人员 who sign in) and their sessions.
 * Each type is the table as `SELECT *` reads it; rows.test.ts holds them to the schema.
 */

export interface OperatorRow {
  id: string;
  name: string;
  role: Role;
  phone: string;
  pin_hash: string | null;
  active: 0 | 1;
  created_at: string;
}

/** A session of a signed-in operator: only the token's hash is stored. */
export interface SessionRow {
  token_hash: string;
  operator_id: string;
  created_at: string;
  revoked_at: string | null;
}

/** Table -> its row type (rows.test.ts compares each with the migrated schema). */
export interface Tables {
  operators: OperatorRow;
  sessions: SessionRow;
}
