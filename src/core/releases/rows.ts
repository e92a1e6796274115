import type { ReleaseKind, ReleaseStep } from '../../common/domain/releases';

/** A release: which incident, which kind; its text is in its versions (rows.test.ts holds these to the schema). */
export interface ReleaseRow {
  id: string;
  incident_id: string;
  kind: ReleaseKind;
  template_id: string | null;
  drill_id: string | null;
  client_key: string;
  created_at: string;
  created_by_id: string | null;
  created_by_name: string;
}

/** One version of a release's text, never edited; content_hash is SHA-256 over its content. */
export interface ReleaseVersionRow {
  id: string;
  release_id: string;
  n: number;
  title: string;
  facts: string;
  measures: string;
  advice: string;
  channels_json: string;
  content_hash: string;
  correction: string | null;
  created_at: string;
  author_id: string | null;
  author_name: string;
}

/** The ledger: review, submit, approve, return, publish, withdraw. */
export interface ReleaseEventRow {
  seq: number;
  id: string;
  release_id: string;
  version_id: string | null;
  step: ReleaseStep;
  content_hash: string | null;
  at: string;
  author_id: string | null;
  author_name: string;
  data_json: string;
  created_at: string;
  prev_hash: string;
  hash: string;
}

/** What a step records beside who and when (data_json). */
export interface StepData {
  who: string;
  post?: string;
  how?: string;
  ref?: string;
  comments?: string;
  channels?: string[];
}

export interface ReleaseRuleRow {
  version: number;
  effective_from: string;
  rules_json: string;
  author_id: string | null;
  author_name: string | null;
}

export interface ReleaseTemplateRow {
  id: string;
  subtype: string;
  kind: ReleaseKind;
  name: string;
  facts: string;
  measures: string;
  advice: string;
  approved_ref: string;
  archived: 0 | 1;
  updated_at: string;
}

/** Table -> its row type (src/core/db/row-types.test.ts compares each with the migrated schema). */
export interface Tables {
  releases: ReleaseRow;
  release_versions: ReleaseVersionRow;
  release_events: ReleaseEventRow;
  release_rules: ReleaseRuleRow;
  release_templates: ReleaseTemplateRow;
}
