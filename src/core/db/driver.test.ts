import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { driverOptions, openSqlite, SQLITE_BINDING_ENV } from './driver';

const tmpFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'duty-room-driver-')), 'x.db');

describe('the SQLite driver build', () => {
  it('passes the Electron build named by the start through as nativeBinding', () => {
    const binding = path.join(os.tmpdir(), 'no-such-electron-build', 'better_sqlite3.node');
    expect(driverOptions({ [SQLITE_BINDING_ENV]: binding })).toEqual({ nativeBinding: binding });
    // The driver really tries to load it: the error names the file it was given.
    expect(() => openSqlite(tmpFile(), {}, { [SQLITE_BINDING_ENV]: binding })).toThrow(
      /no-such-electron-build/,
    );
  });

  it('under Node, uses node_modules’ own build: the tests never see the Electron one', () => {
    expect(process.env[SQLITE_BINDING_ENV]).toBeUndefined();
    expect(driverOptions({})).toEqual({});
    const db = openSqlite(tmpFile());
    expect(db.prepare('SELECT 1 AS one').get()).toEqual({ one: 1 });
    db.close();
  });

  it('keeps the caller’s options beside the binding', () => {
    const file = tmpFile();
    openSqlite(file).close();
    const db = openSqlite(file, { readonly: true, fileMustExist: true }, {});
    expect(db.readonly).toBe(true);
    db.close();
  });
});
