import Database from 'better-sqlite3';

/**
 * Where the desktop's start names the Electron build of the SQLite driver. node_modules'
 * better-sqlite3 is built for Node's ABI (the tests and the browser host need it);
 * Electron's main process needs one built for its own ABI, kept beside it in the
 * project's cache folder (scripts/electron-driver.ts) and passed here as `nativeBinding`.
 * Unset — under Node, and in a packaged app whose driver was rebuilt for Electron at
 * packaging time — the driver loads its own build as usual.
 */
export const SQLITE_BINDING_ENV = 'DUTY_ROOM_SQLITE_BINDING';

/** The driver options every open of a data file shares. */
export function driverOptions(env: NodeJS.ProcessEnv = process.env): Database.Options {
  const binding = env[SQLITE_BINDING_ENV];
  return binding ? { nativeBinding: binding } : {};
}

/** Opens an SQLite file with the driver build the process was started with. */
export function openSqlite(
  file: string,
  options: Database.Options = {},
  env: NodeJS.ProcessEnv = process.env,
): Database.Database {
  return new Database(file, { ...driverOptions(env), ...options });
}
