import type { DispatchState, TeamKind } from '../../common/domain/teams';

/** A team of the register as `SELECT *` reads it (row-types.test.ts holds it to the schema). */
export interface TeamRow {
  id: string;
  name: string;
  kind: TeamKind;
  specialities: string;
  leader: string;
  leader_phone: string;
  duty_phone: string;
  headcount: number;
  equipment: string;
  base_address: string;
  lon: number | null;
  lat: number | null;
  town_code: string | null;
  assembly_minutes: number;
  notes: string;
  archived: 0 | 1;
  created_at: string;
  updated_at: string;
}

/** A team with its town's name (LEFT JOIN towns). */
export type TeamWithTown = TeamRow & { town_name: string | null };

export interface TeamMemberRow {
  id: string;
  team_id: string;
  position: number;
  name: string;
  role: string;
  phone: string;
  certificate: string;
  cert_expires_on: string | null;
}

export interface TeamSpotCheckRow {
  id: string;
  team_id: string;
  called_at: string;
  answered: 0 | 1;
  answer_seconds: number | null;
  answered_by: string;
  notes: string;
  author_id: string | null;
  author_name: string;
  at: string;
}

export interface DispatchRow {
  id: string;
  team_id: string;
  incident_id: string;
  drill_id: string | null;
  state: DispatchState;
  target_minutes: number;
  headcount: number;
  dispatched_at: string;
  accepted_at: string | null;
  departed_at: string | null;
  arrived_at: string | null;
  withdrawn_at: string | null;
  returned_at: string | null;
  updated_at: string;
}

/** Table -> its row type (src/core/db/row-types.test.ts compares each with the migrated schema). */
export interface Tables {
  teams: TeamRow;
  team_members: TeamMemberRow;
  team_spot_checks: TeamSpotCheckRow;
  dispatches: DispatchRow;
}
