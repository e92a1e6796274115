import type { AssessmentResult, BulletinView } from '../../common/contract/assessment';
import { chainHash, GENESIS } from '../db/hashchain';
import { stmt } from '../db/sql';
import type { ReadDb, WriteDb } from '../db/handles';
import { newId } from '../auth/secrets';
import { DomainError } from '../errors';
import type { WriteCtx } from '../handler';
import { authorOf } from '../incidents/service';
import { computeAssessment, periodRange } from './compute';
import type { BulletinAmendmentRow, BulletinRow } from './rows';
import { readSettings } from '../settings/repo';

/** What an issued 通报 freezes, hashed: the scores as computed then, its texts, who signed and when. */
interface IssuedContent {
  number: string;
  period: string;
  result: AssessmentResult;
  goodPractice: string;
  requirements: string;
  issuedAt: string;
  issuedBy: string;
}

export function bulletinRow(db: ReadDb, id: string): BulletinRow | undefined {
  return stmt<[string], BulletinRow>(db, 'SELECT * FROM bulletins WHERE id = ?').get(id);
}

function amendmentsOf(db: ReadDb, id: string): BulletinAmendmentRow[] {
  return stmt<[string], BulletinAmendmentRow>(
    db,
    'SELECT * FROM bulletin_amendments WHERE bulletin_id = ? ORDER BY seq',
  ).all(id);
}

function mustGet(db: ReadDb, id: string): BulletinRow {
  const row = bulletinRow(db, id);
  if (!row) throw new DomainError('not_found', 'errors.bulletin_missing');
  return row;
}

/** A bulletin as read: an issued one from its frozen content, a draft computed now. */
export function bulletinView(db: ReadDb, id: string, now: Date): BulletinView {
  const row = mustGet(db, id);
  const content = row.content_json ? (JSON.parse(row.content_json) as IssuedContent) : null;
  return {
    id: row.id,
    period: row.period,
    status: row.status,
    number: row.number,
    goodPractice: content?.goodPractice ?? row.good_practice,
    requirements: content?.requirements ?? row.requirements,
    createdBy: row.created_by_name,
    createdAt: row.created_at,
    issuedAt: row.issued_at,
    issuedBy: row.issued_by_name,
    hash: row.hash,
    result: content?.result ?? computeAssessment(db, row.period, now),
    amendments: amendmentsOf(db, id).map((a) => ({
      id: a.id,
      text: a.text,
      authorName: a.author_name,
      at: a.at,
      hash: a.hash,
    })),
  };
}

export function listBulletins(db: ReadDb) {
  return stmt<[], BulletinRow & { amendments: number }>(
    db,
    `SELECT b.*, (SELECT count(*) FROM bulletin_amendments a WHERE a.bulletin_id = b.id) AS amendments
       FROM bulletins b ORDER BY b.period DESC, b.created_at DESC`,
  )
    .all()
    .map((r) => ({
      id: r.id,
      period: r.period,
      status: r.status,
      number: r.number,
      goodPractice: r.good_practice,
      requirements: r.requirements,
      createdBy: r.created_by_name,
      createdAt: r.created_at,
      issuedAt: r.issued_at,
      issuedBy: r.issued_by_name,
      hash: r.hash,
      amendments: r.amendments,
    }));
}

export function saveDraft(
  ctx: WriteCtx,
  input: { id: string | null; period: string; goodPractice: string; requirements: string },
): string {
  const at = ctx.nowIso();
  if (input.id !== null) {
    const row = mustGet(ctx.db, input.id);
    if (row.status === 'issued') throw new DomainError('conflict', 'errors.bulletin_issued');
    stmt(
      ctx.db,
      'UPDATE bulletins SET period = ?, good_practice = ?, requirements = ?, updated_at = ? WHERE id = ?',
    ).run(input.period, input.goodPractice, input.requirements, at, row.id);
    ctx.changed('bulletin', row.id, row, input);
    return row.id;
  }
  const id = newId('blt');
  const author = authorOf(ctx.actor);
  stmt(
    ctx.db,
    `INSERT INTO bulletins (id, period, status, number, good_practice, requirements, created_at, created_by_id, created_by_name, updated_at)
     VALUES (?, ?, 'draft', NULL, ?, ?, ?, ?, ?, ?)`,
  ).run(id, input.period, input.goodPractice, input.requirements, at, author.id, author.name, at);
  ctx.changed('bulletin', id, undefined, input);
  return id;
}

function nextNumber(db: WriteDb, year: string): string {
  const n = stmt<[string], { n: number }>(
    db,
    `SELECT count(*) AS n FROM bulletins WHERE status = 'issued' AND number LIKE ? || '-%'`,
  ).get(year)!.n;
  return `${year}-${n + 1}`;
}

/**
 * Issues a draft: only once its period has ended, by the leader on duty or an
 * administrator. The scores are computed one last time and frozen with the texts, the
 * signer and the time under a SHA-256; the row no longer changes (a trigger holds it).
 */
export function issueBulletin(ctx: WriteCtx, id: string): void {
  const row = mustGet(ctx.db, id);
  if (row.status === 'issued') throw new DomainError('conflict', 'errors.bulletin_issued');
  if (ctx.actor.kind !== 'operator' || (ctx.actor.role !== 'leader' && ctx.actor.role !== 'admin'))
    throw new DomainError('forbidden', 'errors.bulletin_signer_role');
  const range = periodRange(row.period, readSettings(ctx.db).timeZone);
  if (range.to > ctx.nowIso())
    throw new DomainError('conflict', 'errors.bulletin_period_open', { period: row.period });
  const at = ctx.nowIso();
  const number = nextNumber(ctx.db, row.period.slice(0, 4));
  const content: IssuedContent = {
    number,
    period: row.period,
    result: computeAssessment(ctx.db, row.period, ctx.now()),
    goodPractice: row.good_practice,
    requirements: row.requirements,
    issuedAt: at,
    issuedBy: ctx.actor.name,
  };
  const hash = chainHash(GENESIS, content);
  stmt(
    ctx.db,
    `UPDATE bulletins SET status = 'issued', number = ?, issued_at = ?, issued_by_id = ?, issued_by_name = ?,
       content_json = ?, hash = ?, updated_at = ? WHERE id = ?`,
  ).run(number, at, ctx.actor.operatorId, ctx.actor.name, JSON.stringify(content), hash, at, id);
  ctx.changed('bulletin', id, { status: 'draft' }, { status: 'issued', number, hash });
}

/** A later correction of an issued 通报: appended, chained from the issued hash. */
export function amendBulletin(ctx: WriteCtx, id: string, text: string): void {
  const row = mustGet(ctx.db, id);
  if (row.status !== 'issued' || !row.hash) throw new DomainError('conflict', 'errors.bulletin_draft_only');
  const prev = amendmentsOf(ctx.db, id).at(-1)?.hash ?? row.hash;
  const author = authorOf(ctx.actor);
  const a = { id: newId('bam'), bulletin_id: id, text: text.trim(), author_id: author.id, author_name: author.name, at: ctx.nowIso() };
  const hash = chainHash(prev, a);
  stmt(
    ctx.db,
    `INSERT INTO bulletin_amendments (id, bulletin_id, text, author_id, author_name, at, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(a.id, a.bulletin_id, a.text, a.author_id, a.author_name, a.at, prev, hash);
  ctx.changed('bulletinAmendment', a.id, undefined, a);
}
