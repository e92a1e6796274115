import type { FindingView } from '../../common/contract/assessment';
import type { ParsedInputOf } from '../../common/contract';
import { DomainError } from '../errors';
import type { ReadDb } from '../db/handles';
import { entryById } from '../logs/entries';
import { listTowns } from '../geo/repo';
import type { WriteCtx } from '../handler';
import { appendFor, assertNotFuture, refresh, replayOf } from '../incidents/service';
import { incidentRow } from '../incidents/repo';
import { readSettings } from '../settings/repo';
import { findingsOf, type FindingData } from './duty';
import { periodRange } from './compute';

/**
 * Records a finding (漏报/谎报/瞒报/脱岗): a duty-log entry of kind `finding`, entered by
 * the leader on duty with the evidence and a link to the incident or entry it rests on.
 * Never inferred: the assessment deducts only what is recorded here.
 */
export function recordFinding(ctx: WriteCtx, input: ParsedInputOf<'findings.record'>) {
  const prior = replayOf(ctx.db, input.clientKey, 'finding');
  if (prior) return { entryId: prior.id, replayed: true };
  if (ctx.actor.kind !== 'operator' || ctx.actor.role !== 'leader')
    throw new DomainError('forbidden', 'errors.finding_leader_only');
  const at = new Date(input.occurredAt).toISOString();
  assertNotFuture(at, ctx.now(), 'occurred');
  if (input.incidentId !== null && !incidentRow(ctx.db, input.incidentId))
    throw new DomainError('not_found', 'errors.finding_incident_missing');
  if (input.entryId !== null && !entryById(ctx.db, input.entryId))
    throw new DomainError('not_found', 'errors.finding_entry_missing');
  const subject = input.subject;
  if (subject.kind === 'town' && !listTowns(ctx.db).some((t) => t.code === subject.townCode))
    throw new DomainError('not_found', 'errors.finding_town_missing');
  const data: FindingData = {
    kind: input.kind,
    subject: subject.kind === 'department' ? { kind: 'department', unit: subject.unit.trim() } : subject,
    evidence: input.evidence.trim(),
    entryRef: input.entryId,
  };
  const appended = appendFor(ctx, {
    incidentId: input.incidentId,
    kind: 'finding',
    occurredAt: at,
    data,
    clientKey: input.clientKey,
  });
  if (input.incidentId) refresh(ctx, input.incidentId, appended);
  ctx.emit('assessment.changed');
  return { entryId: appended.id, replayed: false };
}

export function listFindings(db: ReadDb, period: string): FindingView[] {
  const range = periodRange(period, readSettings(db).timeZone);
  const towns = new Map(listTowns(db).map((t) => [t.code, t.name]));
  return findingsOf(db, range.from, range.to).map((r) => {
    const d = JSON.parse(r.data_json) as FindingData;
    const s = d.subject;
    return {
      entryId: r.id,
      kind: d.kind,
      subject: s,
      subjectName: s.kind === 'town' ? (towns.get(s.townCode) ?? s.townCode) : s.kind === 'department' ? s.unit : '',
      occurredAt: r.occurred_at,
      evidence: d.evidence,
      incidentId: r.incident_id,
      incidentNumber: r.incident_number,
      entryRef: d.entryRef,
      authorName: r.author_name,
      enteredAt: r.entered_at,
    };
  });
}
