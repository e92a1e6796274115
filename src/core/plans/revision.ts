import { canMoveStatus } from '../../common/domain/plans';
import type { Actor } from '../actor';
import { newId } from '../auth/secrets';
import type { WriteDb } from '../db/handles';
import { DomainError } from '../errors';
import { authorOf } from '../incidents/service';
import {
  appendStatusLog,
  currentOf,
  insertVersion,
  planRow,
  versionByLabel,
  versionInputOf,
  versionsOf,
  writeStatus,
} from './repo';

/**
 * Opens a revision of a plan (修订): the version in force moves to 修订 and a new draft
 * version (编制) starts from its text and response levels, with the reason in its notes.
 * What a 预案 finding of a drill evaluation calls, and the register's 修订 button. A draft
 * already open is returned as it is, so a second finding does not stack drafts.
 */
export function openRevision(
  db: WriteDb,
  o: { planId: string; reason: string; actor: Actor; today: string; at: string },
): { versionId: string; created: boolean } {
  if (!planRow(db, o.planId)) throw new DomainError('not_found', 'errors.plan_missing');
  const versions = versionsOf(db, o.planId);
  const draft = versions.find((v) => v.status === 'drafting');
  if (draft) return { versionId: draft.id, created: false };
  const current = currentOf(versions);
  const who = authorOf(o.actor);
  const log = (
    versionId: string,
    from: (typeof versions)[number]['status'] | null,
    to: 'revision' | 'drafting',
  ) =>
    appendStatusLog(db, {
      version_id: versionId,
      from_status: from,
      to_status: to,
      on_date: o.today,
      author_id: who.id,
      author_name: who.name,
      at: o.at,
    });
  if (current && canMoveStatus(current.status, 'revision')) {
    writeStatus(db, current.id, 'revision', o.today, o.at);
    log(current.id, current.status, 'revision');
  }
  const year = o.today.slice(0, 4);
  let label = `${year}年修订稿`;
  for (let n = 2; versionByLabel(db, o.planId, label); n++) label = `${year}年修订稿（${n}）`;
  const base = current ? versionInputOf(current) : null;
  const id = newId('plv');
  insertVersion(
    db,
    id,
    o.planId,
    {
      label,
      docNo: '',
      issuer: base?.issuer ?? '',
      issuedOn: null,
      filedOn: null,
      evaluatedOn: null,
      levels: base?.levels ?? [],
      notes: o.reason.slice(0, 500),
    },
    'drafting',
    o.at,
  );
  log(id, null, 'drafting');
  return { versionId: id, created: true };
}
