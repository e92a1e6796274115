import type { StatMetric } from '../contract/statistics';

/** This month's key figures (the wall's panel, the desk's card), in the order they are shown. */
export const KEY_FIGURES = ['initialOnTime', 'spotAnswered', 'checkCompliance', 'drills'] as const;
export type KeyFigure = (typeof KEY_FIGURES)[number];

/** A rate under this share is a shortfall: drawn in the late colour on the wall and the desk. */
export const LOW_RATE = 0.9;

/** Bars of one 统计 figure: the keys named, or every bar of it (null: the campaign's domains). */
export interface FigureBars {
  metric: StatMetric;
  keys: readonly string[] | null;
}

/**
 * The records behind each key figure, as bars of 统计: a tile of the desk opens these on
 * 统计 (its records panel), the shortfall first. A rate's bars are all it is out of
 * (初报 owed by phone and in writing, pending ones not yet judged; 查岗; checks owed);
 * the drills' are the drills done in every domain of the campaign. stats.keyFigures
 * counts exactly these (src/core/statistics/service.ts; a test holds them equal).
 */
export const KEY_FIGURE_BARS: Readonly<Record<KeyFigure, readonly FigureBars[]>> = {
  initialOnTime: [
    { metric: 'reports.phone', keys: ['late', 'missing', 'on_time'] },
    { metric: 'reports.written', keys: ['late', 'missing', 'on_time'] },
  ],
  spotAnswered: [{ metric: 'spotChecks.answer', keys: ['over', 'in_limit'] }],
  checkCompliance: [{ metric: 'checks.status', keys: ['missed', 'done'] }],
  drills: [{ metric: 'drills.domain', keys: null }],
};

export const isKeyFigure = (s: string | null): s is KeyFigure =>
  s !== null && (KEY_FIGURES as readonly string[]).includes(s);
