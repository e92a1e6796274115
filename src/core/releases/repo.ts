import crypto from 'node:crypto';
import type {
  ReleaseContent,
  ReleaseStepView,
  ReleaseVersionView,
  ReleaseView,
  TemplateView,
} from '../../common/contract/releases';
import type { Subtype } from '../../common/domain/incidents';
import {
  DEFAULT_RELEASE_RULES,
  stateAfter,
  type ApprovalHow,
  type ReleaseChannel,
  type ReleaseRuleVersion,
  type ReleaseRules,
  type ReleaseState,
  type ReviewerPost,
} from '../../common/domain/releases';
import { canonical, chainHash, GENESIS, verifyChain, type ChainVerdict } from '../db/hashchain';
import type { ReadDb, WriteDb } from '../db/handles';
import { stmt } from '../db/sql';
import type {
  ReleaseEventRow,
  ReleaseRow,
  ReleaseRuleRow,
  ReleaseTemplateRow,
  ReleaseVersionRow,
  StepData,
} from './rows';

/**
 * The content hash of a version: SHA-256 over the canonical JSON of what the public
 * reads (title, the three sections, the channels). An approval records it; a release is
 * refused unless the text it sends hashes to what was approved.
 */
export function contentHashOf(c: ReleaseContent): string {
  const body = canonical({
    title: c.title,
    facts: c.facts,
    measures: c.measures,
    advice: c.advice,
    channels: [...c.channels],
  });
  return crypto.createHash('sha256').update(body).digest('hex');
}

export const contentOfRow = (v: ReleaseVersionRow): ReleaseContent => ({
  title: v.title,
  facts: v.facts,
  measures: v.measures,
  advice: v.advice,
  channels: JSON.parse(v.channels_json) as ReleaseChannel[],
});

export function releaseRow(db: ReadDb, id: string): ReleaseRow | undefined {
  return stmt<[string], ReleaseRow>(db, 'SELECT * FROM releases WHERE id = ?').get(id);
}

export function releaseByClientKey(db: ReadDb, key: string): ReleaseRow | undefined {
  return stmt<[string], ReleaseRow>(db, 'SELECT * FROM releases WHERE client_key = ?').get(key);
}

export function versionsOf(db: ReadDb, releaseId: string): ReleaseVersionRow[] {
  return stmt<[string], ReleaseVersionRow>(
    db,
    'SELECT * FROM release_versions WHERE release_id = ? ORDER BY n',
  ).all(releaseId);
}

export function eventsOf(db: ReadDb, releaseId: string): ReleaseEventRow[] {
  return stmt<[string], ReleaseEventRow>(
    db,
    'SELECT * FROM release_events WHERE release_id = ? ORDER BY seq',
  ).all(releaseId);
}

export function insertRelease(db: WriteDb, row: ReleaseRow): void {
  stmt(
    db,
    `INSERT INTO releases (id, incident_id, kind, template_id, drill_id, client_key, created_at, created_by_id, created_by_name)
     VALUES (@id, @incident_id, @kind, @template_id, @drill_id, @client_key, @created_at, @created_by_id, @created_by_name)`,
  ).run(row);
}

export function insertVersion(db: WriteDb, row: ReleaseVersionRow): void {
  stmt(
    db,
    `INSERT INTO release_versions (id, release_id, n, title, facts, measures, advice, channels_json, content_hash,
       correction, created_at, author_id, author_name)
     VALUES (@id, @release_id, @n, @title, @facts, @measures, @advice, @channels_json, @content_hash,
       @correction, @created_at, @author_id, @author_name)`,
  ).run(row);
}

function chained(e: Omit<ReleaseEventRow, 'seq' | 'prev_hash' | 'hash'>): unknown[] {
  return [
    e.id,
    e.release_id,
    e.version_id,
    e.step,
    e.content_hash,
    e.at,
    e.author_id,
    e.author_name,
    e.data_json,
    e.created_at,
  ];
}

/** Appends to the releases' ledger (one chain for all releases). */
export function appendReleaseEvent(
  db: WriteDb,
  e: Omit<ReleaseEventRow, 'seq' | 'prev_hash' | 'hash'>,
): void {
  const last = stmt<[], { hash: string }>(
    db,
    'SELECT hash FROM release_events ORDER BY seq DESC LIMIT 1',
  ).get();
  const prev = last?.hash ?? GENESIS;
  stmt(
    db,
    `INSERT INTO release_events (id, release_id, version_id, step, content_hash, at, author_id, author_name, data_json,
       created_at, prev_hash, hash)
     VALUES (@id, @release_id, @version_id, @step, @content_hash, @at, @author_id, @author_name, @data_json,
       @created_at, @prev_hash, @hash)`,
  ).run({ ...e, prev_hash: prev, hash: chainHash(prev, chained(e)) });
}

export function verifyReleaseChain(db: ReadDb): ChainVerdict {
  return verifyChain(
    stmt<[], ReleaseEventRow>(db, 'SELECT * FROM release_events ORDER BY seq').iterate(),
    (r) => ({ key: r.seq, prevHash: r.prev_hash, hash: r.hash, content: chained(r) }),
  );
}

/** The state of one version from its own steps. */
export function versionState(events: readonly ReleaseEventRow[], versionId: string): ReleaseState {
  return stateAfter(events.filter((e) => e.version_id === versionId).map((e) => e.step));
}

/** The release's state: withdrawn, or its latest version's. */
export function releaseState(
  versions: readonly ReleaseVersionRow[],
  events: readonly ReleaseEventRow[],
): ReleaseState {
  if (events.some((e) => e.step === 'withdraw')) return 'withdrawn';
  const latest = versions.at(-1);
  return latest ? versionState(events, latest.id) : 'draft';
}

export function releaseView(db: ReadDb, r: ReleaseRow): ReleaseView {
  const inc = stmt<[string], { number: string; title: string }>(
    db,
    'SELECT number, title FROM incidents WHERE id = ?',
  ).get(r.incident_id)!;
  const versions = versionsOf(db, r.id);
  const events = eventsOf(db, r.id);
  const nOf = new Map(versions.map((v) => [v.id, v.n]));
  const steps: ReleaseStepView[] = events.map((e) => {
    const d = JSON.parse(e.data_json) as StepData;
    return {
      id: e.id,
      step: e.step,
      version: e.version_id ? (nOf.get(e.version_id) ?? null) : null,
      at: e.at,
      by: e.author_name,
      who: d.who,
      post: (d.post as ReviewerPost | undefined) ?? null,
      how: (d.how as ApprovalHow | undefined) ?? null,
      ref: d.ref ?? '',
      comments: d.comments ?? '',
      channels: (d.channels ?? []) as ReleaseChannel[],
      contentHash: e.content_hash,
    };
  });
  const vv: ReleaseVersionView[] = versions.map((v) => ({
    id: v.id,
    n: v.n,
    ...contentOfRow(v),
    contentHash: v.content_hash,
    createdAt: v.created_at,
    author: v.author_name,
    correction: v.correction,
    state: versionState(events, v.id),
  }));
  const publishes = events.filter((e) => e.step === 'publish');
  return {
    id: r.id,
    incidentId: r.incident_id,
    incidentNumber: inc.number,
    incidentTitle: inc.title,
    kind: r.kind,
    templateId: r.template_id,
    drillId: r.drill_id,
    createdAt: r.created_at,
    createdBy: r.created_by_name,
    state: releaseState(versions, events),
    versions: vv,
    steps,
    releasedAt: publishes.map((e) => e.at).sort()[0] ?? null,
    releasedVersion: publishes.length ? (nOf.get(publishes.at(-1)!.version_id!) ?? null) : null,
  };
}

/** Releases newest first: one incident's, or all (drill traffic only when asked). */
export function releaseIds(db: ReadDb, o: { incidentId: string | null; includeDrills: boolean }): string[] {
  return stmt<[{ inc: string | null; drills: number }], { id: string }>(
    db,
    `SELECT id FROM releases
      WHERE (@inc IS NULL OR incident_id = @inc)
        AND (@drills = 1 OR @inc IS NOT NULL OR drill_id IS NULL)
      ORDER BY created_at DESC, rowid DESC
      LIMIT 500`,
  )
    .all({ inc: o.incidentId, drills: o.includeDrills ? 1 : 0 })
    .map((r) => r.id);
}

/** When releases of each kind went out, for one incident. */
export function publishedOf(db: ReadDb, incidentId: string): { kind: ReleaseRow['kind']; at: string }[] {
  return stmt<[string], { kind: ReleaseRow['kind']; at: string }>(
    db,
    `SELECT r.kind AS kind, e.at AS at FROM release_events e JOIN releases r ON r.id = e.release_id
      WHERE r.incident_id = ? AND e.step = 'publish'`,
  ).all(incidentId);
}

// --- rules ---------------------------------------------------------------------------

export function releaseRuleRows(db: ReadDb): ReleaseRuleRow[] {
  return stmt<[], ReleaseRuleRow>(db, 'SELECT * FROM release_rules ORDER BY version').all();
}

export function releaseRuleVersions(db: ReadDb): ReleaseRuleVersion[] {
  return releaseRuleRows(db).map((r) => ({
    effectiveFrom: r.effective_from,
    rules: JSON.parse(r.rules_json) as ReleaseRules,
  }));
}

export function currentReleaseRules(db: ReadDb): { rules: ReleaseRules; effectiveFrom: string | null } {
  const last = releaseRuleRows(db).at(-1);
  return last
    ? { rules: JSON.parse(last.rules_json) as ReleaseRules, effectiveFrom: last.effective_from }
    : { rules: DEFAULT_RELEASE_RULES, effectiveFrom: null };
}

export function addReleaseRuleVersion(
  db: WriteDb,
  rules: ReleaseRules,
  at: string,
  author: { id: string | null; name: string },
): void {
  stmt(
    db,
    'INSERT INTO release_rules (effective_from, rules_json, author_id, author_name) VALUES (?, ?, ?, ?)',
  ).run(at, JSON.stringify(rules), author.id, author.name);
}

// --- templates (口径) -------------------------------------------------------------------

export const templateView = (t: ReleaseTemplateRow): TemplateView => ({
  id: t.id,
  subtype: t.subtype as Subtype,
  kind: t.kind,
  name: t.name,
  facts: t.facts,
  measures: t.measures,
  advice: t.advice,
  approvedRef: t.approved_ref,
  archived: t.archived === 1,
});

export function templateRow(db: ReadDb, id: string): ReleaseTemplateRow | undefined {
  return stmt<[string], ReleaseTemplateRow>(db, 'SELECT * FROM release_templates WHERE id = ?').get(id);
}

export function listTemplates(db: ReadDb, subtype: string | null): ReleaseTemplateRow[] {
  return stmt<[{ subtype: string | null }], ReleaseTemplateRow>(
    db,
    `SELECT * FROM release_templates WHERE (@subtype IS NULL OR subtype = @subtype) ORDER BY subtype, kind, name`,
  ).all({ subtype });
}

export function upsertTemplate(db: WriteDb, row: ReleaseTemplateRow): void {
  stmt(
    db,
    `INSERT INTO release_templates (id, subtype, kind, name, facts, measures, advice, approved_ref, archived, updated_at)
     VALUES (@id, @subtype, @kind, @name, @facts, @measures, @advice, @approved_ref, @archived, @updated_at)
     ON CONFLICT(id) DO UPDATE SET subtype = excluded.subtype, kind = excluded.kind, name = excluded.name,
       facts = excluded.facts, measures = excluded.measures, advice = excluded.advice,
       approved_ref = excluded.approved_ref, archived = excluded.archived, updated_at = excluded.updated_at`,
  ).run(row);
}
