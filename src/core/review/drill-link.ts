import type { DrillBrief } from '../../common/contract/review';
import { DONE_STATES, type DrillDomain, type DrillState } from '../../common/domain/drills';
import type { Actor } from '../actor';
import type { ReadDb, WriteDb } from '../db/handles';
import { stmt } from '../db/sql';
import { DomainError } from '../errors';
import { setDrillState } from '../drills/service';
import type { DrillRow } from '../drills/rows';

/**
 * What review needs of a drill, read from the drills area's tables. Review only deals
 * with drills that have started: by then a sealed drill's seal is lifted for everyone
 * (src/core/drills/views.ts), and the brief carries neither place nor scenario anyway.
 */
type DrillWithDomain = DrillRow & { domain_name: string | null; domain_code: DrillDomain | null };

const SELECT = `SELECT d.*, cd.name AS domain_name, cd.domain AS domain_code FROM drills d
  LEFT JOIN drill_campaign_domains cd ON cd.id = d.domain_id`;

/** States in which a drill has run: what review lists, scores and rectifies. */
export const REVIEWABLE_STATES: readonly DrillState[] = ['started', ...DONE_STATES];

const brief = (r: DrillWithDomain): DrillBrief => ({
  id: r.id,
  title: r.title,
  form: r.form,
  state: r.state,
  campaignId: r.campaign_id,
  domainId: r.domain_id,
  domain: r.domain_name?.trim() ? r.domain_name : null,
  domainCode: r.domain_code,
  startedAt: r.started_at,
  endedAt: r.ended_at,
  planIds: JSON.parse(r.plan_ids_json) as string[],
});

const reviewable = (r: DrillWithDomain | undefined): r is DrillWithDomain =>
  r !== undefined && REVIEWABLE_STATES.includes(r.state);

/** A drill that has started, or not_found: a planned (maybe sealed) drill is not review's to show. */
export function reviewDrill(db: ReadDb, drillId: string): DrillBrief {
  const r = stmt<[string], DrillWithDomain>(db, `${SELECT} WHERE d.id = ?`).get(drillId);
  if (!r) throw new DomainError('not_found', 'errors.review_drill_missing');
  if (!reviewable(r)) throw new DomainError('conflict', 'errors.review_drill_not_started');
  return brief(r);
}

/** The drills that have started, newest first, of one campaign or all. */
export function reviewDrills(db: ReadDb, campaignId?: string): DrillBrief[] {
  const rows = campaignId
    ? stmt<[string], DrillWithDomain>(db, `${SELECT} WHERE d.campaign_id = ? ORDER BY d.started_at DESC`).all(
        campaignId,
      )
    : stmt<[], DrillWithDomain>(db, `${SELECT} ORDER BY d.started_at DESC`).all();
  return rows.filter(reviewable).map(brief);
}

/** A drill's title by id, for lists of 整改 (every one belongs to a drill that has run). */
export function drillTitles(db: ReadDb, ids: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const id of new Set(ids)) {
    const r = stmt<[string], { title: string }>(db, 'SELECT title FROM drills WHERE id = ?').get(id);
    out.set(id, r?.title ?? '');
  }
  return out;
}

// Review moves a drill along ended → evaluating → evaluated → rectifying → closed, one
// step at a time, through the drills area's own state function (so its timeline records it).
const STEP: Partial<Record<DrillState, DrillState>> = {
  ended: 'evaluating',
  evaluating: 'evaluated',
  evaluated: 'rectifying',
  rectifying: 'closed',
};

/** Moves the drill forward until it reaches `to`; a drill already at or past it stays. */
export function advanceDrill(db: WriteDb, actor: Actor, drillId: string, to: DrillState, at: string): void {
  const order = (s: DrillState) =>
    (['ended', 'evaluating', 'evaluated', 'rectifying', 'closed'] as const).indexOf(s as never);
  let state = reviewDrill(db, drillId).state as DrillState;
  while (order(state) >= 0 && order(state) < order(to)) {
    const next = STEP[state]!;
    setDrillState(db, actor, drillId, next, at);
    state = next;
  }
}
