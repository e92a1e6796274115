import { immediate, stmt } from '../db/sql';
import type { ReadDb, WriteDb } from '../db/handles';
import type { Logger } from '../logger';
import { searchTextOf } from '../incidents/views';
import { indexTokens, queryTokenRuns } from './search-text';
import type { EntryRow } from './rows';

/**
 * The search index follows the entries a moment behind instead of inside each entry's
 * transaction. An FTS5 insert writes a fresh segment, its structure record and the
 * averages at every commit: six more pages in the fsync'd commit of every entry, a
 * third of the write path's cost. Indexed in batches, those pages are written once
 * for hundreds of entries.
 *
 * Nothing is lost or hidden by the delay: `search_progress.indexed_seq` says how far
 * the index goes, the batch and the mark move in one transaction, a start after a
 * crash catches up, and a search also reads the entries past the mark directly
 * (`tailMatches`), so an entry is found the moment it is committed.
 */

/** Entries indexed per transaction. */
export const INDEX_BATCH = 2000;
/** A backlog this long is indexed at once, after the write that made it, not later. */
export const INLINE_BACKLOG = 500;
/** How long after a write the backlog is indexed when nothing else is going on. */
export const INDEX_DELAY_MS = 200;

/** An entry to index, with its incident's number. */
type DocRow = Pick<EntryRow, 'seq' | 'kind' | 'data_json' | 'reason'> & { number: string | null };

const DOC_SQL = `SELECT e.seq, e.kind, e.data_json, e.reason, i.number
  FROM entries e LEFT JOIN incidents i ON i.id = e.incident_id
  WHERE e.seq > ? ORDER BY e.seq LIMIT ?`;

/** The text an entry is found by: its data, its incident's number (intakes) and a correction's reason. */
function documentText(r: DocRow): string {
  return searchTextOf(JSON.parse(r.data_json), [r.kind === 'intake' ? (r.number ?? '') : '', r.reason ?? '']);
}

export function indexedUpTo(db: ReadDb): number {
  return stmt<[], { s: number }>(db, 'SELECT indexed_seq AS s FROM search_progress WHERE id = 1').get()!.s;
}

/** Entries committed and not yet indexed. */
export function backlogOf(db: ReadDb): number {
  return (
    stmt<[], { n: number | null }>(
      db,
      'SELECT (SELECT max(seq) FROM entries) - indexed_seq AS n FROM search_progress WHERE id = 1',
    ).get()!.n ?? 0
  );
}

/** Indexes up to `max` entries past the mark and moves the mark; call inside a write transaction. */
export function indexBatch(db: WriteDb, max = INDEX_BATCH): number {
  const from = indexedUpTo(db);
  const rows = stmt<[number, number], DocRow>(db, DOC_SQL).all(from, max);
  const ins = stmt(db, 'INSERT INTO entry_search (rowid, tokens) VALUES (?, ?)');
  for (const r of rows) {
    const tokens = indexTokens(documentText(r));
    if (tokens) ins.run(r.seq, tokens);
  }
  if (rows.length > 0) {
    stmt(db, 'UPDATE search_progress SET indexed_seq = ? WHERE id = 1').run(rows.at(-1)!.seq);
  }
  return rows.length;
}

/**
 * Entries past the mark that match the query, newest first: the same phrase rule as
 * the FTS query (each run of the query, as tokens, appears contiguously in the
 * entry's tokens), applied in code to the few entries not yet indexed.
 */
export function tailMatches(db: ReadDb, query: string, limit: number): number[] {
  const runs = queryTokenRuns(query);
  if (runs.length === 0) return [];
  const rows = stmt<[number, number], DocRow>(db, DOC_SQL).all(indexedUpTo(db), Number.MAX_SAFE_INTEGER);
  const out: number[] = [];
  for (let i = rows.length - 1; i >= 0 && out.length < limit; i--) {
    const tokens = indexTokens(documentText(rows[i]!)).split(' ');
    if (runs.every((run) => containsRun(tokens, run))) out.push(rows[i]!.seq);
  }
  return out;
}

function containsRun(tokens: string[], run: string[]): boolean {
  for (let i = 0; i + run.length <= tokens.length; i++) {
    let j = 0;
    while (j < run.length && tokens[i + j] === run[j]) j++;
    if (j === run.length) return true;
  }
  return false;
}

/**
 * Keeps the index caught up for one database: after each write, a short backlog is
 * indexed a moment later (so a burst of writes shares one index transaction), a long
 * one at once.
 */
export class SearchIndexer {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly writer: () => WriteDb,
    private readonly logger: Logger,
    private readonly delayMs = INDEX_DELAY_MS,
    /**
     * Whether a long write holds the writer now (its transaction open across awaits):
     * the index waits rather than write inside it.
     */
    private readonly writerBusy: () => boolean = () => false,
  ) {}

  /** Entries appended since the last flush, as far as the writes said. */
  private appended = 0;

  /**
   * After a committed write that appended `count` entries (undefined: unknown, ask
   * the database): index now if the backlog is long, else soon.
   */
  afterWrite(count?: number): void {
    let backlog: number;
    if (count !== undefined) {
      backlog = this.appended += count;
    } else {
      try {
        backlog = this.appended = backlogOf(this.writer());
      } catch (e) {
        // The write itself is committed; never turn it into a failure here.
        this.logger.error('search backlog unknown', { error: String(e) });
        return;
      }
    }
    if (backlog <= 0) return;
    if (backlog >= INLINE_BACKLOG) this.flush();
    else this.schedule();
  }

  /** Indexes everything past the mark, one batch per transaction. */
  flush(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const db = this.writer();
    if (this.writerBusy() || db.inTransaction) {
      this.schedule();
      return;
    }
    try {
      while (immediate(db, () => indexBatch(db)) === INDEX_BATCH) {
        // another batch
      }
      this.appended = 0;
    } catch (e) {
      // The entries are safe; the search still reads what the index lacks. Try again later.
      this.logger.error('search indexing failed', { error: String(e) });
      this.schedule(5_000);
    }
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(delay = this.delayMs): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush();
    }, delay);
    this.timer.unref();
  }
}
