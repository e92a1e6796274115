import type { ResponseAction, ResponseLevel } from '../../common/domain/plans';
import type { AckHow, ForwardChannel, WarningLevel } from '../../common/domain/warnings';

/** A warning as received (rows.test.ts holds these to the schema). */
export interface WarningRow {
  id: string;
  source: string;
  issuer: string;
  issuer_ref: string;
  hazard: string;
  level: WarningLevel;
  headline: string;
  body: string;
  towns_json: string;
  polygon_json: string | null;
  effective_at: string | null;
  onset_at: string | null;
  expires_at: string | null;
  received_at: string;
  received_by_id: string | null;
  received_by_name: string;
  channel: string;
  drill_id: string | null;
  supersedes_id: string | null;
  cap_identifier: string;
  client_key: string;
  created_at: string;
}

/** Who a warning was sent to: a snapshot of the 通讯录 line at the time. */
export interface WarningRecipientRow {
  id: string;
  warning_id: string;
  contact_id: string | null;
  unit: string;
  person: string;
  post: string;
  phone: string;
  town_code: string | null;
  channel: ForwardChannel;
  needs_call: 0 | 1;
  sent_at: string;
  sent_by_id: string | null;
  sent_by_name: string;
  escalated_from: string | null;
  created_at: string;
}

export type WarningEventKind = 'call' | 'ack' | 'cancel' | 'incident';

/** The ledger: 叫应 calls, 回执, 解除, the incident a warning became. */
export interface WarningEventRow {
  seq: number;
  id: string;
  warning_id: string;
  recipient_id: string | null;
  kind: WarningEventKind;
  at: string;
  author_id: string | null;
  author_name: string;
  data_json: string;
  created_at: string;
  prev_hash: string;
  hash: string;
}

export interface CallData {
  answered: boolean;
  answeredBy: string;
  note: string;
}
export interface AckData {
  by: string;
  how: AckHow;
  note: string;
  late: boolean;
}
export interface CancelData {
  reason: string;
}
export interface IncidentData {
  incidentId: string;
}

/** 预警响应: one decision (启动 / 调整 / 终止) under a plan on a warning (migration 025). */
export interface WarningResponseRow {
  seq: number;
  id: string;
  warning_id: string;
  action: ResponseAction;
  plan_id: string | null;
  plan_name: string;
  level: ResponseLevel | null;
  decided_by: string;
  document: string;
  at: string;
  author_id: string | null;
  author_name: string;
  client_key: string;
  created_at: string;
  prev_hash: string;
  hash: string;
}

/** Table -> its row type (src/core/db/row-types.test.ts compares each with the migrated schema). */
export interface Tables {
  warnings: WarningRow;
  warning_recipients: WarningRecipientRow;
  warning_events: WarningEventRow;
  warning_responses: WarningResponseRow;
}
