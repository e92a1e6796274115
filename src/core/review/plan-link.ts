import type { Actor } from '../actor';
import type { WriteDb } from '../db/handles';
import { stmt } from '../db/sql';
import { DomainError } from '../errors';

/**
 * A 预案 finding opens a revision of the plan it found wanting: a new draft version of
 * that plan in the plans register. Until the register's tables exist the finding keeps
 * the plan's id and opens nothing (null).
 */
export function openPlanRevision(
  db: WriteDb,
  _actor: Actor,
  _planId: string,
  _reason: string,
  _at: string,
): string | null {
  const hasPlans = stmt<[], { n: number }>(
    db,
    `SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table' AND name = 'plans'`,
  ).get()!.n;
  if (!hasPlans) return null;
  throw new DomainError('not_found', 'errors.rectification_plan_missing');
}
