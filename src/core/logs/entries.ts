import { GENESIS, chainHash, verifyChain, type ChainVerdict } from '../db/hashchain';
import { stmt } from '../db/sql';
import type { ReadDb, WriteDb } from '../db/handles';
import type { EntryRow } from './rows';

export type NewEntry = Omit<EntryRow, 'seq' | 'prev_hash' | 'hash'>;

/** What the chain hashes: every column a person wrote or the app stamped. */
export function chained(r: NewEntry): unknown[] {
  return [
    r.id,
    r.incident_id,
    r.kind,
    r.occurred_at,
    r.entered_at,
    r.author_id,
    r.author_name,
    r.data_json,
    r.corrects_id,
    r.reason,
    r.client_key,
  ];
}

/**
 * Appends one entry to the chain; returns its seq. The search index takes it up a
 * moment later (search-index.ts).
 */
export function appendEntry(db: WriteDb, e: NewEntry): number {
  const last = stmt<[], { hash: string }>(db, 'SELECT hash FROM entries ORDER BY seq DESC LIMIT 1').get();
  const prev = last?.hash ?? GENESIS;
  const info = stmt(
    db,
    `INSERT INTO entries (id, incident_id, kind, occurred_at, entered_at, author_id, author_name, data_json, corrects_id, reason, client_key, prev_hash, hash)
     VALUES (@id, @incident_id, @kind, @occurred_at, @entered_at, @author_id, @author_name, @data_json, @corrects_id, @reason, @client_key, @prev_hash, @hash)`,
  ).run({ ...e, prev_hash: prev, hash: chainHash(prev, chained(e)) });
  return Number(info.lastInsertRowid);
}

export function entryByClientKey(db: ReadDb, key: string): EntryRow | undefined {
  return stmt<[string], EntryRow>(db, 'SELECT * FROM entries WHERE client_key = ?').get(key);
}

export function entryById(db: ReadDb, id: string): EntryRow | undefined {
  return stmt<[string], EntryRow>(db, 'SELECT * FROM entries WHERE id = ?').get(id);
}

export function entriesOfIncident(db: ReadDb, incidentId: string): EntryRow[] {
  return stmt<[string], EntryRow>(db, 'SELECT * FROM entries WHERE incident_id = ? ORDER BY seq').all(
    incidentId,
  );
}

/** Corrections of the given entries, oldest first. */
export function correctionsOf(db: ReadDb, ids: string[]): EntryRow[] {
  if (ids.length === 0) return [];
  const out: EntryRow[] = [];
  // Bounded IN lists: SQLite allows many parameters, but a page is at most 1,000 rows.
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    out.push(
      ...(db
        .prepare(
          `SELECT * FROM entries WHERE corrects_id IN (${chunk.map(() => '?').join(',')}) ORDER BY seq`,
        )
        .all(...chunk) as EntryRow[]),
    );
  }
  return out;
}

export function verifyEntries(db: ReadDb): ChainVerdict & { firstBrokenId: string | null } {
  const rows = stmt<[], EntryRow>(db, 'SELECT * FROM entries ORDER BY seq').iterate();
  let brokenId: string | null = null;
  const verdict = verifyChain(rows, (r) => {
    brokenId = r.id;
    return { key: r.seq, prevHash: r.prev_hash, hash: r.hash, content: chained(r) };
  });
  return { ...verdict, firstBrokenId: verdict.ok ? null : brokenId };
}
