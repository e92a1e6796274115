import { DEFAULT_RULES, type DeadlineRules, type RuleVersion } from '../../common/deadlines';
import { stmt } from '../db/sql';
import { cached, invalidateCaches } from '../db/cache';
import type { ReadDb, WriteDb } from '../db/handles';
import type { DeadlineRuleRow } from './rows';

export function ruleRows(db: ReadDb): DeadlineRuleRow[] {
  return stmt<[], DeadlineRuleRow>(db, 'SELECT * FROM deadline_rules ORDER BY version').all();
}

/** Every write path reads these to fold a timeline: cached, see db/cache.ts. */
export function ruleVersions(db: ReadDb): RuleVersion[] {
  return cached(db, 'ruleVersions', () =>
    ruleRows(db).map((r) => ({
      effectiveFrom: r.effective_from,
      rules: JSON.parse(r.rules_json) as DeadlineRules,
    })),
  );
}

export function currentRules(db: ReadDb): { rules: DeadlineRules; effectiveFrom: string | null } {
  const last = ruleRows(db).at(-1);
  return last
    ? { rules: JSON.parse(last.rules_json) as DeadlineRules, effectiveFrom: last.effective_from }
    : { rules: DEFAULT_RULES, effectiveFrom: null };
}

export function addRuleVersion(
  db: WriteDb,
  rules: DeadlineRules,
  at: string,
  author: { id: string | null; name: string | null },
): number {
  invalidateCaches();
  const info = stmt(
    db,
    'INSERT INTO deadline_rules (effective_from, rules_json, author_id, author_name) VALUES (?, ?, ?, ?)',
  ).run(at, JSON.stringify(rules), author.id, author.name);
  return Number(info.lastInsertRowid);
}
