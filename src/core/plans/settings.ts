import type { PlanSettings } from '../../common/contract/plans';
import type { ReadDb, WriteDb } from '../db/handles';
import { readKey, writeKey } from '../settings/repo';

const KEY = 'plans';

/**
 * The defaults: 国办发〔2024〕5号's 20 working days for 备案, evaluation and drills every
 * three years, and the 2026 public holidays and adjusted working days as the State
 * Council announced them. The county edits them (设置 → 应急预案), adding each new year.
 */
// prettier-ignore
export const DEFAULT_PLAN_SETTINGS: PlanSettings = {
  holidays: [
    '2026-01-01', '2026-01-02', '2026-01-03',
    '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23',
    '2026-04-04', '2026-04-05', '2026-04-06',
    '2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05',
    '2026-06-19', '2026-06-20', '2026-06-21',
    '2026-09-25', '2026-09-26', '2026-09-27',
    '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07',
  ],
  workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  filingWorkingDays: 20,
  evaluationYears: 3,
  drillYears: 3,
};

export function readPlanSettings(db: ReadDb): PlanSettings {
  return { ...DEFAULT_PLAN_SETTINGS, ...(readKey<Partial<PlanSettings>>(db, KEY) ?? {}) };
}

/** Dates kept sorted and once each, so the settings page and the calendar read them the same way. */
export function writePlanSettings(db: WriteDb, s: PlanSettings): PlanSettings {
  const tidy = (l: readonly string[]) => [...new Set(l)].sort();
  const out = { ...s, holidays: tidy(s.holidays), workdays: tidy(s.workdays) };
  writeKey(db, KEY, out);
  return out;
}
