import type {
  AnnounceMode,
  DrillContent,
  DrillDomain,
  DrillEventKind,
  DrillForm,
  DrillPurpose,
  DrillState,
} from '../../common/domain/drills';

/**
 * Rows of drill campaigns, their domains, drills, controllers, injects and the drill timeline.
 * Each type is the table as `SELECT *` reads it; src/core/db/row-types.test.ts holds them to the schema.
 */

export interface CampaignRow {
  id: string;
  title: string;
  document_no: string;
  issued_by: string;
  deadline: string;
  requirements_json: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

export interface CampaignDomainRow {
  id: string;
  campaign_id: string;
  domain: DrillDomain;
  name: string;
  lead_leader: string;
  lead_unit: string;
  position: number;
}

export interface DrillRow {
  id: string;
  number: string;
  campaign_id: string | null;
  domain_id: string | null;
  title: string;
  form: DrillForm;
  content: DrillContent;
  purpose: DrillPurpose;
  announce: AnnounceMode;
  state: DrillState;
  scheduled_at: string | null;
  place: string;
  scenario: string;
  plan_ids_json: string;
  units_json: string;
  started_at: string | null;
  ended_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface DrillControllerRow {
  drill_id: string;
  operator_id: string;
}

export interface DrillInjectRow {
  id: string;
  drill_id: string;
  position: number;
  offset_minutes: number | null;
  text: string;
  sent_at: string | null;
  sent_by: string | null;
  created_at: string;
}

export interface DrillEventRow {
  seq: number;
  drill_id: string;
  kind: DrillEventKind;
  at: string;
  author_id: string | null;
  author_name: string;
  data_json: string;
}

/** Table -> its row type (row-types.test.ts compares each with the migrated schema). */
export interface Tables {
  drill_campaigns: CampaignRow;
  drill_campaign_domains: CampaignDomainRow;
  drills: DrillRow;
  drill_controllers: DrillControllerRow;
  drill_injects: DrillInjectRow;
  drill_events: DrillEventRow;
}
