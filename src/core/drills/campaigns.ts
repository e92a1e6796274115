import { DONE_STATES, EVALUATED_STATES } from '../../common/domain/drills';
import type { BoardCounts, CampaignInput, CampaignView } from '../../common/contract/drills';
import { localDate } from '../../common/time/zone';
import { newId } from '../auth/secrets';
import { DomainError } from '../errors';
import type { ReadDb, WriteDb } from '../db/handles';
import { readSettings } from '../settings/repo';
import { stmt } from '../db/sql';
import {
  campaignRow,
  campaignRows,
  deleteDomain,
  domainRows,
  drillsInDomain,
  insertCampaign,
  updateCampaign,
  upsertDomain,
} from './repo';
import type { CampaignRow, DrillRow } from './rows';

const DAY_MS = 86_400_000;

/** Whole days from one calendar date to another (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

function countsOf(states: readonly DrillRow['state'][]): BoardCounts {
  return {
    planned: states.length,
    done: states.filter((s) => DONE_STATES.includes(s)).length,
    evaluated: states.filter((s) => EVALUATED_STATES.includes(s)).length,
    closed: states.filter((s) => s === 'closed').length,
  };
}

/**
 * The campaign board: per domain, drills planned / done / evaluated / 整改 closed, and
 * the countdown to the deadline. A sealed drill counts like any other: the board says
 * that it is registered, never what it is.
 */
export function campaignView(db: ReadDb, row: CampaignRow, now: Date): CampaignView {
  const today = localDate(now, readSettings(db).timeZone);
  const daysLeft = daysBetween(today, row.deadline);
  const states = stmt<[string], Pick<DrillRow, 'domain_id' | 'state'>>(
    db,
    `SELECT domain_id, state FROM drills WHERE campaign_id = ?`,
  ).all(row.id);
  const domains = domainRows(db, row.id).map((d) => {
    const counts = countsOf(states.filter((s) => s.domain_id === d.id).map((s) => s.state));
    return {
      id: d.id,
      domain: d.domain,
      name: d.name,
      leadLeader: d.lead_leader,
      leadUnit: d.lead_unit,
      counts,
      overdue: daysLeft < 0 && (counts.planned === 0 || counts.done < counts.planned),
    };
  });
  return {
    id: row.id,
    title: row.title,
    documentNo: row.document_no,
    issuedBy: row.issued_by,
    deadline: row.deadline,
    daysLeft,
    requirements: JSON.parse(row.requirements_json) as CampaignView['requirements'],
    notes: row.notes,
    domains,
    totals: countsOf(states.map((s) => s.state)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export const listCampaigns = (db: ReadDb, now: Date): CampaignView[] =>
  campaignRows(db).map((r) => campaignView(db, r, now));

const domainParams = (d: { domain: string; name: string }) => ({ domain: d.domain, name: d.name.trim() });

/**
 * Saves a campaign with its domains. A domain leaves the campaign only while no drill is
 * registered under it; each keeps its id so the drills under it stay where they are.
 */
export function saveCampaign(db: WriteDb, input: CampaignInput, at: string): { id: string; before: unknown } {
  const seen = new Set<string>();
  for (const d of input.domains) {
    if (d.domain === 'other' && !d.name.trim())
      throw new DomainError('invalid_input', 'errors.campaign_domain_other_name');
    const key = `${d.domain}|${d.name.trim()}`;
    if (seen.has(key))
      throw new DomainError('invalid_input', 'errors.campaign_domain_twice', domainParams(d));
    seen.add(key);
  }
  const fields = {
    title: input.title.trim(),
    document_no: input.documentNo.trim(),
    issued_by: input.issuedBy.trim(),
    deadline: input.deadline,
    requirements_json: JSON.stringify([...new Set(input.requirements)]),
    notes: input.notes,
    updated_at: at,
  };
  let id = input.id;
  let before: unknown = null;
  if (id) {
    const old = campaignRow(db, id);
    if (!old) throw new DomainError('not_found', 'errors.campaign_missing');
    before = { ...old, domains: domainRows(db, id) };
    updateCampaign(db, { id, ...fields });
  } else {
    id = newId('camp');
    insertCampaign(db, { id, ...fields, created_at: at });
  }
  const existing = domainRows(db, id);
  const kept = new Set(input.domains.map((d) => d.id).filter((x): x is string => !!x));
  for (const d of input.domains)
    if (d.id && !existing.some((e) => e.id === d.id))
      throw new DomainError('not_found', 'errors.campaign_domain_missing');
  for (const e of existing) {
    if (kept.has(e.id)) continue;
    if (drillsInDomain(db, e.id) > 0)
      throw new DomainError('conflict', 'errors.campaign_domain_in_use', domainParams(e));
    deleteDomain(db, e.id);
  }
  input.domains.forEach((d, i) =>
    upsertDomain(db, {
      id: d.id ?? newId('cdom'),
      campaign_id: id,
      domain: d.domain,
      name: d.name.trim(),
      lead_leader: d.leadLeader.trim(),
      lead_unit: d.leadUnit.trim(),
      position: i + 1,
    }),
  );
  return { id, before };
}
