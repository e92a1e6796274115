import { GENESIS, chainHash, verifyChain, type ChainVerdict } from '../db/hashchain';
import { stmt } from '../db/sql';
import type { ReadDb, WriteDb } from '../db/handles';
import type { AuditRow } from './rows';

const SECRET_KEYS = new Set(['pin', 'currentPin', 'token', 'password']);

/** Secrets never reach the audit trail; long strings are clipped so a 1 MB paste is not copied. */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 6) return '…';
  if (typeof value === 'string') return value.length > 2000 ? value.slice(0, 2000) + '…' : value;
  if (Array.isArray(value)) return value.slice(0, 200).map((v) => redact(v, depth + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = SECRET_KEYS.has(k) ? (v === null ? null : '***') : redact(v, depth + 1);
    }
    return out;
  }
  return value;
}

function content(r: Omit<AuditRow, 'seq' | 'prev_hash' | 'hash'>) {
  return [r.at, r.actor_id, r.actor_name, r.method, r.input_json, r.changes_json];
}

export function appendAudit(
  db: WriteDb,
  entry: {
    at: string;
    actorId: string | null;
    actorName: string | null;
    method: string;
    input: unknown;
    changes: unknown;
  },
): void {
  const last = stmt(db, 'SELECT hash FROM audit ORDER BY seq DESC LIMIT 1').get() as
    { hash: string } | undefined;
  const row = {
    at: entry.at,
    actor_id: entry.actorId,
    actor_name: entry.actorName,
    method: entry.method,
    input_json: JSON.stringify(redact(entry.input) ?? null),
    changes_json: JSON.stringify(redact(entry.changes) ?? null),
  };
  const prev = last?.hash ?? GENESIS;
  stmt(
    db,
    `INSERT INTO audit (at, actor_id, actor_name, method, input_json, changes_json, prev_hash, hash)
     VALUES (@at, @actor_id, @actor_name, @method, @input_json, @changes_json, @prev_hash, @hash)`,
  ).run({ ...row, prev_hash: prev, hash: chainHash(prev, content(row)) });
}

export function listAudit(
  db: ReadDb,
  opts: { limit?: number; beforeSeq?: number; method?: string },
): AuditRow[] {
  return stmt(
    db,
    `SELECT * FROM audit WHERE (@before IS NULL OR seq < @before) AND (@method IS NULL OR method = @method)
       ORDER BY seq DESC LIMIT @limit`,
  ).all({
    before: opts.beforeSeq ?? null,
    method: opts.method ?? null,
    limit: opts.limit ?? 100,
  }) as AuditRow[];
}

export function verifyAudit(db: ReadDb): ChainVerdict {
  const rows = stmt(db, 'SELECT * FROM audit ORDER BY seq').iterate() as IterableIterator<AuditRow>;
  return verifyChain(rows, (r) => ({ key: r.seq, prevHash: r.prev_hash, hash: r.hash, content: content(r) }));
}
