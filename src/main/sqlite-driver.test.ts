import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SQLITE_BINDING_ENV } from '../core/db/driver';
import { withElectronDriver } from './sqlite-driver';

describe('the SQLite driver the desktop opens its data with', () => {
  it('packaged: the Electron build shipped in resources/sqlite', () => {
    const env = withElectronDriver({}, { isPackaged: true, resourcesPath: '/opt/duty-room/resources' });
    expect(env[SQLITE_BINDING_ENV]).toBe(
      path.join('/opt/duty-room/resources', 'sqlite', 'better_sqlite3.node'),
    );
  });

  it('started by npm start: the cached build the start named is kept', () => {
    const named = { [SQLITE_BINDING_ENV]: '/proj/.cache/electron-sqlite/x/better_sqlite3.node' };
    expect(withElectronDriver(named, { isPackaged: false, resourcesPath: '/r' })).toBe(named);
    expect(withElectronDriver(named, { isPackaged: true, resourcesPath: '/r' })).toBe(named);
  });

  it('unpackaged without one named: the driver loads its own build (and explains an ABI mismatch)', () => {
    expect(
      withElectronDriver({}, { isPackaged: false, resourcesPath: '/r' })[SQLITE_BINDING_ENV],
    ).toBeUndefined();
  });
});
