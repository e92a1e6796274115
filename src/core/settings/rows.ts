/**
 * Rows of the settings (key/value) and the wall tokens (大屏令牌).
 * Each type is the table as `SELECT *` reads it; rows.test.ts holds them to the schema.
 */

export interface SettingRow {
  key: string;
  value: string;
}

export interface WallTokenRow {
  id: string;
  label: string;
  token_hash: string;
  created_at: string;
  created_by: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
}

/** Table -> its row type (rows.test.ts compares each with the migrated schema). */
export interface Tables {
  settings: SettingRow;
  wall_tokens: WallTokenRow;
}
