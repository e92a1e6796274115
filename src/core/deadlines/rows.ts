/**
 * Rows of the deadline rules table (报告时限): one version per change.
 * Each type is the table as `SELECT *` reads it; rows.test.ts holds them to the schema.
 */

export interface DeadlineRuleRow {
  version: number;
  effective_from: string;
  rules_json: string;
  author_id: string | null;
  author_name: string | null;
}

/** Table -> its row type (rows.test.ts compares each with the migrated schema). */
export interface Tables {
  deadline_rules: DeadlineRuleRow;
}
