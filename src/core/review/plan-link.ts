import { localDate } from '../../common/time/zone';
import type { Actor } from '../actor';
import type { WriteDb } from '../db/handles';
import { DomainError } from '../errors';
import { openRevision } from '../plans/revision';
import { planRow } from '../plans/repo';
import { readSettings } from '../settings/repo';

/**
 * A 预案 finding opens a revision of the plan it found wanting: a new draft version of
 * that plan in the plans register (the version in force moves to 修订), with the finding
 * as its reason. A draft already open is reused, so findings do not stack drafts.
 */
export function openPlanRevision(
  db: WriteDb,
  actor: Actor,
  planId: string,
  reason: string,
  at: string,
): string | null {
  if (!planRow(db, planId)) throw new DomainError('not_found', 'errors.rectification_plan_missing');
  const today = localDate(new Date(at), readSettings(db).timeZone);
  return openRevision(db, { planId, reason, actor, today, at }).versionId;
}
