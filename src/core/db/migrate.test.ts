import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../testing';
import { coreMigrations as migrations } from '../areas';
import { DbTooNewError, latestVersion, migrate } from './migrate';
import { openDatabases } from './open';
import { formatMessage } from '../../common/i18n/messages';

const LATEST_VERSION = latestVersion();

describe('migrate', () => {
  it('brings a new file to the latest version, and is idempotent', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toBe(LATEST_VERSION);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(migrate(db)).toBe(LATEST_VERSION);
  });

  it('refuses a database from a newer app with a clear message, and leaves it alone', () => {
    const file = path.join(tempDir(), 'duty-room.db');
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    expect(() => openDatabases(file)).toThrow(DbTooNewError);
    let refused: unknown = null;
    try {
      openDatabases(file);
    } catch (e) {
      refused = e;
    }
    // The key travels, so each host says it in its reader's language.
    const e = refused as DbTooNewError;
    expect(e.key).toBe('errors.db_newer');
    expect(formatMessage('zh-CN', e.key, e.params)).toBe(
      `数据库版本（${LATEST_VERSION + 1}）比本程序支持的版本（${LATEST_VERSION}）新，请升级程序后再打开`,
    );
    const again = new Database(file, { readonly: true });
    expect(again.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 1);
    again.close();
  });

  it('runs in one transaction: a failing migration leaves no half-applied schema', () => {
    const db = new Database(':memory:');
    const broken = [
      ...migrations,
      {
        version: migrations.length + 1,
        name: 'broken',
        up: (d: Database.Database) => d.exec('CREATE TABLE half (x INTEGER) STRICT; SELECT * FROM nope;'),
      },
    ];
    expect(() => migrate(db, broken.length, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type='table'`).all();
    expect(tables).toEqual([]);
  });

  it('opens with the durable pragmas of ARCHITECTURE.md §5', () => {
    const pair = openDatabases(path.join(tempDir(), 'duty-room.db'));
    expect(pair.write.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(pair.write.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(pair.write.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(pair.write.pragma('busy_timeout', { simple: true })).toBe(5000);
    // The reader really is read-only: a read handler cannot write by mistake.
    expect(() => pair.read.prepare(`INSERT INTO settings VALUES ('k', '1')`).run()).toThrow(/readonly/);
    pair.close();
  });

  it('every table is STRICT', () => {
    const db = new Database(':memory:');
    migrate(db);
    // FTS5 virtual tables and their shadow tables are SQLite's own, not ours to make STRICT.
    const rows = db
      .prepare(
        `SELECT name, sql FROM sqlite_schema WHERE type='table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'entry_search_%'`,
      )
      .all() as { name: string; sql: string }[];
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.sql, r.name).toMatch(/\)\s*STRICT\s*$/);
  });
});
