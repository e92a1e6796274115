import type Database from 'better-sqlite3';

/**
 * Small, rarely written tables (settings, deadline rule versions) are read on almost
 * every call. They are cached per connection and dropped whenever anything writes
 * them, and after any failed write transaction (which may have filled a cache from
 * data it then rolled back) or a restore. One process owns the file (ARCHITECTURE.md §5),
 * so no write can happen behind this cache's back.
 */
let generation = 0;
const caches = new WeakMap<Database.Database, Map<string, { generation: number; value: unknown }>>();

export function cached<T>(db: Database.Database, name: string, load: () => T): T {
  let m = caches.get(db);
  if (!m) {
    m = new Map();
    caches.set(db, m);
  }
  const hit = m.get(name);
  if (hit && hit.generation === generation) return hit.value as T;
  const value = load();
  m.set(name, { generation, value });
  return value;
}

export function invalidateCaches(): void {
  generation++;
}
