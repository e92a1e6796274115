import type { Clock, PlanSettings } from '../../common/contract/plans';
import { DRILLED_KINDS, PLAN_STATUSES, isIssued, type PlanKind } from '../../common/domain/plans';
import { addWorkingDays, addYears, daysBetween, workingDaysBetween } from '../../common/workdays';
import type { PlanRow, PlanVersionRow } from './rows';

/**
 * The register's three clocks, all from local dates (the bureau's today):
 * - 备案: due `filingWorkingDays` working days after 印发, counted in working days, until
 *   the version is filed;
 * - 评估: every `evaluationYears` years from the last evaluation, else from 印发;
 * - 演练 (专项/部门 plans): every `drillYears` years from the last drill, else from 印发.
 */
export function filingClock(v: PlanVersionRow, s: PlanSettings, today: string): Clock | null {
  if (!v.issued_on || v.filed_on || v.status === 'repealed') return null;
  if (PLAN_STATUSES.indexOf(v.status) >= PLAN_STATUSES.indexOf('filed')) return null;
  const cal = { holidays: s.holidays, workdays: s.workdays };
  const due = addWorkingDays(v.issued_on, s.filingWorkingDays, cal);
  const daysLeft = workingDaysBetween(today, due, cal);
  return { due, daysLeft, overdue: today > due };
}

function yearsClock(from: string, years: number, today: string): Clock {
  const due = addYears(from, years);
  return { due, daysLeft: daysBetween(today, due), overdue: today > due };
}

export function evaluationClock(
  current: PlanVersionRow | null,
  s: PlanSettings,
  today: string,
): Clock | null {
  if (!current || !isIssued(current.status)) return null;
  const from = current.evaluated_on ?? current.issued_on;
  return from ? yearsClock(from, s.evaluationYears, today) : null;
}

/** The last drill: the later of the one recorded by hand and `drilledOn` (drills made in the app). */
export function drillClock(
  plan: Pick<PlanRow, 'kind' | 'last_drilled_on'>,
  current: PlanVersionRow | null,
  s: PlanSettings,
  today: string,
  drilledOn: string | null = null,
): Clock | null {
  if (!DRILLED_KINDS.includes(plan.kind as PlanKind)) return null;
  const last = [plan.last_drilled_on, drilledOn]
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1);
  const from = last ?? (current && isIssued(current.status) ? current.issued_on : null);
  return from ? yearsClock(from, s.drillYears, today) : null;
}
