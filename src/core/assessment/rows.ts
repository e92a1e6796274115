/**
 * Rows of assessment (考核): scheme versions, 通报 and their amendments.
 * Each type is the table as `SELECT *` reads it; src/core/db/row-types.test.ts holds them to the schema.
 */

export interface AssessmentSchemeRow {
  version: number;
  effective_from: string;
  scheme_json: string;
  author_id: string | null;
  author_name: string | null;
}

export interface BulletinRow {
  id: string;
  period: string;
  status: 'draft' | 'issued';
  number: string | null;
  good_practice: string;
  requirements: string;
  created_at: string;
  created_by_id: string | null;
  created_by_name: string;
  updated_at: string;
  issued_at: string | null;
  issued_by_id: string | null;
  issued_by_name: string | null;
  content_json: string | null;
  hash: string | null;
}

export interface BulletinAmendmentRow {
  seq: number;
  id: string;
  bulletin_id: string;
  text: string;
  author_id: string | null;
  author_name: string;
  at: string;
  prev_hash: string;
  hash: string;
}

/** Table -> its row type (db/row-types.test.ts compares each with the migrated schema). */
export interface Tables {
  assessment_schemes: AssessmentSchemeRow;
  bulletins: BulletinRow;
  bulletin_amendments: BulletinAmendmentRow;
}
