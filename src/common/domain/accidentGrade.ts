import type { Grade } from './incidents';

/**
 * The grade a production-safety accident's figures call for, after the 2007 accident
 * regulation (生产安全事故报告和调查处理条例, art. 3): 特别重大 from 30 deaths, 100
 * seriously injured or 1亿元 direct loss; 重大 from 10 / 50 / 5000万; 较大 from 3 / 10 /
 * 1000万; 一般 below. The thresholds are a setting (a county may be told otherwise), these
 * are the defaults. The first figures of a call are rough: this suggests, the duty
 * officer decides, and a lower grade than suggested needs a stated reason.
 */
export interface GradeThreshold {
  dead: number;
  injured: number;
  /** 直接经济损失, 万元. */
  lossWan: number;
}
export type AccidentThresholds = Record<'I' | 'II' | 'III', GradeThreshold>;

export const DEFAULT_ACCIDENT_THRESHOLDS: AccidentThresholds = {
  I: { dead: 30, injured: 100, lossWan: 10000 },
  II: { dead: 10, injured: 50, lossWan: 5000 },
  III: { dead: 3, injured: 10, lossWan: 1000 },
};

export interface AccidentFigures {
  dead: number;
  injured: number;
  lossWan: number | null;
}

/** The suggested grade, or null when nothing has been typed that grades an accident. */
export function suggestAccidentGrade(
  f: AccidentFigures,
  thr: AccidentThresholds = DEFAULT_ACCIDENT_THRESHOLDS,
): Grade | null {
  const loss = f.lossWan ?? 0;
  for (const g of ['I', 'II', 'III'] as const) {
    const t = thr[g];
    if (f.dead >= t.dead || f.injured >= t.injured || loss >= t.lossWan) return g;
  }
  return f.dead > 0 || f.injured > 0 || loss > 0 ? 'IV' : null;
}

/**
 * The suggestion for an incident as typed: only production-safety accidents (事故灾难) are
 * graded from their figures; the intake form and core's check ask the same question here.
 */
export function suggestForIncident(
  i: { category: string | undefined; dead: number; injured: number; lossWan: number | null },
  thr: AccidentThresholds = DEFAULT_ACCIDENT_THRESHOLDS,
): Grade | null {
  return i.category === 'accident' ? suggestAccidentGrade(i, thr) : null;
}

const RANK: Record<Grade, number> = { I: 1, II: 2, III: 3, IV: 4, unrated: 5 };

/** Is `chosen` below `suggested` (less grave)? 未定级 is below any suggestion. */
export function isBelow(chosen: Grade, suggested: Grade | null): boolean {
  return suggested !== null && RANK[chosen] > RANK[suggested];
}
