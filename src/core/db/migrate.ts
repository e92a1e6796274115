import type Database from 'better-sqlite3';
import { coreMigrations } from '../areas';
import type { Migration } from './migrations';

export class DbTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `数据库版本（${found}）比本程序支持的版本（${supported}）新，请升级程序后再打开 / database version ${found} is newer than this app supports (${supported})`,
    );
    this.name = 'DbTooNewError';
  }
}

/** The version a new data file reaches with the app's areas (their migrations, assembled). */
export function latestVersion(list: readonly Migration[] = coreMigrations): number {
  return list.length;
}

/**
 * Runs pending migrations in one transaction, tracked by user_version. A database
 * from a newer app is refused rather than guessed at. The list defaults to the app's
 * areas' (src/core/areas); a core built with other areas passes its own.
 */
export function migrate(
  db: Database.Database,
  target?: number,
  list: readonly Migration[] = coreMigrations,
): number {
  target ??= list.length;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > list.length) throw new DbTooNewError(current, list.length);
  if (current >= target) return current;
  const run = db.transaction(() => {
    for (const m of list.slice(current, target)) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  });
  run.immediate();
  return target;
}
