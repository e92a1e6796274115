import type Database from 'better-sqlite3';
import { coreMigrations } from '../areas';
import type { Migration } from './migrations';
import { formatMessage } from '../../common/i18n/messages';

/**
 * A database written by a newer app. It carries its catalog key and params, so each host
 * says it in its reader's language; the message (for logs) is the English one.
 */
export class DbTooNewError extends Error {
  readonly key = 'errors.db_newer';
  readonly params: { found: number; supported: number };
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(formatMessage('en-US', 'errors.db_newer', { found, supported }));
    this.name = 'DbTooNewError';
    this.params = { found, supported };
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
