import type Database from 'better-sqlite3';
import { migrations, type Migration } from './migrations';

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

export const LATEST_VERSION = migrations.length;

/**
 * Runs pending migrations in one transaction, tracked by user_version. A database
 * from a newer app is refused rather than guessed at.
 */
export function migrate(
  db: Database.Database,
  target = LATEST_VERSION,
  list: Migration[] = migrations,
): number {
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
