import type { TFunction } from 'i18next';
import type { Problem } from '../../../../common/contract/assessment';
import { localParts } from '../../../../common/time/zone';
import { hrefOf } from '../../router/hash';

/** A period's name: 2026年11月, 2026年第4季度, 2026年度. */
export function periodText(t: TFunction, period: string): string {
  const year = period.slice(0, 4);
  if (period.length === 4) return t('assessment.periodYear', { year });
  if (period.includes('Q')) return t('assessment.periodQuarter', { year, quarter: period.slice(6) });
  return t('assessment.periodMonth', { year, month: Number(period.slice(5, 7)) });
}

/**
 * The periods offered: the last 12 months (the one just ended first, then this one
 * running), the last 4 quarters and the last two years; the default is last month.
 */
export function periodOptions(now: Date, tz: string): { months: string[]; quarters: string[]; years: string[] } {
  const p = localParts(now, tz);
  const months: string[] = [];
  for (let i = 0; i < 13; i++) {
    const m = p.month - i;
    const y = p.year + Math.floor((m - 1) / 12);
    const mm = ((((m - 1) % 12) + 12) % 12) + 1;
    months.push(`${y}-${String(mm).padStart(2, '0')}`);
  }
  const q = Math.floor((p.month - 1) / 3) + 1;
  const quarters: string[] = [];
  for (let i = 0; i < 5; i++) {
    const qq = q - i;
    const y = p.year + Math.floor((qq - 1) / 4);
    quarters.push(`${y}-Q${((((qq - 1) % 4) + 4) % 4) + 1}`);
  }
  return { months: [months[1]!, months[0]!, ...months.slice(2)], quarters, years: [String(p.year), String(p.year - 1)] };
}

/** Where a problem's record is: the incident, the duty log, the warning, the equipment or the plans. */
export function problemHref(p: Pick<Problem, 'ref'>): string | null {
  if (!p.ref) return null;
  switch (p.ref.kind) {
    case 'incident':
      return hrefOf('logs', ['incident', p.ref.id]);
    case 'warning':
      return hrefOf('warnings', [p.ref.id]);
    case 'equipment':
      // The item's register line, marked; shown even once the item is retired (停用).
      return hrefOf('equipment', ['register'], { focus: p.ref.id });
    case 'plan':
      return hrefOf('plans');
    default:
      return hrefOf('logs');
  }
}

/** A problem's sentence in the reader's language: core names it by an assessmentProblem.* key. */
export const problemText = (t: TFunction, p: Pick<Problem, 'sentence' | 'params'>) =>
  t(p.sentence as 'assessmentProblem.late', p.params);

/** A subject's name: the room's from the catalog, a town's or department's as registered. */
export const subjectText = (t: TFunction, s: { kind: string; name: string }) =>
  s.kind === 'room' ? t('assessmentSubject.room') : s.name;
