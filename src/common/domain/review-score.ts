import type { EvaluationItem, EvaluationPhase, ItemScore } from './review';
import { EVALUATION_PHASES } from './review';

export interface PhaseScore {
  phase: EvaluationPhase;
  earned: number;
  possible: number;
  /** Earned over possible of the scored items, 0–100, one decimal; null when none is scored. */
  percent: number | null;
  met: number;
  partly: number;
  notMet: number;
  unscored: number;
}

export interface EvaluationScore {
  earned: number;
  possible: number;
  percent: number | null;
  met: number;
  partly: number;
  notMet: number;
  unscored: number;
  /** Every item has a score: only then may the evaluation be submitted. */
  complete: boolean;
  phases: PhaseScore[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** What one item earns: a grade's share of its points, or the points given (capped at its weight). */
export function earnedBy(
  item: EvaluationItem,
  score: ItemScore | undefined,
  partlyShare: number,
): number | null {
  if (!score) return null;
  if (item.scale === 'points')
    return score.points === null ? null : Math.min(Math.max(score.points, 0), item.points);
  if (score.grade === null) return null;
  return score.grade === 'met' ? item.points : score.grade === 'partly' ? item.points * partlyShare : 0;
}

/**
 * The computed scores of an evaluation, per phase and in total. Unscored items count
 * toward neither earned nor possible, so a half-done evaluation shows what it has so far.
 * A points item counts as 达标 at full points, 未达标 at zero and 基本达标 between.
 */
export function scoreEvaluation(
  items: readonly EvaluationItem[],
  scores: readonly ItemScore[],
  partlyShare: number,
): EvaluationScore {
  const byKey = new Map(scores.map((s) => [s.key, s]));
  const phases: PhaseScore[] = [];
  for (const phase of EVALUATION_PHASES) {
    const mine = items.filter((i) => i.phase === phase);
    if (mine.length === 0) continue;
    const p: PhaseScore = {
      phase,
      earned: 0,
      possible: 0,
      percent: null,
      met: 0,
      partly: 0,
      notMet: 0,
      unscored: 0,
    };
    for (const it of mine) {
      const e = earnedBy(it, byKey.get(it.key), partlyShare);
      if (e === null) {
        p.unscored++;
        continue;
      }
      p.earned += e;
      p.possible += it.points;
      if (e >= it.points) p.met++;
      else if (e <= 0) p.notMet++;
      else p.partly++;
    }
    p.earned = round1(p.earned);
    p.percent = p.possible > 0 ? round1((p.earned / p.possible) * 100) : null;
    phases.push(p);
  }
  const sum = (f: (p: PhaseScore) => number) => phases.reduce((a, p) => a + f(p), 0);
  const earned = round1(sum((p) => p.earned));
  const possible = sum((p) => p.possible);
  const unscored = sum((p) => p.unscored);
  return {
    earned,
    possible,
    percent: possible > 0 ? round1((earned / possible) * 100) : null,
    met: sum((p) => p.met),
    partly: sum((p) => p.partly),
    notMet: sum((p) => p.notMet),
    unscored,
    complete: unscored === 0 && items.length > 0,
    phases,
  };
}
