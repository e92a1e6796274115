import type Database from 'better-sqlite3';
import type { Transaction } from 'better-sqlite3';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * A prepared statement, compiled once per connection and reused: preparing costs more
 * than running a simple INSERT, and hot paths (every audited write) run the same SQL.
 */
export function stmt<P extends unknown[] | object = unknown[], R = unknown>(
  db: Database.Database,
  sql: string,
): Database.Statement<P, R> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let s = cache.get(sql);
  if (!s) {
    s = db.prepare(sql);
    cache.set(sql, s);
  }
  return s as Database.Statement<P, R>;
}

// One transaction wrapper per connection, reused: better-sqlite3 builds a new one (and its
// property descriptors) on every db.transaction() call, which costs more than the BEGIN.
const runners = new WeakMap<Database.Database, Transaction<(f: () => unknown) => unknown>>();

/**
 * Runs `f` in a BEGIN IMMEDIATE transaction (a savepoint when one is already open): the
 * write lock is taken up front, so a write never fails half-way on SQLITE_BUSY.
 */
export function immediate<T>(db: Database.Database, f: () => T): T {
  let tx = runners.get(db);
  if (!tx) {
    tx = db.transaction((g: () => unknown) => g());
    runners.set(db, tx);
  }
  return tx.immediate(f) as T;
}
