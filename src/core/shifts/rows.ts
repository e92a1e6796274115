import type { PatternVersion } from '../../common/shifts';

/**
 * Rows of the shift patterns (班次): one version per change, effective from a date.
 * Each type is the table as `SELECT *` reads it; rows.test.ts holds them to the schema.
 */

export interface ShiftPatternRow {
  version: number;
  effective_date: string;
  kind: PatternVersion['kind'];
  change_time: string;
  night_time: string | null;
  created_at: string;
  author_id: string | null;
  author_name: string | null;
}

/** Table -> its row type (rows.test.ts compares each with the migrated schema). */
export interface Tables {
  shift_patterns: ShiftPatternRow;
}
