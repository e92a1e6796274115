import type { EquipmentKind, EquipmentStatus, FaultStatus, Interval } from '../../common/domain/equipment';

/**
 * Rows of the equipment area's tables (通讯设备): the register, check templates, faults,
 * and the append-only checks and fault actions.
 * Each type is the table as `SELECT *` reads it; rows.test.ts holds them to the schema.
 */

export interface EquipmentRow {
  id: string;
  kind: EquipmentKind;
  name: string;
  model: string;
  serial: string;
  location: string;
  lon: number | null;
  lat: number | null;
  custodian_a: string;
  custodian_b: string;
  interval_kind: Interval['kind'];
  interval_days: number | null;
  status: EquipmentStatus;
  handover: 0 | 1;
  notes: string;
  created_at: string;
  updated_at: string;
  last_check_at: string | null;
  last_check_id: string | null;
  last_check_passed: 0 | 1 | null;
  /** When its status became `retired` (migration 026); null while in service. */
  retired_at: string | null;
}

export interface CheckTemplateRow {
  kind: EquipmentKind;
  version: number;
  items_json: string;
  fault_hours: number;
  created_at: string;
  author_id: string | null;
  author_name: string;
}

export interface FaultRow {
  id: string;
  number: string;
  equipment_id: string;
  opened_at: string;
  opened_by_check_id: string | null;
  description: string;
  reported_to: string;
  deadline_at: string;
  status: FaultStatus;
  repaired_at: string | null;
  closed_at: string | null;
  closing_check_id: string | null;
  opened_by_id: string | null;
  opened_by_name: string;
  updated_at: string;
  /** Opened under a running drill (演练): not a real fault. */
  drill_id: string | null;
}

/** A row of the append-only checks table. */
export interface CheckRow {
  seq: number;
  id: string;
  equipment_id: string;
  template_kind: string;
  template_version: number;
  items_json: string;
  results_json: string;
  passed: 0 | 1;
  checked_at: string;
  entered_at: string;
  checker_id: string | null;
  checker_name: string;
  notes: string;
  round_id: string | null;
  client_key: string | null;
  prev_hash: string;
  hash: string;
  /** Made under a running drill (演练): not a real check. */
  drill_id: string | null;
}

/** A row of the append-only fault_actions table. */
export interface FaultActionRow {
  seq: number;
  id: string;
  fault_id: string;
  kind: 'opened' | 'status' | 'note' | 'deadline' | 'reported' | 'recheck_failed' | 'closed';
  at: string;
  data_json: string;
  author_id: string | null;
  author_name: string;
  client_key: string | null;
  prev_hash: string;
  hash: string;
}

/** A fault as SELECT_FAULT reads it: with its equipment's name, kind and handover flag. */
export type FaultWithEquipment = FaultRow & {
  equipment_name: string;
  equipment_kind: EquipmentKind;
  equipment_handover: 0 | 1;
  drill_number: string | null;
};

/** Table -> its row type (rows.test.ts compares each with the migrated schema). */
export interface Tables {
  equipment: EquipmentRow;
  check_templates: CheckTemplateRow;
  faults: FaultRow;
  checks: CheckRow;
  fault_actions: FaultActionRow;
}
