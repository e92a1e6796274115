import type { PlanDomain, PlanKind, PlanLevel, PlanStatus } from '../../common/domain/plans';

/**
 * Rows of the plans register (应急预案): plans, versions, status changes and documents.
 * Each type is the table as `SELECT *` reads it; db/row-types.test.ts holds them to the schema.
 */

export interface PlanRow {
  id: string;
  name: string;
  kind: PlanKind;
  domain: PlanDomain;
  hazard: string;
  owner_unit: string;
  level: PlanLevel;
  last_drilled_on: string | null;
  notes: string;
  archived: 0 | 1;
  created_at: string;
  updated_at: string;
}

export interface PlanVersionRow {
  id: string;
  plan_id: string;
  label: string;
  status: PlanStatus;
  doc_no: string;
  issuer: string;
  issued_on: string | null;
  filed_on: string | null;
  evaluated_on: string | null;
  repealed_on: string | null;
  levels_json: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

export interface PlanStatusLogRow {
  seq: number;
  version_id: string;
  from_status: PlanStatus | null;
  to_status: PlanStatus;
  on_date: string;
  author_id: string | null;
  author_name: string;
  at: string;
}

export interface PlanFileRow {
  version_id: string;
  file_name: string;
  mime: string;
  size: number;
  sha256: string;
  content: Buffer;
  uploaded_at: string;
  uploaded_by: string;
}

export interface PlanUploadPartRow {
  upload_id: string;
  idx: number;
  data: Buffer;
  author_id: string | null;
  at: string;
}

/** A version's document as lists read it: everything but the bytes. */
export type PlanFileInfo = Omit<PlanFileRow, 'content'>;

/** Table -> its row type (db/row-types.test.ts compares each with the migrated schema). */
export interface Tables {
  plans: PlanRow;
  plan_versions: PlanVersionRow;
  plan_status_log: PlanStatusLogRow;
  plan_files: PlanFileRow;
  plan_upload_parts: PlanUploadPartRow;
}
