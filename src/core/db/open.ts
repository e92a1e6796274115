import type Database from 'better-sqlite3';
import type { DbPair, ReadDb, WriteDb } from './handles';
import { openSqlite } from './driver';
import { coreMigrations } from '../areas';
import { DbTooNewError, migrate } from './migrate';
import type { Migration } from './migrations';

export const DB_FILE = 'duty-room.db';

/** Pragmas of ARCHITECTURE.md §5: durable (WAL + synchronous=FULL), referential, patient. */
export function applyPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

/**
 * Opens the data file: a writer that owns migrations, and a read-only reader.
 * Throws DbTooNewError when the file was written by a newer app.
 */
export function openDatabases(file: string, migrations: readonly Migration[] = coreMigrations): DbPair {
  const write = openSqlite(file);
  try {
    // Refuse a newer file before touching it: switching its journal mode is already a write.
    const found = write.pragma('user_version', { simple: true }) as number;
    if (found > migrations.length) throw new DbTooNewError(found, migrations.length);
    applyPragmas(write);
    migrate(write, migrations.length, migrations);
  } catch (e) {
    write.close();
    throw e;
  }
  const read = openSqlite(file, { readonly: true, fileMustExist: true });
  read.pragma('busy_timeout = 5000');
  read.pragma('foreign_keys = ON');
  return {
    file,
    read: read as ReadDb,
    write: write as WriteDb,
    close() {
      read.close();
      // A clean close checkpoints the WAL back into the main file.
      write.close();
    },
  };
}
