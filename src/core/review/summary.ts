import type { CampaignSummary, EvaluationListItem } from '../../common/contract/review';
import { RECTIFICATION_CATEGORIES, type EvaluationItem, type ItemScore } from '../../common/domain/review';
import { scoreEvaluation } from '../../common/domain/review-score';
import type { ReadDb } from '../db/handles';
import { stmt } from '../db/sql';
import { reviewDrills } from './drill-link';
import { isOverdue } from './rectifications';
import type { EvaluationRow, RectificationRow } from './rows';
import type { CampaignDomainRow } from '../drills/rows';
import type { DrillDomain } from '../../common/domain/drills';

const percentOf = (r: EvaluationRow) =>
  scoreEvaluation(
    JSON.parse(r.items_json) as EvaluationItem[],
    JSON.parse(r.scores_json) as ItemScore[],
    r.partly_share,
  ).percent;

function countsOf(rows: readonly RectificationRow[], today: string) {
  return {
    total: rows.length,
    open: rows.filter((r) => r.status !== 'closed').length,
    overdue: rows.filter((r) => isOverdue(r, today)).length,
    closed: rows.filter((r) => r.status === 'closed').length,
  };
}

function recordsOf(db: ReadDb, drillIds: readonly string[]) {
  const evaluations = new Map<string, EvaluationRow>();
  const rects = new Map<string, RectificationRow[]>();
  for (const id of drillIds) {
    const e = stmt<[string], EvaluationRow>(db, 'SELECT * FROM evaluations WHERE drill_id = ?').get(id);
    if (e) evaluations.set(id, e);
    rects.set(
      id,
      stmt<[string], RectificationRow>(
        db,
        'SELECT * FROM rectifications WHERE drill_id = ? ORDER BY number',
      ).all(id),
    );
  }
  return { evaluations, rects };
}

/** The review side of each drill that has run: its evaluation's state and score, its 整改 counts. */
export function evaluationList(db: ReadDb, today: string, campaignId?: string): EvaluationListItem[] {
  const drills = reviewDrills(db, campaignId);
  const { evaluations, rects } = recordsOf(
    db,
    drills.map((d) => d.id),
  );
  return drills.map((drill) => {
    const e = evaluations.get(drill.id);
    return {
      drill,
      status: e?.status ?? null,
      percent: e ? percentOf(e) : null,
      rectifications: countsOf(rects.get(drill.id) ?? [], today),
    };
  });
}

/**
 * The campaign's 总结报告, per domain: drills run and evaluated, the average score of
 * the submitted evaluations, what was found by category, the 整改 state, the problems
 * and the evaluators' suggestions. The campaign's drills outside any domain come last.
 */
export function campaignSummary(db: ReadDb, campaignId: string, today: string): CampaignSummary {
  const drills = reviewDrills(db, campaignId);
  const { evaluations, rects } = recordsOf(
    db,
    drills.map((d) => d.id),
  );
  const domains = stmt<[string], CampaignDomainRow>(
    db,
    'SELECT * FROM drill_campaign_domains WHERE campaign_id = ? ORDER BY position',
  ).all(campaignId);
  const planned = stmt<[string], { domain_id: string | null; n: number }>(
    db,
    'SELECT domain_id, count(*) AS n FROM drills WHERE campaign_id = ? GROUP BY domain_id',
  ).all(campaignId);
  const blocks: {
    id: string | null;
    name: string;
    code: DrillDomain | null;
    leadLeader: string;
    leadUnit: string;
  }[] = [
    ...domains.map((d) => ({
      id: d.id,
      name: d.name,
      code: d.domain,
      leadLeader: d.lead_leader,
      leadUnit: d.lead_unit,
    })),
    ...(planned.some((p) => p.domain_id === null)
      ? [{ id: null, name: '', code: null, leadLeader: '', leadUnit: '' }]
      : []),
  ];
  return {
    campaignId,
    domains: blocks.map((b) => {
      const mine = drills.filter((d) => d.domainId === b.id);
      const submitted = mine.flatMap((d) => {
        const e = evaluations.get(d.id);
        return e?.status === 'submitted' ? [{ d, e }] : [];
      });
      const percents = submitted.map(({ e }) => percentOf(e)).filter((p): p is number => p !== null);
      const rows = mine.flatMap((d) => rects.get(d.id) ?? []);
      const titleOf = new Map(mine.map((d) => [d.id, d.title]));
      return {
        domainId: b.id,
        name: b.name,
        code: b.code,
        leadLeader: b.leadLeader,
        leadUnit: b.leadUnit,
        drills: planned.find((p) => p.domain_id === b.id)?.n ?? 0,
        ended: mine.filter((d) => d.state !== 'started').length,
        evaluated: submitted.length,
        averagePercent: percents.length
          ? Math.round((percents.reduce((a, b) => a + b, 0) / percents.length) * 10) / 10
          : null,
        findings: RECTIFICATION_CATEGORIES.map((category) => ({
          category,
          count: rows.filter((r) => r.category === category).length,
        })).filter((f) => f.count > 0),
        rectifications: countsOf(rows, today),
        problems: rows.map((r) => ({
          drillTitle: titleOf.get(r.drill_id) ?? '',
          number: r.number,
          finding: r.finding,
        })),
        suggestions: submitted.flatMap(({ d, e }) => {
          const text = (JSON.parse(e.sections_json) as { suggestions?: string }).suggestions?.trim() ?? '';
          return text ? [{ drillTitle: d.title, text }] : [];
        }),
      };
    }),
  };
}
