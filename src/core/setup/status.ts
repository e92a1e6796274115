import { SETUP_STEPS, type SetupStatus, type SetupStep } from '../../common/contract/setup';
import { localDate } from '../../common/time/zone';
import { stmt } from '../db/sql';
import type { ReadDb } from '../db/handles';
import { readKey, readSettings } from '../settings/repo';

export const SKIPPED_KEY = 'setupSkipped';

const n = (db: ReadDb, sql: string, ...args: string[]) =>
  stmt<string[], { n: number }>(db, sql).get(...args)!.n;

/**
 * What the data says of each step. Operators: someone besides the first administrator
 * (a room is not one person). Roster: shifts filled from today on. Deadlines: the rule
 * table saved at least once (its defaults are a national guess, each county sets its own).
 */
function countsOf(db: ReadDb, step: SetupStep, today: string): Record<string, number> {
  switch (step) {
    case 'geography':
      return { towns: n(db, 'SELECT count(*) AS n FROM towns') };
    case 'operators':
      return { operators: n(db, 'SELECT count(*) AS n FROM operators WHERE active = 1') };
    case 'roster':
      return { shifts: n(db, 'SELECT count(*) AS n FROM roster_shifts WHERE duty_date >= ?', today) };
    case 'equipment':
      return { items: n(db, 'SELECT count(*) AS n FROM equipment') };
    case 'resources':
      return {
        facilities: n(db, 'SELECT count(*) AS n FROM facilities WHERE archived = 0'),
        depots: n(db, 'SELECT count(*) AS n FROM depots WHERE archived = 0'),
      };
    case 'deadlines':
      return { saved: n(db, `SELECT count(*) AS n FROM audit WHERE method = 'deadlines.setRules'`) };
  }
}

function isDone(step: SetupStep, c: Record<string, number>): boolean {
  switch (step) {
    case 'geography':
      return c.towns! > 0;
    case 'operators':
      return c.operators! > 1;
    case 'roster':
      return c.shifts! > 0;
    case 'equipment':
      return c.items! > 0;
    case 'resources':
      return c.facilities! > 0 && c.depots! > 0;
    case 'deadlines':
      return c.saved! > 0;
  }
}

export function skippedSteps(db: ReadDb): SetupStep[] {
  const raw = readKey<unknown>(db, SKIPPED_KEY);
  return Array.isArray(raw) ? SETUP_STEPS.filter((s) => raw.includes(s)) : [];
}

export function setupStatus(db: ReadDb, now: Date): SetupStatus {
  const applies = readKey<string>(db, 'dataMode') === 'blank';
  if (!applies) return { applies, steps: [], open: 0 };
  const today = localDate(now, readSettings(db).timeZone);
  const skipped = skippedSteps(db);
  const steps = SETUP_STEPS.map((step) => {
    const counts = countsOf(db, step, today);
    return { step, done: isDone(step, counts), skipped: skipped.includes(step), counts };
  });
  return { applies, steps, open: steps.filter((s) => !s.done && !s.skipped).length };
}
