import type { EvaluationView, ObservationView } from '../../common/contract/review';
import type { ParsedInputOf } from '../../common/contract';
import {
  REPORT_SECTIONS,
  type EvaluationItem,
  type ItemScore,
  type ReportSection,
} from '../../common/domain/review';
import { scoreEvaluation } from '../../common/domain/review-score';
import type { ReadDb } from '../db/handles';
import { stmt } from '../db/sql';
import { DomainError } from '../errors';
import { newId } from '../auth/secrets';
import { authorOf } from '../incidents/service';
import type { WriteCtx } from '../handler';
import { advanceDrill, reviewDrill } from './drill-link';
import { rectificationViews } from './rectifications';
import { currentEvaluationTemplate, ensureEvaluationTemplate } from './templates';
import type { EvaluationRow, ObservationRow } from './rows';

type Sections = Record<ReportSection, string>;
type Evaluator = EvaluationView['evaluators'][number];

const EMPTY_SECTIONS = Object.fromEntries(REPORT_SECTIONS.map((s) => [s, ''])) as Sections;

export const evaluationRow = (db: ReadDb, drillId: string): EvaluationRow | undefined =>
  stmt<[string], EvaluationRow>(db, 'SELECT * FROM evaluations WHERE drill_id = ?').get(drillId);

const toObservation = (r: ObservationRow): ObservationView => ({
  id: r.id,
  drillId: r.drill_id,
  observedAt: r.observed_at,
  phase: r.phase,
  text: r.text,
  observerName: r.observer_name,
  enteredAt: r.entered_at,
});

export const observations = (db: ReadDb, drillId: string): ObservationView[] =>
  stmt<[string], ObservationRow>(
    db,
    'SELECT * FROM evaluation_observations WHERE drill_id = ? ORDER BY observed_at, seq',
  )
    .all(drillId)
    .map(toObservation);

/** The evaluation of a drill as the form and the report show it; before the first save, the current template's empty form. */
export function evaluationView(db: ReadDb, drillId: string, today: string): EvaluationView {
  const drill = reviewDrill(db, drillId);
  const row = evaluationRow(db, drillId);
  const t = row ? null : currentEvaluationTemplate(db, drill.form);
  const items = row ? (JSON.parse(row.items_json) as EvaluationItem[]) : t!.items;
  const partlyShare = row ? row.partly_share : t!.partlyShare;
  const scores = row ? (JSON.parse(row.scores_json) as ItemScore[]) : [];
  return {
    drill,
    id: row?.id ?? null,
    status: row?.status ?? 'draft',
    templateVersion: row?.template_version ?? t!.version,
    items,
    partlyShare,
    scores,
    score: scoreEvaluation(items, scores, partlyShare),
    evaluators: row ? (JSON.parse(row.evaluators_json) as Evaluator[]) : [],
    onsiteComment: row?.onsite_comment ?? '',
    selfAssessment: row?.self_assessment ?? '',
    sections: row
      ? { ...EMPTY_SECTIONS, ...(JSON.parse(row.sections_json) as Partial<Sections>) }
      : EMPTY_SECTIONS,
    submittedAt: row?.submitted_at ?? null,
    submittedByName: row?.submitted_by_name ?? null,
    updatedAt: row?.updated_at ?? null,
    observations: observations(db, drillId),
    rectifications: rectificationViews(db, { drillId }, today),
  };
}

/** Holds each score to its item: known key, once, the item's scale, within its points. */
function checkScores(items: readonly EvaluationItem[], scores: readonly ItemScore[]): ItemScore[] {
  const byKey = new Map(items.map((i) => [i.key, i]));
  const seen = new Set<string>();
  for (const s of scores) {
    const it = byKey.get(s.key);
    if (!it) throw new DomainError('invalid_input', 'errors.evaluation_unknown_item', { key: s.key });
    if (seen.has(s.key))
      throw new DomainError('invalid_input', 'errors.evaluation_duplicate_item', { key: s.key });
    seen.add(s.key);
    const wrong = it.scale === 'grade' ? s.points !== null : s.grade !== null;
    if (wrong)
      throw new DomainError('invalid_input', 'errors.evaluation_bad_score', {
        label: it.label,
        scale: it.scale,
      });
    if (s.points !== null && s.points > it.points)
      throw new DomainError('invalid_input', 'errors.evaluation_points_over', {
        label: it.label,
        max: it.points,
      });
  }
  // Stored in the template's order, so the record reads like the form.
  return items.flatMap((i) => scores.filter((s) => s.key === i.key));
}

function assertDraft(row: EvaluationRow | undefined): void {
  if (row?.status === 'submitted')
    throw new DomainError('conflict', 'errors.evaluation_submitted', { at: row.submitted_at ?? '' });
}

/** Saves the whole form: the first save snapshots the template and moves the drill to 评估中. */
export function saveEvaluation(ctx: WriteCtx, input: ParsedInputOf<'evaluations.save'>): void {
  const drill = reviewDrill(ctx.db, input.drillId);
  const at = ctx.nowIso();
  const before = evaluationRow(ctx.db, input.drillId);
  assertDraft(before);
  const fields = [
    JSON.stringify(input.evaluators),
    input.onsiteComment,
    input.selfAssessment,
    JSON.stringify(input.sections),
  ] as const;
  if (before) {
    const scores = checkScores(JSON.parse(before.items_json) as EvaluationItem[], input.scores);
    stmt(
      ctx.db,
      `UPDATE evaluations SET scores_json = ?, evaluators_json = ?, onsite_comment = ?, self_assessment = ?,
         sections_json = ?, updated_at = ? WHERE id = ?`,
    ).run(JSON.stringify(scores), ...fields, at, before.id);
    ctx.changed('evaluation', before.id, auditOf(before), input);
  } else {
    const t = ensureEvaluationTemplate(ctx.db, drill.form, at);
    const scores = checkScores(t.items, input.scores);
    const id = newId('evl');
    stmt(
      ctx.db,
      `INSERT INTO evaluations (id, drill_id, template_form, template_version, items_json, partly_share, scores_json,
         evaluators_json, onsite_comment, self_assessment, sections_json, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)`,
    ).run(
      id,
      drill.id,
      t.form,
      t.version,
      JSON.stringify(t.items),
      t.partlyShare,
      JSON.stringify(scores),
      ...fields,
      at,
      at,
    );
    ctx.changed('evaluation', id, undefined, input);
  }
  advanceDrill(ctx.db, ctx.actor, drill.id, 'evaluating', at);
  ctx.emit('evaluations.changed', [drill.id]);
}

const auditOf = (r: EvaluationRow) => ({
  scores: JSON.parse(r.scores_json) as unknown,
  evaluators: JSON.parse(r.evaluators_json) as unknown,
  onsiteComment: r.onsite_comment,
  selfAssessment: r.self_assessment,
  sections: JSON.parse(r.sections_json) as unknown,
});

/**
 * Submits the evaluation: every item scored and a lead evaluator named. The drill moves
 * to 已评估, and on to 整改中 if findings are already open.
 */
export function submitEvaluation(ctx: WriteCtx, drillId: string): void {
  const drill = reviewDrill(ctx.db, drillId);
  if (drill.state === 'started') throw new DomainError('conflict', 'errors.review_drill_not_ended');
  const row = evaluationRow(ctx.db, drillId);
  if (!row) throw new DomainError('not_found', 'errors.evaluation_missing');
  assertDraft(row);
  const score = scoreEvaluation(
    JSON.parse(row.items_json) as EvaluationItem[],
    JSON.parse(row.scores_json) as ItemScore[],
    row.partly_share,
  );
  if (!score.complete)
    throw new DomainError('conflict', 'errors.evaluation_incomplete', { count: score.unscored });
  if (!(JSON.parse(row.evaluators_json) as Evaluator[]).some((e) => e.role === 'lead'))
    throw new DomainError('conflict', 'errors.evaluation_no_lead');
  const at = ctx.nowIso();
  const by = authorOf(ctx.actor).name;
  stmt(
    ctx.db,
    `UPDATE evaluations SET status = 'submitted', submitted_at = ?, submitted_by_name = ?, updated_at = ? WHERE id = ?`,
  ).run(at, by, at, row.id);
  ctx.changed('evaluation', row.id, { status: 'draft' }, { status: 'submitted', percent: score.percent });
  advanceDrill(ctx.db, ctx.actor, drillId, 'evaluated', at);
  const open = stmt<[string], { n: number }>(
    ctx.db,
    `SELECT count(*) AS n FROM rectifications WHERE drill_id = ? AND status <> 'closed'`,
  ).get(drillId)!.n;
  if (open > 0) advanceDrill(ctx.db, ctx.actor, drillId, 'rectifying', at);
  ctx.emit('evaluations.changed', [drillId]);
}

/** An observation record made while the drill runs or after (the evaluator's notes with times). */
export function addObservation(ctx: WriteCtx, input: ParsedInputOf<'evaluations.observe'>): ObservationView {
  const replay = stmt<[string], ObservationRow>(
    ctx.db,
    'SELECT * FROM evaluation_observations WHERE client_key = ?',
  ).get(input.clientKey);
  if (replay) return toObservation(replay);
  const drill = reviewDrill(ctx.db, input.drillId);
  const at = ctx.nowIso();
  const observedAt = input.observedAt ? new Date(input.observedAt).toISOString() : at;
  if (drill.startedAt && observedAt < drill.startedAt)
    throw new DomainError('invalid_input', 'errors.observation_before_start');
  if (new Date(observedAt).getTime() > ctx.now().getTime() + 60_000)
    throw new DomainError('invalid_input', 'errors.time_in_future', { field: 'entry' });
  const who = authorOf(ctx.actor);
  const row: Omit<ObservationRow, 'seq'> = {
    id: newId('obs'),
    drill_id: drill.id,
    observed_at: observedAt,
    phase: input.phase,
    text: input.text.trim(),
    observer_id: who.id,
    observer_name: who.name,
    entered_at: at,
    client_key: input.clientKey,
  };
  stmt(
    ctx.db,
    `INSERT INTO evaluation_observations (id, drill_id, observed_at, phase, text, observer_id, observer_name, entered_at, client_key)
     VALUES (@id, @drill_id, @observed_at, @phase, @text, @observer_id, @observer_name, @entered_at, @client_key)`,
  ).run(row);
  ctx.changed('observation', row.id, undefined, { drillId: drill.id, observedAt, text: row.text });
  ctx.emit('evaluations.changed', [drill.id]);
  return toObservation({ ...row, seq: 0 });
}
