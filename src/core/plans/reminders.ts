import { endOfLocalDay, localDate } from '../../common/time/zone';
import { stmt } from '../db/sql';
import type { DueItem, ReminderProvider } from '../reminders/provider';
import { readSettings } from '../settings/repo';
import { evaluationClock, filingClock } from './clocks';
import { currentOf, versionsOf } from './repo';
import type { PlanRow } from './rows';
import { readPlanSettings } from './settings';

function plansInUse(db: Parameters<ReminderProvider['list']>[0]): Pick<PlanRow, 'id' | 'name'>[] {
  return stmt<[], Pick<PlanRow, 'id' | 'name'>>(
    db,
    'SELECT id, name FROM plans WHERE archived = 0 ORDER BY name',
  ).all();
}

/** 备案: a version issued (印发) and not yet filed, from ten days before its working-day deadline. */
export const planFilingDue: ReminderProvider = {
  source: 'plans.filingDue',
  leadDays: 10,
  list(db, now) {
    const tz = readSettings(db).timeZone;
    const today = localDate(now, tz);
    const s = readPlanSettings(db);
    return plansInUse(db).flatMap((p): DueItem[] =>
      versionsOf(db, p.id).flatMap((v) => {
        const clock = filingClock(v, s, today);
        return clock
          ? [
              {
                ref: v.id,
                cycle: clock.due,
                params: { plan: p.name, version: v.label },
                dueAt: endOfLocalDay(clock.due, tz).toISOString(),
                link: { route: 'plans', parts: [p.id] },
              },
            ]
          : [];
      }),
    );
  },
};

/** 评估: the version in force, from two months before its evaluation falls due. */
export const planEvaluationDue: ReminderProvider = {
  source: 'plans.evaluationDue',
  leadDays: 60,
  list(db, now) {
    const tz = readSettings(db).timeZone;
    const today = localDate(now, tz);
    const s = readPlanSettings(db);
    return plansInUse(db).flatMap((p): DueItem[] => {
      const current = currentOf(versionsOf(db, p.id));
      const clock = evaluationClock(current, s, today);
      return clock && current
        ? [
            {
              ref: p.id,
              cycle: clock.due,
              params: { plan: p.name, version: current.label },
              dueAt: endOfLocalDay(clock.due, tz).toISOString(),
              link: { route: 'plans', parts: [p.id] },
            },
          ]
        : [];
    });
  },
};
