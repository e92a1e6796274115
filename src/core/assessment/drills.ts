import type { AssessmentScheme } from '../../common/domain/assessment';
import { localParts } from '../../common/time/zone';
import { stmt } from '../db/sql';
import type { ReadDb } from '../db/handles';
import { deptKey, type Frame } from './problems';

export interface DrillShare {
  plans: number;
  drilled: number;
}

/**
 * The share of each department's 专项 plans drilled this year (the calendar year of the
 * period, up to its end): a drill held (ended) that exercised the plan, or the plan's own
 * last-drilled date. Per owner unit (the department).
 */
export function drillShares(db: ReadDb, f: Frame, yearStart: string): Map<string, DrillShare> {
  const drilled = new Set<string>();
  for (const d of stmt<[string, string], { plan_ids_json: string }>(
    db,
    `SELECT plan_ids_json FROM drills
      WHERE state NOT IN ('planned','started') AND ended_at >= ? AND ended_at < ?`,
  ).all(yearStart, f.to))
    for (const id of JSON.parse(d.plan_ids_json) as string[]) drilled.add(id);
  const dateOf = (iso: string) => {
    const p = localParts(new Date(iso), f.tz);
    return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
  };
  const [fromDay, toDay] = [dateOf(yearStart), dateOf(f.to)];
  const out = new Map<string, DrillShare>();
  for (const p of stmt<[], { id: string; owner_unit: string; last_drilled_on: string | null }>(
    db,
    `SELECT id, owner_unit, last_drilled_on FROM plans WHERE kind = 'special' AND archived = 0 AND trim(owner_unit) <> ''`,
  ).all()) {
    const key = deptKey(p.owner_unit.trim());
    const s = out.get(key) ?? { plans: 0, drilled: 0 };
    s.plans++;
    const byDate = p.last_drilled_on !== null && p.last_drilled_on >= fromDay && p.last_drilled_on < toDay;
    if (drilled.has(p.id) || byDate) s.drilled++;
    out.set(key, s);
  }
  return out;
}

/** The fraction of the weight a share earns by the scheme's bands (≥ 60 % full, …). */
export function bandFraction(share: DrillShare, bands: AssessmentScheme['drillBands']): number {
  const pct = share.plans === 0 ? 100 : (share.drilled / share.plans) * 100;
  if (pct >= bands.full) return 1;
  if (pct >= bands.twoThirds) return 2 / 3;
  if (pct >= bands.oneThird) return 1 / 3;
  return 0;
}
