import type { ReadDb } from '../db/handles';
import type { ChainAnchor } from '../../common/contract/handover';
import { GENESIS } from '../db/hashchain';
import { stmt } from '../db/sql';
import { storedAnchors } from '../handover/anchors';

/** How many hex digits of a hash a sheet prints: enough that a rewritten chain cannot match by chance. */
export const SHORT_HASH = 16;

/** The log's chain head now: its last entry's sequence number and hash (0 and the genesis hash when empty). */
export function logHead(db: ReadDb): ChainAnchor {
  const last = stmt<[], { seq: number; hash: string }>(
    db,
    'SELECT seq, hash FROM entries ORDER BY seq DESC LIMIT 1',
  ).get();
  return last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: GENESIS };
}

function hashAt(db: ReadDb, seq: number): string | null {
  if (seq === 0) return GENESIS;
  return (
    stmt<[number], { hash: string }>(db, 'SELECT hash FROM entries WHERE seq = ?').get(seq)?.hash ?? null
  );
}

/**
 * The log against every anchor the handovers stored. Someone who rewrites the file can
 * recompute every entry's hash, so the chain alone would still check; the hash an
 * entry had when a sheet was signed cannot be recomputed without rewriting the handover
 * chain too, and not at all on the printed sheet.
 */
export function checkAnchors(db: ReadDb): {
  checked: number;
  mismatches: { seq: number; shiftKey: string; role: string }[];
} {
  const mismatches: { seq: number; shiftKey: string; role: string }[] = [];
  const anchors = storedAnchors(db);
  for (const a of anchors) {
    if (hashAt(db, a.seq) !== a.hash) mismatches.push({ seq: a.seq, shiftKey: a.shiftKey, role: a.role });
  }
  return { checked: anchors.length, mismatches };
}

/** A hash from paper: does the log still hold it at that sequence number, and did a sheet record it? */
export function checkPaperAnchor(
  db: ReadDb,
  seq: number,
  typed: string,
): {
  inLog: 'match' | 'mismatch' | 'missing';
  recorded: { shiftKey: string; role: string; name: string; at: string; match: boolean }[];
} {
  const prefix = typed.toLowerCase();
  const actual = hashAt(db, seq);
  const inLog = actual === null ? 'missing' : actual.startsWith(prefix) ? 'match' : 'mismatch';
  const recorded = storedAnchors(db)
    .filter((a) => a.seq === seq)
    .map((a) => ({
      shiftKey: a.shiftKey,
      role: a.role,
      name: a.name,
      at: a.at,
      match: a.hash.startsWith(prefix),
    }));
  return { inLog, recorded };
}
