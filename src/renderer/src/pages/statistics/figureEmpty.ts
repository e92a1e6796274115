import type { StatFigure } from '../../../../common/contract/statistics';

/**
 * Why a figure of 统计 has nothing to draw, or null when it has: 'noCampaign' for the
 * drills figure in a year without a 年度演练工作, 'current' for a figure of the present
 * state (stock below minimum, expiring lots) with nothing in it now, 'period' for any other
 * with no record in the period and town. A bar counted against something (drills planned,
 * checks owed) has something to draw while that is not zero, even with nothing done.
 */
export type FigureEmptiness = 'period' | 'current' | 'noCampaign';

export function figureEmptiness(f: Pick<StatFigure, 'metric' | 'current' | 'bars'>): FigureEmptiness | null {
  if (f.metric === 'drills.domain' && f.bars.length === 0) return 'noCampaign';
  if (f.bars.some((b) => b.n > 0 || (b.of ?? 0) > 0)) return null;
  return f.current ? 'current' : 'period';
}
