import type { DrillForm } from '../../common/domain/drills';
import type {
  EvaluationPhase,
  EvaluationStatus,
  RectificationAction,
  RectificationCategory,
  RectificationStatus,
} from '../../common/domain/review';

/**
 * Rows of the drill review tables (演练评估与整改): evaluation templates, evaluations,
 * observations, rectifications and their actions.
 * Each type is the table as `SELECT *` reads it; row-types.test.ts holds them to the schema.
 */

export interface EvaluationTemplateRow {
  form: DrillForm;
  version: number;
  items_json: string;
  partly_share: number;
  created_at: string;
  author_id: string | null;
  author_name: string;
}

export interface EvaluationRow {
  id: string;
  drill_id: string;
  template_form: DrillForm;
  template_version: number;
  items_json: string;
  partly_share: number;
  scores_json: string;
  evaluators_json: string;
  onsite_comment: string;
  self_assessment: string;
  sections_json: string;
  status: EvaluationStatus;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  submitted_by_name: string | null;
}

export interface ObservationRow {
  seq: number;
  id: string;
  drill_id: string;
  observed_at: string;
  phase: EvaluationPhase | null;
  text: string;
  observer_id: string | null;
  observer_name: string;
  entered_at: string;
  client_key: string | null;
}

export interface RectificationRow {
  id: string;
  number: string;
  drill_id: string;
  item_key: string | null;
  category: RectificationCategory;
  finding: string;
  measures: string;
  owner_unit: string;
  due_date: string;
  status: RectificationStatus;
  evidence: string;
  verified_by: string;
  closed_at: string | null;
  plan_id: string | null;
  plan_version_id: string | null;
  opened_at: string;
  opened_by_id: string | null;
  opened_by_name: string;
  updated_at: string;
}

export interface RectificationActionRow {
  seq: number;
  id: string;
  rectification_id: string;
  kind: RectificationAction;
  at: string;
  data_json: string;
  author_id: string | null;
  author_name: string;
  client_key: string | null;
}

export interface Tables {
  evaluation_templates: EvaluationTemplateRow;
  evaluations: EvaluationRow;
  evaluation_observations: ObservationRow;
  rectifications: RectificationRow;
  rectification_actions: RectificationActionRow;
}
